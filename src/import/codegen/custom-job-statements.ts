import { renderCustomJob } from '../../constructs/vertex/render-custom-job';
import { VertexCustomJobProps } from '../../constructs/vertex/vertex-custom-job-props';
import { customJobToTerraform } from '../../model/custom-job-terraform-mapping';
import { customJobSchema } from '../../model/provider-schema';
import { StringSemantics } from '../../read/prepare-job';
import { escapeTemplate, mapStrings } from '../../read/terraform-templates';
import { builtString } from './built';
import { constructStatements, Statements, StatementsContext } from './construct-statements';
import { Fields, stringField } from './job-fields';
import { diffTerraform, Override, synthShape } from './terraform-diff';
import { stringLiteral } from './ts-syntax';
import { CustomJobCommonProps, CustomJobConstructPlan, CustomJobPlanResult, labelsBuilt, vertexJobPlan, vertexL1Plan } from './vertex-job-plan';

/** Everything the statements of one custom job are made from. */
export interface CustomJobStatementsInput extends StatementsContext {
  /** The custom job's input fields, canonical (see `prepareCustomJob`). */
  readonly input: Fields;
  /** How the job's strings are meant (literal text is escaped for Terraform here). */
  readonly strings: StringSemantics;
  /** The job's region, when the input names it. */
  readonly location?: string;
  /** The job's own project, when the input names one; else the stack's. */
  readonly project?: string;
  /** The server-assigned id (the last part of the resource name), for the import block. */
  readonly id?: string;
}

/** The statements of one custom job and what they need from the rest of the file. */
export type CustomJobStatements = Statements<CustomJobConstructPlan['className']>;

/**
 * The statements that define one Vertex AI custom job: the `VertexCustomJob` L2 when its props can express the job
 * (else the L1 `VertexAiCustomJob`), an escape hatch for every field the props do not render exactly, and an import
 * block for a job that exists (one with a server-assigned name). What the L2 renders comes from its own
 * `renderCustomJob`, compared with the wanted resource, so the overrides correct whatever the construct defaults.
 */
export function customJobStatements(job: CustomJobStatementsInput): CustomJobStatements {
  const fields = (job.strings === 'literal' ? mapStrings(job.input, escapeTemplate) : job.input) as Fields;
  const displayName = stringField(fields, 'displayName') ?? job.constructId;
  const common: CustomJobCommonProps = {
    displayName: builtString(displayName),
    ...(job.location !== undefined ? { location: builtString(escaped(job.location, job.strings)) } : {}),
    ...(job.project !== undefined ? { project: builtString(job.project) } : {}),
    ...(labelsBuilt(fields) ? { labels: labelsBuilt(fields) } : {}),
  };
  const wanted = synthShape({ ...customJobToTerraform({ ...fields, displayName }).attributes, ...resourceArguments(job) }, customJobSchema());

  let plan: CustomJobPlanResult = vertexJobPlan(fields, common);
  let fallbackReason = 'cannotExpress' in plan ? plan.cannotExpress : undefined;
  let overrides: Override[] = [];
  if (!('cannotExpress' in plan)) {
    const rendered = renderedByL2(plan, displayName, job);
    const diff = rendered === undefined ? undefined : diffTerraform(wanted, rendered, customJobSchema());
    if (diff && !diff.conflicts.length) overrides = diff.overrides;
    else fallbackReason = diff ? `the L2 renders ${diff.conflicts.join(', ')} as a list no override can replace` : 'the L2 construct rejected its props';
  }
  if (fallbackReason !== undefined) {
    plan = vertexL1Plan(fields, common);
    overrides = diffTerraform(wanted, renderedByL1(plan), customJobSchema()).overrides;
  }
  return render(job, plan as CustomJobConstructPlan, overrides, fallbackReason);
}

/** `location` and `project`, the arguments of the resource that are not fields of the API object. */
function resourceArguments(job: CustomJobStatementsInput): { [name: string]: string } {
  return {
    ...(job.location !== undefined ? { location: escaped(job.location, job.strings) } : {}),
    ...(job.project !== undefined ? { project: job.project } : {}),
  };
}

function escaped(text: string, strings: StringSemantics): string {
  return strings === 'literal' ? escapeTemplate(text) : text;
}

/** What the L2 renders for the planned props (as `VertexCustomJob` hands them to its L1), or undefined if it refuses them. */
function renderedByL2(plan: CustomJobConstructPlan, displayName: string, job: CustomJobStatementsInput): Record<string, unknown> | undefined {
  const props = plan.props.value as VertexCustomJobProps;
  try {
    return synthShape({ ...customJobToTerraform(renderCustomJob(props, displayName)).attributes, ...resourceArguments(job) }, customJobSchema());
  } catch {
    return undefined;
  }
}

/** What the L1 renders: its props are the API fields themselves (same camelCase names), mapped by the same schema. */
function renderedByL1(plan: CustomJobConstructPlan): Record<string, unknown> {
  const { location, project, ...apiFields } = plan.props.value as Fields;
  return synthShape({
    ...customJobToTerraform(apiFields).attributes,
    ...(location !== undefined ? { location } : {}),
    ...(project !== undefined ? { project } : {}),
  }, customJobSchema());
}

function render(job: CustomJobStatementsInput, plan: CustomJobConstructPlan, overrides: readonly Override[], fallbackReason: string | undefined): CustomJobStatements {
  const importId = job.id === undefined || job.location === undefined ? undefined : importIdExpr(job, job.id, job.location);
  return constructStatements({
    className: plan.className,
    props: plan.props,
    variable: job.variable,
    constructId: job.constructId,
    notes: job.notes,
    findings: job.findings,
    ...(fallbackReason !== undefined ? { fallbackReason } : {}),
    overrides,
    overrideReason: (override) => (override.value === undefined ? 'the L2 renders this field, which this job does not have.' : 'the L2 props cannot express this value exactly.'),
    isL1: plan.className === 'VertexAiCustomJob',
    ...(importId !== undefined ? { importId } : {}),
  });
}

/** `customJobImportId(project, 'us-central1', '123')`: the import id `projects/{project}/locations/{location}/customJobs/{id}`. */
function importIdExpr(job: CustomJobStatementsInput, id: string, location: string): string {
  const project = job.project === undefined ? 'project' : stringLiteral(job.project);
  return `customJobImportId(${project}, ${stringLiteral(escaped(location, job.strings))}, ${stringLiteral(escaped(id, job.strings))})`;
}
