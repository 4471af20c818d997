import { ComputeMachineType } from '../../constructs/vertex/compute-machine-type';
import { SchedulingStrategy } from '../../constructs/vertex/scheduling-strategy';
import { VertexAccelerator } from '../../constructs/vertex/vertex-accelerator';
import { BootDiskType } from '../../constructs/vertex/vertex-worker-pool';
import { Built, builtCall, builtConstant, builtNumber, builtString } from './built';
import { staticConstants } from './value-classes';

/**
 * The value classes of the `VertexCustomJob` L2 as code: the named constant or factory when the library has one
 * (`ComputeMachineType.N1_STANDARD_8`, `VertexAccelerator.nvidiaTeslaT4(2)`, `BootDiskType.PD_SSD`), else the generic
 * factory (`ComputeMachineType.of('…')`). The tables are read from the classes themselves, so a constant added to the
 * library is used by the next import without a change here.
 */

const MACHINE_TYPE_CONSTANTS = staticConstants(ComputeMachineType, (v) => v.name);
const BOOT_DISK_CONSTANTS = staticConstants(BootDiskType, (v) => v.name);
const STRATEGY_CONSTANTS = staticConstants(SchedulingStrategy, (v) => v.name);
const ACCELERATOR_FACTORIES = acceleratorFactories();

/** `ComputeMachineType.N1_STANDARD_8`, or `ComputeMachineType.of('n2-highmem-32')`. */
export function computeMachineTypeCode(name: string): Built {
  const constant = MACHINE_TYPE_CONSTANTS.get(name);
  if (constant) return builtConstant(`ComputeMachineType.${constant}`, (ComputeMachineType as unknown as Record<string, unknown>)[constant]);
  return builtCall('ComputeMachineType.of', [builtString(name)], ComputeMachineType.of(name));
}

/** `BootDiskType.PD_SSD`, or `BootDiskType.of('…')`. */
export function bootDiskTypeCode(name: string): Built {
  const constant = BOOT_DISK_CONSTANTS.get(name);
  if (constant) return builtConstant(`BootDiskType.${constant}`, (BootDiskType as unknown as Record<string, unknown>)[constant]);
  return builtCall('BootDiskType.of', [builtString(name)], BootDiskType.of(name));
}

/** `SchedulingStrategy.SPOT`, or `SchedulingStrategy.of('…')`. */
export function schedulingStrategyCode(name: string): Built {
  const constant = STRATEGY_CONSTANTS.get(name);
  if (constant) return builtConstant(`SchedulingStrategy.${constant}`, (SchedulingStrategy as unknown as Record<string, unknown>)[constant]);
  return builtCall('SchedulingStrategy.of', [builtString(name)], SchedulingStrategy.of(name));
}

/** `VertexAccelerator.nvidiaTeslaT4(2)`, or `VertexAccelerator.of('NVIDIA_H200_141GB', 8)`. */
export function vertexAcceleratorCode(type: string, count: number): Built {
  const factory = ACCELERATOR_FACTORIES.get(type);
  const accelerators = VertexAccelerator as unknown as Record<string, (count: number) => VertexAccelerator>;
  if (factory) return builtCall(`VertexAccelerator.${factory}`, [builtNumber(count)], accelerators[factory](count));
  return builtCall('VertexAccelerator.of', [builtString(type), builtNumber(count)], VertexAccelerator.of(type, count));
}

/** Accelerator type → the factory that makes it from a count (`NVIDIA_TESLA_T4` → `nvidiaTeslaT4`). */
function acceleratorFactories(): Map<string, string> {
  const map = new Map<string, string>();
  const accelerators = VertexAccelerator as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(VertexAccelerator).sort()) {
    const factory = accelerators[key];
    if (key === 'of' || typeof factory !== 'function' || factory.length > 1) continue;
    const made = (factory as (count: number) => unknown).call(VertexAccelerator, 3);
    // A factory that keeps the count it is given (tpuV2(count?) too) makes that type with any count.
    if (made instanceof VertexAccelerator && made.count === 3 && !map.has(made.type)) map.set(made.type, key);
  }
  return map;
}
