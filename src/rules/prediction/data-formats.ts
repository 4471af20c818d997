import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { isUnknown, missingField, show } from '../values';

const INPUT_FORMATS = ['JSON', 'TEXT', 'TF_RECORD', 'TF_RECORD_GZIP'];
const OUTPUT_FORMATS = ['JSON', 'TEXT', 'CSV'];

/** `dataFormat` is an input format and `outputDataFormat` an output format. */
export const DATA_FORMATS: Rule = {
  id: 'MLJ-PRED-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'prediction',
  summary: 'predictionInput.dataFormat is JSON, TEXT, TF_RECORD or TF_RECORD_GZIP; outputDataFormat is JSON, TEXT or CSV.',
  rationale: 'TF_RECORD and TF_RECORD_GZIP are only available for input data and CSV only for output data.',
  source: SOURCES.predictionInput,
  check(job, ctx) {
    const input = job.predictionInput;
    if (!input) return [];
    const violations: Violation[] = [];
    const format: unknown = input.dataFormat;
    if (format === undefined || format === null || format === '') {
      violations.push(missingField(ctx, 'predictionInput.dataFormat', `predictionInput.dataFormat is not set; allowed: ${INPUT_FORMATS.join(', ')}.`, '--data-format'));
    } else if (!isUnknown(format) && !INPUT_FORMATS.includes(format as string)) {
      violations.push({
        path: 'predictionInput.dataFormat',
        message: `predictionInput.dataFormat is ${show(format)}; ${format === 'CSV' ? 'CSV is only available for output data. ' : ''}allowed: ${INPUT_FORMATS.join(', ')}.`,
      });
    }
    const output: unknown = input.outputDataFormat;
    if (output !== undefined && output !== null && !isUnknown(output) && !OUTPUT_FORMATS.includes(output as string)) {
      violations.push({
        path: 'predictionInput.outputDataFormat',
        message: `predictionInput.outputDataFormat is ${show(output)}; ${String(output).startsWith('TF_RECORD') ? `${output} is only available for input data. ` : ''}allowed: ${OUTPUT_FORMATS.join(', ')}.`,
      });
    }
    return violations;
  },
};
