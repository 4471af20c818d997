import { VertexCatalog } from '../../../src/catalog/vertex/vertex-catalog';

describe('VertexCatalog', () => {
  const catalog = VertexCatalog.default();

  test('machine families by longest prefix', () => {
    expect(catalog.machineFamily('n1-standard-8')?.accelerators).toBe('attachable');
    expect(catalog.machineFamily('a4x-highgpu-4g')?.prefix).toBe('a4x');
    expect(catalog.machineFamily('a4-highgpu-8g')?.prefix).toBe('a4');
    expect(catalog.machineFamily('ct5lp-hightpu-4t')?.tpuTopologyRequired).toBe(true);
    expect(catalog.machineFamily('cloud-tpu')?.accelerators).toBe('tpu');
    expect(catalog.machineFamily('n2d-standard-8')).toBeUndefined();
    expect(catalog.machineFamily('standard')).toBeUndefined();
  });

  test('built-in GPUs of fixed shapes, attachable counts of N1', () => {
    expect(catalog.builtInAccelerator('g2-standard-24')).toEqual({ type: 'NVIDIA_L4', count: 2 });
    expect(catalog.builtInAccelerator('a2-megagpu-16g')).toEqual({ type: 'NVIDIA_TESLA_A100', count: 16 });
    expect(catalog.builtInAccelerator('n1-standard-8')).toBeUndefined();
    expect(catalog.machineAccelerators('n1-standard-32')?.NVIDIA_TESLA_V100).toEqual([4, 8]);
  });

  test('prebuilt images: parsed from any regional registry, found by framework version and Python', () => {
    expect(catalog.prebuiltImage('europe-docker.pkg.dev/vertex-ai/training/tf-gpu.2-11.py310:latest')).toMatchObject({ family: 'tf-gpu', tag: 'latest', fact: { frameworkVersion: '2.11', pythonVersion: '3.10' } });
    expect(catalog.prebuiltImage('gcr.io/my/image:1')).toBeUndefined();
    const image = catalog.findPrebuiltImage('tensorflow', '2.8', '3.7', 'gpu');
    expect(image && catalog.prebuiltImageUri(image)).toBe('us-docker.pkg.dev/vertex-ai/training/tf-gpu.2-8:latest');
    expect(catalog.findPrebuiltImage('tensorflow', '2.10', '3.7', 'cpu')).toBeUndefined();
  });

  test('every fact has a source URL and a read date', () => {
    const data = catalog.data;
    const facts = [data.trainingRegions, data.tpu, data.disk, data.prebuiltImages, ...data.machineFamilies, ...data.accelerators, ...data.machineAccelerators, ...data.prebuiltImages.images];
    for (const fact of facts) {
      expect(fact.source).toMatch(/^https:\/\//);
      expect(fact.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
