import { Construct } from 'constructs';
import { BatchPredictionJobProps } from './batch-prediction-job-props';
import { MlJobBase } from './ml-job-base';
import { renderPredictionInput } from './render-prediction-input';

/**
 * An AI Platform (ML Engine) batch prediction job. Its id is derived from its spec unless given (see
 * `MlEngineTrainingJob`), and every API rule runs at synth.
 */
export class BatchPredictionJob extends MlJobBase {
  constructor(scope: Construct, id: string, props: BatchPredictionJobProps) {
    super(scope, id, props, { predictionInput: renderPredictionInput(props) });
  }
}
