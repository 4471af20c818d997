import { Sourced } from '../../src/catalog/catalog-types';
import { DEFAULT_CATALOG_DATA } from '../../src/catalog/default-catalog';

const data = DEFAULT_CATALOG_DATA;

/** Every sourced fact of the catalog with a label for messages. */
function allFacts(): [string, Sourced & object][] {
  return [
    ...data.regions.map((f) => [`region ${f.id}`, f] as [string, Sourced]),
    ...data.machineTypes.map((f) => [`machine type ${f.id}`, f] as [string, Sourced]),
    ...data.accelerators.map((f) => [`accelerator ${f.id}`, f] as [string, Sourced]),
    ...data.scaleTiers.map((f) => [`scale tier ${f.id}`, f] as [string, Sourced]),
    ...data.runtimeVersions.map((f) => [`runtime ${f.version}`, f] as [string, Sourced]),
    ['tpu', data.tpu],
    ['prices', data.prices],
    ['quotas', data.quotas],
  ];
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('DEFAULT_CATALOG_DATA', () => {
  test('has the expected number of entries per kind', () => {
    expect({
      regions: data.regions.length,
      machineTypes: data.machineTypes.length,
      accelerators: data.accelerators.length,
      scaleTiers: data.scaleTiers.length,
      runtimeVersions: data.runtimeVersions.length,
    }).toEqual({ regions: 22, machineTypes: 37, accelerators: 8, scaleTiers: 6, runtimeVersions: 26 });
  });

  test('every fact has an https source and a read date', () => {
    for (const [label, fact] of allFacts()) {
      expect([label, fact.source]).toEqual([label, expect.stringMatching(/^https:\/\/\S+$/)]);
      expect([label, fact.read]).toEqual([label, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    }
  });

  test('every unconfirmed fact says why in a note', () => {
    for (const [label, fact] of allFacts()) {
      if (fact.confirmed === false || fact.unconfirmedFields?.length) {
        expect([label, fact.note]).toEqual([label, expect.stringMatching(/\S/)]);
      }
    }
  });

  test('unconfirmedFields name fields the entry has', () => {
    for (const [label, fact] of allFacts()) {
      for (const field of fact.unconfirmedFields ?? []) {
        expect([label, field, field in fact]).toEqual([label, field, true]);
      }
    }
  });

  test('no list holds an id twice', () => {
    expect(duplicates(data.regions.map((r) => r.id))).toEqual([]);
    expect(duplicates(data.machineTypes.map((m) => m.id))).toEqual([]);
    expect(duplicates(data.accelerators.map((a) => a.id))).toEqual([]);
    expect(duplicates(data.scaleTiers.map((t) => t.id))).toEqual([]);
    expect(duplicates(data.runtimeVersions.map((v) => v.version))).toEqual([]);
  });

  test('refers only to ids it defines', () => {
    // GIVEN the ids of the catalog
    const regions = new Set(data.regions.map((r) => r.id));
    const machineTypes = new Set(data.machineTypes.map((m) => m.id));
    const accelerators = new Set(data.accelerators.map((a) => a.id));

    // THEN every reference resolves
    for (const accelerator of data.accelerators) {
      for (const region of accelerator.regions) expect([accelerator.id, region, regions.has(region)]).toEqual([accelerator.id, region, true]);
      for (const machineType of Object.keys(accelerator.countsByMachineType)) {
        expect([accelerator.id, machineType, machineTypes.has(machineType)]).toEqual([accelerator.id, machineType, true]);
      }
    }
    for (const machineType of data.machineTypes) {
      if (machineType.builtInAccelerator) expect(accelerators.has(machineType.builtInAccelerator.type)).toBe(true);
    }
    for (const tier of data.scaleTiers) {
      for (const type of [tier.masterType, tier.workerType, tier.parameterServerType]) {
        if (type !== undefined) expect([tier.id, type, machineTypes.has(type)]).toEqual([tier.id, type, true]);
      }
      if (tier.accelerator) expect(accelerators.has(tier.accelerator.type)).toBe(true);
    }
    expect(machineTypes.has(data.tpu.machineType)).toBe(true);
    for (const type of data.tpu.acceleratorTypes) expect(accelerators.has(type)).toBe(true);
    for (const [region, byType] of Object.entries(data.quotas.acceleratorsPerRegion)) {
      expect(regions.has(region)).toBe(true);
      for (const type of Object.keys(byType)) expect(accelerators.has(type)).toBe(true);
    }
    expect(Object.keys(data.quotas.vcpusPerRegion).sort()).toEqual([...regions].sort());
    expect(Object.keys(data.prices.regionGroups).sort()).toEqual([...regions].sort());
    for (const group of Object.values(data.prices.regionGroups)) expect(Object.keys(data.prices.trainingUnitHour)).toContain(group);
  });

  test('counts are positive whole numbers in increasing order, never 3', () => {
    for (const accelerator of data.accelerators) {
      for (const [machineType, counts] of Object.entries(accelerator.countsByMachineType)) {
        const label = `${accelerator.id} on ${machineType}`;
        expect([label, counts.length > 0]).toEqual([label, true]);
        expect([label, counts.every((c, i) => Number.isInteger(c) && c > 0 && (i === 0 || c > counts[i - 1]))]).toEqual([label, true]);
        expect([label, counts.includes(3)]).toEqual([label, false]);
      }
    }
  });

  test('GPUs attach to Compute Engine types and TPUs to cloud_tpu only', () => {
    const byId = new Map(data.machineTypes.map((m) => [m.id, m]));
    for (const accelerator of data.accelerators) {
      for (const machineType of Object.keys(accelerator.countsByMachineType)) {
        const expected = accelerator.kind === 'tpu' ? 'cloud_tpu' : 'compute-engine';
        const actual = accelerator.kind === 'tpu' ? machineType : byId.get(machineType)?.category;
        expect([accelerator.id, machineType, actual]).toEqual([accelerator.id, machineType, expected]);
      }
    }
  });

  test('records the documented facts the rules rely on', () => {
    // legacy GPU types: built-in GPUs and no vCPU/memory claim without a flag
    const legacyGpu = data.machineTypes.find((m) => m.id === 'complex_model_l_v100');
    expect(legacyGpu?.builtInAccelerator).toEqual({ type: 'NVIDIA_TESLA_V100', count: 8 });
    expect(legacyGpu?.unconfirmedFields).toEqual(['vcpus', 'memoryGb']);
    // no custom, e2 or n2 machine types
    expect(data.machineTypes.filter((m) => /^(custom|e2|n2)-/.test(m.id))).toEqual([]);
    // A100 and pods: A100 unconfirmed, pods not listed
    expect(data.accelerators.find((a) => a.id === 'NVIDIA_TESLA_A100')?.confirmed).toBe(false);
    expect(data.accelerators.filter((a) => a.id.endsWith('_POD'))).toEqual([]);
    // runtime versions: batch prediction up to 2.1; 2.2–2.10 unconfirmed; no 1.3 or 2.0
    const versions = new Map(data.runtimeVersions.map((v) => [v.version, v]));
    expect(versions.get('2.1')?.batchPrediction).toBe(true);
    expect(versions.get('2.11')?.batchPrediction).toBe(false);
    expect(versions.get('1.9')?.endOfSupport).toBe('2020-03-17');
    expect(['2.2', '2.5', '2.9', '2.10'].map((v) => versions.get(v)?.confirmed)).toEqual([false, false, false, false]);
    expect(versions.get('2.11')?.confirmed).not.toBe(false);
    expect(versions.has('1.3') || versions.has('2.0')).toBe(false);
    // TPU: one worker, 8 cores
    expect(data.tpu).toMatchObject({ machineType: 'cloud_tpu', maxWorkerCount: 1, countsByType: { TPU_V2: [8], TPU_V3: [8] } });
    // quotas are placeholders
    expect(data.quotas.confirmed).toBe(false);
    expect(data.quotas.note).toMatch(/override/i);
  });
});
