import { Catalog } from '../../src/catalog/catalog';
import { CatalogFileError } from '../../src/catalog/catalog-file-error';
import { acceleratorQuota, defaultQuotas, loadQuotaFile, projectVcpuQuota, regionVcpuQuota } from '../../src/plan/project-quotas';
import { tempDir, writeFile } from './plan-test-helpers';

const catalog = Catalog.default();

describe('quota limits', () => {
  test('the catalog\'s defaults, marked as not the user\'s', () => {
    const quotas = defaultQuotas(catalog);
    expect(acceleratorQuota(quotas, 'us-central1', 'NVIDIA_TESLA_T4')).toEqual({ limit: catalog.quotas.acceleratorsPerRegion['us-central1'].NVIDIA_TESLA_T4, fromUser: false });
    expect(regionVcpuQuota(quotas, 'us-central1')?.fromUser).toBe(false);
    expect(acceleratorQuota(quotas, 'mars-north1', 'NVIDIA_TESLA_T4')).toBeUndefined();
  });

  test('a region or accelerator named like a member of Object.prototype has no quota (the job\'s names are user data)', () => {
    const quotas = defaultQuotas(Catalog.default());
    expect(acceleratorQuota(quotas, 'toString', 'length')).toBeUndefined();
    expect(acceleratorQuota(quotas, '__proto__', 'constructor')).toBeUndefined();
    expect(acceleratorQuota(quotas, 'us-central1', 'constructor')).toBeUndefined();
    expect(regionVcpuQuota(quotas, '__proto__')).toBeUndefined();
    expect(regionVcpuQuota(quotas, 'constructor')).toBeUndefined();
  });

  test('a quota file overrides what it states, the rest stays the catalog\'s', () => {
    // GIVEN a quota file with the `quotas:` key
    const file = writeFile(tempDir(), 'quotas.yaml', 'quotas:\n  vcpusPerProject: 96\n  acceleratorsPerRegion:\n    us-central1: { NVIDIA_TESLA_V100: 16 }\n');

    // WHEN
    const quotas = loadQuotaFile(file, catalog);

    // THEN
    expect(quotas.file).toBe(file);
    expect(projectVcpuQuota(quotas)).toEqual({ limit: 96, fromUser: true });
    expect(acceleratorQuota(quotas, 'us-central1', 'NVIDIA_TESLA_V100')).toEqual({ limit: 16, fromUser: true });
    expect(acceleratorQuota(quotas, 'us-central1', 'NVIDIA_TESLA_T4')?.fromUser).toBe(false);
    expect(regionVcpuQuota(quotas, 'us-central1')?.fromUser).toBe(false);
  });

  test('the quotas mapping may stand at the root (JSON too)', () => {
    const quotas = loadQuotaFile(writeFile(tempDir(), 'quotas.json', { vcpusPerRegion: { 'europe-west4': 24 } }), catalog);
    expect(regionVcpuQuota(quotas, 'europe-west4')).toEqual({ limit: 24, fromUser: true });
  });

  test('bad files: one error naming the file and the problem', () => {
    const dir = tempDir();
    expect(() => loadQuotaFile(writeFile(dir, 'empty.yaml', ''), catalog)).toThrow(CatalogFileError);
    expect(() => loadQuotaFile(writeFile(dir, 'empty.yaml', ''), catalog)).toThrow(/empty\.yaml.*the file is empty; expected a quotas mapping/);
    expect(() => loadQuotaFile(writeFile(dir, 'extra.yaml', 'quotas: {}\nprices: {}\n'), catalog)).toThrow(/extra\.yaml.*expected only a quotas mapping/);
    expect(() => loadQuotaFile(writeFile(dir, 'nan.yaml', 'quotas:\n  vcpusPerProject: lots\n'), catalog)).toThrow('nan.yaml: quotas.vcpusPerProject: expected a number');
    // The path is the file's own: without the `quotas:` key, no `quotas.` in it.
    expect(() => loadQuotaFile(writeFile(dir, 'bare.yaml', 'vcpusPerProject: lots\n'), catalog)).toThrow('bare.yaml: vcpusPerProject: expected a number');
    expect(() => loadQuotaFile(writeFile(dir, 'typo.yaml', 'vcpusPerRegions: {}\n'), catalog)).toThrow('typo.yaml: vcpusPerRegions: unknown field (did you mean vcpusPerRegion?)');
  });
});
