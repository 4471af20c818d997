import { ApiField, apiJobShape } from '../../model/api-schema';
import { builtLiteral, builtObject } from './built';
import { CommonProps, ConstructPlan } from './construct-plan';
import { Fields } from './job-fields';
import { isPlainObject } from '../../model/plain-object';

/**
 * The props of the L1 `MlEngineJob` for a job the L2 cannot express: the job's own fields in API form, as far as
 * they have the types the generated structs declare. What does not fit (a Terraform reference where a number
 * belongs, a block without a required field) is left out, for the caller to set through `addOverride`.
 */
export function l1JobPlan(job: Fields, common: CommonProps): ConstructPlan {
  const shape = apiJobShape().fields!;
  const entries: Array<readonly [string, ReturnType<typeof builtLiteral> | undefined]> = [
    ['jobId', common.jobId],
    ['project', common.project],
    ['labels', common.labels],
  ];
  for (const name of ['trainingInput', 'predictionInput']) {
    const fitted = job[name] === undefined ? undefined : fitToShape(job[name], shape[name]);
    entries.push([name, fitted === undefined ? undefined : builtLiteral(fitted)]);
  }
  return { className: 'MlEngineJob', props: builtObject(entries, true) };
}

/** The part of `value` that has the type `shape` declares, or undefined if nothing of it does. */
export function fitToShape(value: unknown, shape: ApiField): unknown {
  switch (shape.kind) {
    case 'string': return typeof value === 'string' ? value : undefined;
    case 'number': return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'bool': return typeof value === 'boolean' ? value : undefined;
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((item) => fitToShape(item, shape.item!));
      return items.every((item) => item !== undefined) ? items : undefined;
    }
    case 'map': {
      if (!isPlainObject(value)) return undefined;
      return Object.values(value).every((item) => fitToShape(item, shape.item!) !== undefined) ? value : undefined;
    }
    case 'object': {
      if (!isPlainObject(value)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(shape.fields ?? {})) {
        const fitted = value[name] === undefined ? undefined : fitToShape(value[name], field);
        if (fitted !== undefined) out[name] = fitted;
        else if (field.required) return undefined; // the struct would not compile without it
      }
      return out;
    }
  }
}
