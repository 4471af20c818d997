import { Catalog } from '../../src/catalog/catalog';
import { CatalogData } from '../../src/catalog/catalog-types';
import { DEFAULT_CATALOG_DATA } from '../../src/catalog/default-catalog';

describe('Catalog', () => {
  const catalog = Catalog.default();

  test('default() builds the shipped catalog once', () => {
    // WHEN
    const again = Catalog.default();

    // THEN
    expect(again).toBe(catalog);
    expect(catalog.data.version).toBe('2026.11.24');
    expect(catalog.tpu).toBe(catalog.data.tpu);
    expect(catalog.prices).toBe(catalog.data.prices);
    expect(catalog.quotas).toBe(catalog.data.quotas);
  });

  test('looks up known ids', () => {
    expect(catalog.region('us-central1')).toMatchObject({ training: true, batchPrediction: true });
    expect(catalog.machineType('n1-standard-16')).toMatchObject({ category: 'compute-engine', vcpus: 16, memoryGb: 60 });
    expect(catalog.machineType('complex_model_m_gpu')).toMatchObject({
      category: 'legacy',
      builtInAccelerator: { type: 'NVIDIA_TESLA_K80', count: 4 },
    });
    expect(catalog.accelerator('NVIDIA_TESLA_T4')?.regions).toContain('europe-west4');
    expect(catalog.scaleTier('STANDARD_1')).toMatchObject({ workerCount: 4, parameterServerCount: 3 });
    expect(catalog.scaleTier('BASIC_GPU')?.accelerator).toEqual({ type: 'NVIDIA_TESLA_K80', count: 1 });
    expect(catalog.runtimeVersion('2.1')?.pythonVersions).toEqual(['3.7']);
    expect(catalog.runtimeVersion('1.15')?.pythonVersions).toEqual(['2.7', '3.7']);
    expect(catalog.runtimeVersion('1.14')?.pythonVersions).toEqual(['2.7', '3.5']);
    expect(catalog.regionGroup('europe-west4')).toBe('europe');
    expect(catalog.regionGroup('us-east4')).toBe('americas');
    expect(catalog.regionGroup('australia-southeast1')).toBe('asia');
  });

  test('returns undefined for unknown ids and never throws', () => {
    // GIVEN ids the catalog does not know, including Object prototype names and a non-string
    const unknown = ['us-moon1', 'custom-8-30720', 'e2-standard-8', 'NVIDIA_L4', 'TPU_V2_POD', '1.3', '2.0', '__proto__', 'constructor', 'toString', ''];

    for (const id of [...unknown, undefined as unknown as string]) {
      // WHEN / THEN
      expect(catalog.region(id)).toBeUndefined();
      expect(catalog.machineType(id)).toBeUndefined();
      expect(catalog.isLegacyMachineType(id)).toBe(false);
      expect(catalog.isComputeEngineMachineType(id)).toBe(false);
      expect(catalog.accelerator(id)).toBeUndefined();
      expect(catalog.scaleTier(id)).toBeUndefined();
      expect(catalog.runtimeVersion(id)).toBeUndefined();
      expect(catalog.regionGroup(id)).toBeUndefined();
      expect(catalog.allowedAcceleratorCounts(id, 'n1-standard-8')).toBeUndefined();
      expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_T4', id)).toBeUndefined();
    }
  });

  test('matches names exactly', () => {
    expect(catalog.machineType('N1-STANDARD-8')).toBeUndefined();
    expect(catalog.machineType(' n1-standard-8')).toBeUndefined();
    expect(catalog.scaleTier('basic-gpu')).toBeUndefined();
    expect(catalog.accelerator('nvidia-tesla-t4')).toBeUndefined();
  });

  test('tells legacy from Compute Engine machine types', () => {
    expect(catalog.isLegacyMachineType('complex_model_m')).toBe(true);
    expect(catalog.isLegacyMachineType('n1-highmem-8')).toBe(false);
    expect(catalog.isComputeEngineMachineType('n1-highmem-8')).toBe(true);
    expect(catalog.isComputeEngineMachineType('a2-highgpu-4g')).toBe(true);
    expect(catalog.isComputeEngineMachineType('standard')).toBe(false);
    // cloud_tpu is listed as legacy; the TPU facts name it so rules can exempt it
    expect(catalog.isLegacyMachineType('cloud_tpu')).toBe(true);
    expect(catalog.tpu.machineType).toBe('cloud_tpu');
    expect(catalog.tpu.anyMasterCategory).toBe(true);
  });

  test('gives the documented accelerator counts per machine type', () => {
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_V100', 'n1-standard-16')).toEqual([2, 4, 8]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_V100', 'n1-standard-8')).toEqual([1, 2, 4, 8]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_K80', 'n1-standard-32')).toEqual([4, 8]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_K80', 'n1-highcpu-64')).toEqual([8]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_P4', 'n1-highmem-96')).toEqual([4]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_T4', 'n1-standard-32')).toEqual([2, 4]);
    expect(catalog.allowedAcceleratorCounts('TPU_V3', 'cloud_tpu')).toEqual([8]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_A100', 'a2-highgpu-4g')).toEqual([4]);
  });

  test('gives [] for a known combination that is not allowed', () => {
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_K80', 'n1-standard-64')).toEqual([]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_P100', 'n1-highcpu-96')).toEqual([]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_A100', 'n1-highmem-8')).toEqual([]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_T4', 'cloud_tpu')).toEqual([]);
    expect(catalog.allowedAcceleratorCounts('TPU_V2', 'n1-standard-8')).toEqual([]);
    // legacy types come with their GPUs and take no acceleratorConfig
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_K80', 'standard_gpu')).toEqual([]);
  });

  test('freezes its data', () => {
    expect(Object.isFrozen(catalog.data.regions)).toBe(true);
    expect(Object.isFrozen(catalog.accelerator('NVIDIA_TESLA_V100')?.countsByMachineType['n1-standard-8'])).toBe(true);
    expect(() => (catalog.data.regions as unknown[]).push({})).toThrow();
  });

  test('rejects data that lists an id twice', () => {
    // GIVEN data with a duplicate region
    const data: CatalogData = { ...DEFAULT_CATALOG_DATA, regions: [...DEFAULT_CATALOG_DATA.regions, DEFAULT_CATALOG_DATA.regions[0]] };

    // WHEN / THEN
    expect(() => new Catalog(data)).toThrow(/lists region "us-central1" twice/);
  });

  test('looks up fast enough for 10,000 jobs a second', () => {
    // GIVEN a job's worth of lookups
    const start = process.hrtime.bigint();

    // WHEN it is repeated for 10,000 jobs
    for (let i = 0; i < 10_000; i++) {
      catalog.region('europe-west4');
      catalog.machineType('n1-standard-16');
      catalog.isLegacyMachineType('n1-standard-16');
      catalog.allowedAcceleratorCounts('NVIDIA_TESLA_V100', 'n1-standard-16');
      catalog.runtimeVersion('2.11');
      catalog.scaleTier('CUSTOM');
      catalog.regionGroup('europe-west4');
    }

    // THEN it takes a small part of a second
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(ms).toBeLessThan(250);
  });
});
