import { PredictionInput } from '../model/prediction-input';
import { BatchPredictionJobProps } from './batch-prediction-job-props';

/**
 * The API `predictionInput` a `BatchPredictionJob` renders from its props. A module of its own (not exported from
 * the package) so that `mljob import`, which must know exactly what the construct renders, uses this very code.
 */
export function renderPredictionInput(props: BatchPredictionJobProps): PredictionInput {
  const fields = {
    dataFormat: props.dataFormat,
    inputPaths: props.inputPaths,
    outputPath: props.outputPath,
    region: props.region,
    outputDataFormat: props.outputDataFormat,
    [props.model.field]: props.model.value,
    runtimeVersion: props.runtimeVersion,
    maxWorkerCount: props.maxWorkerCount,
    batchSize: props.batchSize,
    signatureName: props.signatureName,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as PredictionInput;
}
