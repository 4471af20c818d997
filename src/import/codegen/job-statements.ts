import { BatchPredictionJobProps } from '../../constructs/batch-prediction-job-props';
import { MlJobBaseProps } from '../../constructs/ml-job-base-props';
import { renderPredictionInput } from '../../constructs/render-prediction-input';
import { renderTrainingInput } from '../../constructs/render-training-input';
import { MlEngineTrainingJobProps } from '../../constructs/training-job-props';
import { TrainingCode } from '../../constructs/values/training-code';
import { Job } from '../../model/job';
import { jobToTerraform } from '../../model/terraform-mapping';
import { StringSemantics } from '../../read/prepare-job';
import { escapeTemplate, mapStrings } from '../../read/terraform-templates';
import { builtObject, builtString } from './built';
import { CommonProps, ConstructPlan, PlanResult } from './construct-plan';
import { constructStatements, Statements, StatementsContext } from './construct-statements';
import { Fields, objectField, stringField, stringMapField } from './job-fields';
import { l1JobPlan } from './l1-job-plan';
import { predictionJobPlan } from './prediction-job-plan';
import { diffTerraform, Override, synthShape } from './terraform-diff';
import { trainingJobPlan } from './training-job-plan';
import { stringLiteral } from './ts-syntax';

/** Everything the statements of one job are made from. */
export interface JobStatementsInput extends StatementsContext {
  /** The job's input fields, canonical (see `prepareJob`). */
  readonly input: Job;
  /** How the job's strings are meant (literal text is escaped for Terraform here). */
  readonly strings: StringSemantics;
  /** The job's own project (from HCL), else the stack's. */
  readonly project?: string;
  /** Terraform `timeouts` of the resource (from HCL). */
  readonly timeouts?: { readonly [name: string]: unknown };
}

/** The statements of one job and what they need from the rest of the file. */
export type JobStatements = Statements<ConstructPlan['className']>;

/**
 * The statements that define one job: its construct (the L2 when its props can express the job, else the L1), an
 * escape hatch for every field the props cannot express exactly, and an import block for the existing job.
 *
 * What the L2 renders for the planned props comes from the constructs' own rendering functions, and is compared
 * with the wanted job. So the generated code does not depend on a copy of the constructs' rules: whatever they
 * render (defaults included), the overrides correct it.
 */
export function jobStatements(job: JobStatementsInput): JobStatements {
  // Literal text must reach Terraform as literal text (`${` escaped as `$${`).
  const fields = (job.strings === 'literal' ? mapStrings(job.input, escapeTemplate) : job.input) as Fields;
  const common = commonProps(fields, job);
  const wanted = wantedResource(fields, job);

  let plan: PlanResult = planFor(fields, common);
  let fallbackReason = 'cannotExpress' in plan ? plan.cannotExpress : undefined;
  let overrides: Override[] = [];
  if (!('cannotExpress' in plan)) {
    const rendered = renderedByL2(plan, job.project);
    const diff = rendered === undefined ? undefined : diffTerraform(wanted, rendered);
    if (diff && !diff.conflicts.length) overrides = diff.overrides;
    else fallbackReason = diff ? `the L2 renders ${diff.conflicts.join(', ')} as a list no override can replace` : 'the L2 construct rejected its props';
  }
  if (fallbackReason !== undefined) {
    // The L1 cannot derive an id: a job without one gets its construct id (the header says so).
    plan = l1JobPlan(fields, { ...common, jobId: common.jobId ?? builtString(job.constructId) });
    const wantedL1 = common.jobId ? wanted : { ...wanted, job_id: job.constructId };
    overrides = diffTerraform(wantedL1, renderedByL1(plan)).overrides;
  }
  const construct = plan as ConstructPlan;
  return render(job, construct, overrides, fallbackReason, stringField(fields, 'jobId'));
}

function planFor(fields: Fields, common: CommonProps): PlanResult {
  const training = objectField(fields, 'trainingInput');
  const prediction = objectField(fields, 'predictionInput');
  if (training && fields.predictionInput === undefined) return trainingJobPlan(training, common);
  if (prediction && fields.trainingInput === undefined) return predictionJobPlan(prediction, common);
  return { cannotExpress: 'the job has not exactly one of trainingInput and predictionInput' };
}

function commonProps(fields: Fields, job: JobStatementsInput): CommonProps {
  const jobId = stringField(fields, 'jobId');
  const labels = stringMapField(fields, 'labels');
  return {
    jobId: jobId === undefined ? undefined : builtString(jobId),
    project: job.project === undefined ? undefined : builtString(job.project),
    labels: labels === undefined ? undefined : builtObject(Object.keys(labels).sort().map((k) => [k, builtString(labels[k])] as const)),
  };
}

/** The resource the code must synthesize: the job's Terraform arguments plus project and timeouts. */
function wantedResource(fields: Fields, job: JobStatementsInput): Record<string, unknown> {
  const wanted = synthShape(jobToTerraform(fields).attributes);
  if (job.project !== undefined) wanted.project = job.project;
  if (job.timeouts !== undefined) wanted.timeouts = job.timeouts;
  return wanted;
}

/** What the L2 construct renders for the planned props, or undefined if it refuses them. */
function renderedByL2(plan: ConstructPlan, project: string | undefined): Record<string, unknown> | undefined {
  const props = plan.props.value as MlJobBaseProps;
  let input: Fields;
  try {
    input = plan.className === 'MlEngineTrainingJob'
      ? { trainingInput: renderTrainingInput(props as MlEngineTrainingJobProps) }
      : { predictionInput: renderPredictionInput(props as BatchPredictionJobProps) };
  } catch {
    return undefined;
  }
  // As MlJobBase hands them to its L1. Without a jobId prop the construct derives one at synth; the job has none to
  // compare it with, so it is left out of the comparison.
  const rendered = synthShape(jobToTerraform({ jobId: props.jobId, labels: props.labels, ...input }).attributes);
  if (project !== undefined) rendered.project = project;
  return rendered;
}

/** What the L1 renders: its props are the API fields themselves, mapped by the same schema. */
function renderedByL1(plan: ConstructPlan): Record<string, unknown> {
  const { project, ...apiFields } = plan.props.value as Fields;
  const rendered = synthShape(jobToTerraform(apiFields).attributes);
  if (project !== undefined) rendered.project = project;
  return rendered;
}

function render(job: JobStatementsInput, plan: ConstructPlan, overrides: readonly Override[], fallbackReason: string | undefined, jobId: string | undefined): JobStatements {
  const importId = jobId === undefined ? undefined : importIdExpr(job, jobId);
  return constructStatements({
    className: plan.className,
    props: plan.props,
    variable: job.variable,
    constructId: job.constructId,
    notes: job.notes,
    findings: job.findings,
    ...(fallbackReason !== undefined ? { fallbackReason } : {}),
    overrides,
    overrideReason: (override) => overrideReason(override, plan),
    isL1: plan.className === 'MlEngineJob',
    ...(importId !== undefined ? { importId } : {}),
  });
}

/** `jobImportId(project, 'job_id')`: the import id `projects/{project}/jobs/{jobId}`. */
function importIdExpr(job: JobStatementsInput, jobId: string): string {
  const id = job.strings === 'literal' ? escapeTemplate(jobId) : jobId;
  const project = job.project === undefined ? 'project' : stringLiteral(job.project);
  return `jobImportId(${project}, ${stringLiteral(id)})`;
}

/** Why an override is needed, in one sentence (no input text: the path and value are in the code below it). */
function overrideReason(override: Override, plan: ConstructPlan): string {
  const deleting = override.value === undefined;
  if (override.path === 'timeouts') return 'the Terraform timeouts of the imported resource, which no prop sets.';
  if (plan.className === 'MlEngineJob') return 'a required field is missing, or a value has not the type the L1 struct declares.';
  if (deleting && override.path === 'training_input.scale_tier') {
    return 'the L2 always sets a scale tier (BASIC, or CUSTOM with a master); this job has none.';
  }
  if (deleting && /^training_input\.\w+_count$/.test(override.path)) {
    return 'the L2 sets a replica count of 1 when none is given; this job has none.';
  }
  if (override.path === 'training_input.args' && isContainerJob(plan)) {
    return 'the L2 passes a custom container\'s arguments as masterConfig.containerArgs; this job has trainingInput.args.';
  }
  if (/^training_input\.hyperparameters\.params\.\d+\.type$/.test(override.path)) return 'the Hyperparameter factories write the type in upper case.';
  if (/^training_input\.scheduling\.max_\w+_time$/.test(override.path)) return 'no Duration factory renders this exact text.';
  if (deleting) return 'the L2 renders this field, which this job does not have.';
  return 'the L2 props cannot express this value exactly.';
}

function isContainerJob(plan: ConstructPlan): boolean {
  return (plan.props.value as { code?: TrainingCode }).code?.customContainerOptions !== undefined;
}
