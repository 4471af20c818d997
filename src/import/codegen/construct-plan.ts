import { Built } from './built';

/** The construct classes generated code instantiates for a job. */
export type JobConstructClass = 'MlEngineTrainingJob' | 'BatchPredictionJob' | 'MlEngineJob';

/** How one job becomes code: a construct class and its props (as code and as the value they evaluate to). */
export interface ConstructPlan {
  readonly className: JobConstructClass;
  /** The props object. */
  readonly props: Built;
}

/** A plan, or why the L2 cannot express the job (the generator then falls back to the L1). */
export type PlanResult = ConstructPlan | { readonly cannotExpress: string };

/** The props every job construct takes besides its input: identity, project and labels. */
export interface CommonProps {
  readonly jobId?: Built;
  readonly project?: Built;
  readonly labels?: Built;
}
