import { Construct } from 'constructs';
import { MlJobBase } from './ml-job-base';
import { renderTrainingInput } from './render-training-input';
import { MlEngineTrainingJobProps } from './training-job-props';

/**
 * An AI Platform (ML Engine) training job.
 *
 * The job id is derived from the spec unless given: jobs are immutable and ids are never reusable, so a changed
 * spec gets a new id (Terraform replaces the job) while an unchanged spec keeps its id (no change); labels update in
 * place and are not part of the id. Every API rule runs at synth: mistakes fail `cdktf synth` with one line each,
 * `[construct path] file:line:col: RULE-ID message` (the file and line of the code that created the job).
 */
export class MlEngineTrainingJob extends MlJobBase {
  constructor(scope: Construct, id: string, props: MlEngineTrainingJobProps) {
    super(scope, id, props, { trainingInput: renderTrainingInput(props) });
  }
}
