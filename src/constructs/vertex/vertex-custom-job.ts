import { Construct } from 'constructs';
import { AnnotationMetadataEntryType, DISABLE_STACK_TRACE_IN_METADATA } from '../../cdk';
import { VertexAiCustomJob, VertexAiCustomJobConfig } from '../../l1';
import { CustomJob } from '../../model/custom-job';
import { SOURCE_OVERRIDE_PATH, formatSourceLocation } from '../../model/source-location';
import { checkCustomJob } from '../../rules/vertex/check-custom-job';
import { callerLocation } from '../caller-location';
import { constructSource, recordConstructSource } from '../construct-source';
import { resolveInStack, synthFindingText } from '../job-validation';
import { MljobsProviderWiring } from '../mljobs-provider-wiring';
import { MlEngineTrainingJob } from '../training-job';
import { MigrationNote } from '../../migrate/migration-note';
import { migrateTrainingJob } from '../../migrate/migrate-training-job';
import { propsFromCustomJob } from './props-from-custom-job';
import { renderCustomJob } from './render-custom-job';
import { validateVertexProps } from './validate-vertex-props';
import { VertexCustomJobProps } from './vertex-custom-job-props';

/** Options of `VertexCustomJob.fromMlEngineTrainingJob`. */
export interface VertexMigrationOptions {
  /**
   * The display name.
   *
   * @default - the training job's id
   */
  readonly displayName?: string;
  /**
   * The project.
   *
   * @default - the provider's project
   */
  readonly project?: string;
}

// The notes of a migrated job, handed from the static factory to the constructor.
const MIGRATION_NOTES = new WeakMap<object, MigrationNote[]>();

/**
 * A Vertex AI custom job (`google_vertex_ai_custom_job`), the successor of AI Platform (ML Engine) training jobs.
 *
 * Pools are given by role and rendered in Vertex's positional order: `primary` (pool 0, one replica), `workers`
 * (1), `parameterServers` or `reductionServer` (2), `evaluators` (3); a skipped pool before a used one becomes an
 * empty `{}`. Custom job ids are assigned by the server and the job cannot be modified: every change replaces it.
 * The Vertex rules (`checkCustomJob`, docs/RULES.md) run at synth: errors fail `cdktf synth` with one line each,
 * `[construct path] file:line:col: MLJ-VERTEX-NNN message`; warnings become annotations.
 *
 * @example
 * new VertexCustomJob(stack, 'train', {
 *   location: 'us-central1',
 *   code: VertexTrainingCode.pythonPackage({
 *     executorImage: PrebuiltTrainingImage.tensorflowGpu('2.17'),
 *     packageUris: ['gs://my-bucket/trainer-0.1.tar.gz'],
 *     pythonModule: 'trainer.task',
 *   }),
 *   primary: { machineType: ComputeMachineType.G2_STANDARD_8, accelerator: VertexAccelerator.nvidiaL4(1) },
 *   scheduling: { timeout: Duration.hours(2) },
 * });
 */
export class VertexCustomJob extends Construct {
  /**
   * The Vertex AI successor of an ML Engine training job: the same cluster, code, region, output directory, running
   * time limit, service account, network, CMEK and labels (see `migrateTrainingJob` for the mapping). What has no
   * Vertex equivalent (maxWaitTime, priority, hyperparameter tuning, …) is listed in `migrationNotes` and shown as
   * a synth warning, never dropped silently. The ML Engine job stays as it is: remove it when the Vertex job works.
   */
  public static fromMlEngineTrainingJob(scope: Construct, id: string, trainingJob: MlEngineTrainingJob, options: VertexMigrationOptions = {}): VertexCustomJob {
    const migration = migrateTrainingJob(trainingJob.toJob());
    const props = propsFromCustomJob(migration.customJob, migration.location, options.project);
    const finalProps = options.displayName !== undefined ? { ...props, displayName: options.displayName } : props;
    MIGRATION_NOTES.set(finalProps, migration.notes);
    return new VertexCustomJob(scope, id, finalProps);
  }

  /** The L1 resource. */
  public readonly resource: VertexAiCustomJob;
  /** The region, when given. */
  public readonly location?: string;

  /** What the migration had to say, for a job made by `fromMlEngineTrainingJob` (empty otherwise). */
  public readonly migrationNotes: MigrationNote[];

  private readonly customJob: CustomJob;

  constructor(scope: Construct, id: string, props: VertexCustomJobProps) {
    super(scope, id);
    this.migrationNotes = MIGRATION_NOTES.get(props) ?? [];
    validateVertexProps(this.node.path, props);
    this.location = props.location;
    this.customJob = renderCustomJob(props, props.displayName ?? id);
    const job = this.customJob;
    this.resource = new VertexAiCustomJob(this, 'Resource', {
      displayName: job.displayName,
      location: props.location,
      project: props.project,
      labels: job.labels,
      encryptionSpec: job.encryptionSpec,
      // The API model and the L1 structs share their camelCase field names.
      jobSpec: job.jobSpec as VertexAiCustomJobConfig['jobSpec'],
    });
    if (!this.node.tryGetContext(DISABLE_STACK_TRACE_IN_METADATA)) {
      const source = callerLocation(new.target);
      if (source) {
        this.resource.addOverride(SOURCE_OVERRIDE_PATH, formatSourceLocation(source));
        recordConstructSource(this, formatSourceLocation(source));
      }
    }
    this.node.addValidation({ validate: () => this.validateJob() });
    for (const note of this.migrationNotes.filter((n) => n.outcome !== 'changed')) {
      this.node.addMetadata(AnnotationMetadataEntryType.WARN, `migration: ${note.message}`, { stackTrace: false });
    }
    MljobsProviderWiring.addTo(this);
  }

  /** The resource name `projects/{project}/locations/{location}/customJobs/{id}`, known after apply. */
  public get jobName(): string {
    return this.resource.name;
  }

  /** The job state (`JOB_STATE_RUNNING`, …), known after apply. */
  public get state(): string {
    return this.resource.state;
  }

  /** The job as the Vertex AI REST API represents it (tokens unresolved). */
  public toCustomJob(): CustomJob {
    return this.customJob;
  }

  /** Runs the Vertex rules on the resolved job: errors fail synth, warnings and infos become annotations. */
  private validateJob(): string[] {
    const job = resolveInStack(this, this.customJob) as CustomJob;
    const location = this.location === undefined ? undefined : resolveInStack(this, this.location) as string;
    const source = constructSource(this);
    const errors: string[] = [];
    for (const finding of checkCustomJob(job, { location })) {
      const text = synthFindingText(finding, source);
      if (finding.severity === 'error') errors.push(text);
      else this.node.addMetadata(finding.severity === 'warning' ? AnnotationMetadataEntryType.WARN : AnnotationMetadataEntryType.INFO, text, { stackTrace: false });
    }
    return errors;
  }
}
