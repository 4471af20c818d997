import { Accelerator } from '../../constructs/values/accelerator';
import { Duration } from '../../constructs/values/duration';
import { ScaleType, TuningAlgorithm, TuningGoal } from '../../constructs/values/hyperparameter';
import { MachineType } from '../../constructs/values/machine-type';
import { DataFormat } from '../../constructs/values/prediction-model';
import { ScaleTier } from '../../constructs/values/scale-tier';
import { Built, builtCall, builtConstant, builtNumber, builtString } from './built';

/**
 * The value classes of the L2 as code: the named constant or factory when the library has one
 * (`MachineType.N1_STANDARD_8`, `Accelerator.nvidiaTeslaT4(2)`, `Duration.hours(2)`), else the generic factory
 * (`MachineType.of('…')`). The tables are read from the classes themselves, so a constant added to the library is
 * used by the next import without a change here.
 */

const MACHINE_TYPE_CONSTANTS = staticConstants(MachineType, (v) => v.name);
const SCALE_TIER_CONSTANTS = staticConstants(ScaleTier, (v) => v.name);
const ACCELERATOR_FACTORIES = acceleratorFactories();

/** `MachineType.N1_STANDARD_8`, or `MachineType.of('n1-ultramem-40')`. */
export function machineTypeCode(name: string): Built {
  const constant = MACHINE_TYPE_CONSTANTS.get(name);
  if (constant) return builtConstant(`MachineType.${constant}`, (MachineType as unknown as Record<string, unknown>)[constant]);
  return builtCall('MachineType.of', [builtString(name)], MachineType.of(name));
}

/** `ScaleTier.BASIC_GPU`, or `ScaleTier.of('…')`. */
export function scaleTierCode(name: string): Built {
  const constant = SCALE_TIER_CONSTANTS.get(name);
  if (constant) return builtConstant(`ScaleTier.${constant}`, (ScaleTier as unknown as Record<string, unknown>)[constant]);
  return builtCall('ScaleTier.of', [builtString(name)], ScaleTier.of(name));
}

/** `Accelerator.nvidiaTeslaT4(2)`, or `Accelerator.of('…', 2)`. */
export function acceleratorCode(type: string, count: number): Built {
  const factory = ACCELERATOR_FACTORIES.get(type);
  const accelerators = Accelerator as unknown as Record<string, (count: number) => Accelerator>;
  if (factory) return builtCall(`Accelerator.${factory}`, [builtNumber(count)], accelerators[factory](count));
  return builtCall('Accelerator.of', [builtString(type), builtNumber(count)], Accelerator.of(type, count));
}

/**
 * A duration as written in the API (`7200s`) as `Duration.hours(2)`, `Duration.minutes(30)`, … when that renders
 * the very same text; undefined when no factory does (`7200.0s`, `2h`), so the caller can keep the raw value.
 */
export function durationCode(apiValue: string): Built | undefined {
  const match = /^(\d+(?:\.\d{1,9})?)s$/.exec(apiValue);
  if (!match) return undefined;
  const seconds = Number(match[1]);
  const units: Array<[string, number]> = [['days', 86400], ['hours', 3600], ['minutes', 60]];
  for (const [unit, size] of units) {
    if (seconds > 0 && seconds % size === 0) {
      const value = (Duration as unknown as Record<string, (n: number) => Duration>)[unit](seconds / size);
      if (value.toApiString() === apiValue) return builtCall(`Duration.${unit}`, [builtNumber(seconds / size)], value);
    }
  }
  const value = Duration.seconds(seconds);
  return value.toApiString() === apiValue ? builtCall('Duration.seconds', [builtNumber(seconds)], value) : undefined;
}

/** `ScaleType.LOG` for `UNIT_LOG_SCALE`. */
export function scaleTypeCode(apiValue: string): Built | undefined {
  return enumCode('ScaleType', ScaleType, apiValue);
}

/** `TuningGoal.MAXIMIZE`. */
export function tuningGoalCode(apiValue: string): Built | undefined {
  return enumCode('TuningGoal', TuningGoal, apiValue);
}

/** `TuningAlgorithm.GRID_SEARCH`; `ALGORITHM_UNSPECIFIED` is `TuningAlgorithm.BAYESIAN`. */
export function tuningAlgorithmCode(apiValue: string): Built | undefined {
  return enumCode('TuningAlgorithm', TuningAlgorithm, apiValue);
}

/** `DataFormat.TF_RECORD`. */
export function dataFormatCode(apiValue: string): Built | undefined {
  return enumCode('DataFormat', DataFormat, apiValue);
}

function enumCode(enumName: string, values: Record<string, string>, apiValue: string): Built | undefined {
  const key = Object.keys(values).find((k) => values[k] === apiValue);
  return key === undefined ? undefined : builtConstant(`${enumName}.${key}`, apiValue);
}

/** API name → name of the static constant holding it, from the class's own static fields. */
export function staticConstants<T extends object>(cls: Function & { prototype: T }, nameOf: (value: T) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of Object.getOwnPropertyNames(cls).sort()) {
    const value = (cls as unknown as Record<string, unknown>)[key];
    if (value instanceof cls && !map.has(nameOf(value as T))) map.set(nameOf(value as T), key);
  }
  return map;
}

/** Accelerator type → name of the one-argument factory that makes it (`NVIDIA_TESLA_T4` → `nvidiaTeslaT4`). */
function acceleratorFactories(): Map<string, string> {
  const map = new Map<string, string>();
  const accelerators = Accelerator as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(Accelerator).sort()) {
    const factory = accelerators[key];
    if (key === 'of' || typeof factory !== 'function' || factory.length !== 1) continue;
    const made = (factory as (count: number) => unknown).call(Accelerator, 1);
    if (made instanceof Accelerator && !map.has(made.type)) map.set(made.type, key);
  }
  return map;
}
