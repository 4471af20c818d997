import { Construct } from 'constructs';
import { BatchPredictionJobProps } from './batch-prediction-job-props';
import { MlEngineJob } from '../l1';
import { MlJobBase } from './ml-job-base';
import { renderPredictionInput } from './render-prediction-input';
import { subclassMakesResource } from './subclass-makes-resource';

/**
 * An AI Platform (ML Engine) batch prediction job. Its id is derived from its spec unless given (see
 * `MlEngineTrainingJob`), and every API rule runs at synth.
 */
export class BatchPredictionJob extends MlJobBase {
  constructor(scope: Construct, id: string, props: BatchPredictionJobProps) {
    super(scope, id, props, subclassMakesResource({ predictionInput: renderPredictionInput(props) }));
    // The L1 is made here, not in MlJobBase: one frame fewer in each stack trace its tokens record.
    this._attachResource(new MlEngineJob(this, 'Resource', this._resourceConfig()), new.target);
  }
}
