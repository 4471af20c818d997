import { Construct } from 'constructs';
import { DISABLE_STACK_TRACE_IN_METADATA, Token } from '../cdk';
import { MlEngineJob } from '../l1';
import { Job } from '../model/job';
import { PredictionInput } from '../model/prediction-input';
import { SOURCE_OVERRIDE_PATH, formatSourceLocation } from '../model/source-location';
import { TrainingInput } from '../model/training-input';
import { callerLocation } from './caller-location';
import { recordConstructSource } from './construct-source';
import { DerivedJobId, JobResolution } from './derived-job-id';
import { canonicalJson, sanitizeJobIdPrefix } from './job-identity';
import { MljobsProviderWiring } from './mljobs-provider-wiring';
import { addJobValidation, resolveInStack } from './job-validation';
import { MlJobBaseProps } from './ml-job-base-props';

/** The API input of a job: exactly one of the two. */
export interface MlJobInput {
  /** The input of a training job. */
  readonly trainingInput?: TrainingInput;
  /** The input of a batch prediction job. */
  readonly predictionInput?: PredictionInput;
}

/**
 * The base of the L2 job constructs: renders the API input into the L1 `MlEngineJob`, derives the job id from the
 * spec (labels excluded), and runs the rule engine at synth.
 */
export abstract class MlJobBase extends Construct {
  /** The L1 resource. */
  public readonly resource: MlEngineJob;

  // The props the job needs after construction, not the props object: it holds the value objects (code, machine
  // types, accelerators) the input was rendered from, which every job would otherwise keep alive.
  private readonly givenJobId?: string;
  private readonly givenLabels?: { [key: string]: string };
  private readonly input: MlJobInput;
  private readonly identity: DerivedJobId;
  // The attribute references, made on first read: each is a token whose creation records a stack trace, a cost
  // every job would pay at construction even though most are never read.
  private attributes?: Map<string, string>;

  protected constructor(scope: Construct, id: string, props: MlJobBaseProps, input: MlJobInput) {
    super(scope, id);
    this.givenJobId = props.jobId;
    this.givenLabels = props.labels;
    this.input = input;
    if (props.jobIdSalt !== undefined && props.jobId !== undefined) {
      throw new Error(`${this.node.path}: jobIdSalt only changes a derived job id; with an explicit jobId, change jobId itself.`);
    }
    this.identity = new DerivedJobId(sanitizeJobIdPrefix(props.jobIdPrefix ?? id), { ...input, project: props.project }, props.jobIdSalt);
    // A spec without tokens was hashed just now, from a copy: the L1 gets that copy, so that it synthesizes the spec
    // the id was derived from. A spec with tokens is hashed at synth, when they can be resolved.
    const rendered = (this.identity.plainSpec as MlJobInput | undefined) ?? input;
    this.resource = new MlEngineJob(this, 'Resource', {
      jobId: props.jobId ?? this.identity.toJobId(),
      project: props.project,
      labels: props.labels,
      // The API model and the L1 structs share their camelCase field names.
      ...({ trainingInput: rendered.trainingInput, predictionInput: rendered.predictionInput } as object),
    });
    // Where the job is defined, so that `mljob check` reports (SARIF, annotations) point at the TypeScript line.
    // cdktf's own per-resource stack traces are not recorded with constructs 10. `stackTraces: false` turns it off.
    if (!this.node.tryGetContext(DISABLE_STACK_TRACE_IN_METADATA)) {
      const source = callerLocation(new.target);
      if (source) {
        this.resource.addOverride(SOURCE_OVERRIDE_PATH, formatSourceLocation(source));
        recordConstructSource(this, formatSourceLocation(source));
      }
    }
    addJobValidation(this, () => this.resolvedJob());
    // Deploys through the stack's MljobsProvider, when it has one.
    MljobsProviderWiring.addTo(this);
  }

  /**
   * The job id as a Terraform reference to the resource's `job_id` (`${google_ml_engine_job.<name>.job_id}`): use it
   * in other resources, where it also makes them depend on the job. For the id itself as a string, use
   * `resolvedJobId`.
   */
  public get jobId(): string {
    return this.attribute('jobId', () => this.resource.jobId);
  }

  /**
   * The job id as a plain string, the same one `cdktf synth` writes: the `jobId` prop when it is a plain string,
   * else the id derived from the spec (`<jobIdPrefix>_<8 hex digits>`, e.g. `census_1a2b3c4d`). For names, outputs,
   * logs and tests in your code. Undefined when the `jobId` prop is a token (a variable or a reference), whose value
   * is known only at apply.
   *
   * The derived id is computed from the props as given: when the job is made for a spec without tokens (the job
   * synthesizes that spec, whatever later happens to arrays passed in the props), else when first read (values that
   * are only known at apply count in their `${…}` form, as in the synthesized id).
   */
  public get resolvedJobId(): string | undefined {
    const given = this.givenJobId;
    if (given === undefined) return this.derivedJobId();
    return Token.isUnresolved(given) ? undefined : given;
  }

  /** The job state, known after apply. */
  public get state(): string {
    return this.attribute('state', () => this.resource.state);
  }

  /** When the job was created, known after apply. */
  public get createTime(): string {
    return this.attribute('createTime', () => this.resource.createTime);
  }

  /** When the job ended, known after apply. */
  public get endTime(): string {
    return this.attribute('endTime', () => this.resource.endTime);
  }

  /** Why the job failed or was cancelled, known after apply. */
  public get errorMessage(): string {
    return this.attribute('errorMessage', () => this.resource.errorMessage);
  }

  /** The job as the API represents it (tokens unresolved). */
  public toJob(): Job {
    return {
      jobId: this.givenJobId ?? this.derivedJobId(),
      ...(this.givenLabels ? { labels: this.givenLabels } : {}),
      ...this.input,
    };
  }

  /** The spec the derived id hashes, as canonical JSON: everything but the labels. */
  public specFingerprint(): string {
    return canonicalJson(this.resolvedSpec());
  }

  /** One reference to an attribute of the resource, the same on every read. */
  private attribute(name: string, reference: () => string): string {
    this.attributes ??= new Map();
    let value = this.attributes.get(name);
    if (value === undefined) {
      value = reference();
      this.attributes.set(name, value);
    }
    return value;
  }

  private derivedJobId(): string {
    return this.resolution().jobId;
  }

  private resolvedSpec(): unknown {
    return this.resolution().spec;
  }

  /** The job with every token resolved, as the rules see it. */
  private resolvedJob(): Job {
    const spec = this.resolvedSpec() as MlJobInput;
    const labels = this.givenLabels ? resolveInStack(this, this.givenLabels) as { [key: string]: string } : undefined;
    return {
      jobId: this.givenJobId !== undefined ? resolveInStack(this, this.givenJobId) as string : this.derivedJobId(),
      ...(labels ? { labels } : {}),
      ...(spec.trainingInput ? { trainingInput: spec.trainingInput } : {}),
      ...(spec.predictionInput ? { predictionInput: spec.predictionInput } : {}),
    };
  }

  private resolution(): JobResolution {
    return this.identity.resolution(this);
  }
}
