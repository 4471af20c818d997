import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCatalogFile } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'CATALOG.md'), 'utf8');

describe('docs/CATALOG.md', () => {
  test('its example override file is a valid override that does what the comments say', () => {
    // GIVEN the YAML example of the document, as a file
    const yaml = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(yaml).toHaveLength(1);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mljob-catalog-md-')), 'platform-facts.yaml');
    fs.writeFileSync(file, yaml[0]);

    // WHEN it is loaded
    const catalog = loadCatalogFile(file);

    // THEN new entries are added, known ones changed field by field, blocks merged
    expect(catalog.data.version).toBe('2026.11.30-acme');
    expect(catalog.data.regions.find((r) => r.id === 'me-west1')).toMatchObject({ training: true, read: '2026-11-30' });
    const a2 = catalog.data.machineTypes.find((m) => m.id === 'a2-highgpu-1g')!;
    expect(a2).toMatchObject({ confirmed: true, category: 'compute-engine', source: file });
    const t4 = catalog.data.accelerators.find((a) => a.id === 'NVIDIA_TESLA_T4')!;
    expect(t4.countsByMachineType).toEqual({ 'n1-standard-2': [1], 'n1-standard-8': [1, 2, 4] });
    expect(t4.kind).toBe('gpu');
    expect(catalog.data.runtimeVersions.find((r) => r.version === '2.11')!.endOfSupport).toBe('2027-06-30');
    expect(catalog.data.quotas.acceleratorsPerRegion['us-central1'].NVIDIA_TESLA_T4).toBe(16);
    expect(Object.keys(catalog.data.quotas.acceleratorsPerRegion).length).toBeGreaterThan(1);
    expect(catalog.data.prices.regionGroups['me-west1']).toBe('europe');
    expect(Object.keys(catalog.data.prices.regionGroups).length).toBeGreaterThan(1);
    // and the Vertex AI facts: lists by their keys, blocks key by key
    const vertex = catalog.vertex;
    expect(vertex.data.version).toBe('2026.12.02-acme');
    expect(vertex.isTrainingRegion('me-west1')).toBe(true);
    expect(vertex.machineFamily('n2d-standard-8')).toMatchObject({ accelerators: 'none', source: file });
    expect(vertex.accelerator('NVIDIA_TESLA_T4')).toMatchObject({ kind: 'gpu', regions: ['us-central1', 'europe-west4', 'me-west1'] });
    expect(vertex.machineAccelerators('n1-standard-8')).toEqual({ NVIDIA_TESLA_T4: [1, 2], NVIDIA_TESLA_V100: [1, 2, 4, 8] });
    expect(vertex.disk).toMatchObject({ maxSizeGb: 32000, minSizeGb: 100 });
    expect(vertex.findPrebuiltImage('tensorflow', '2.18', '3.11', 'gpu')).toMatchObject({ endOfAvailability: '2027-12-31' });
    expect(vertex.prebuiltImages.images.length).toBeGreaterThan(10);
  });

  test('names every section and every field the override schema accepts', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'catalog', 'load-catalog.ts'), 'utf8');
    const schema = source.slice(source.indexOf('const ENTRIES = {'), source.indexOf('/** A validated override entry'));
    // (`error:` is zod's option for messages, not a field.)
    const fields = new Set([...schema.matchAll(/\b([a-z][A-Za-z]+):/g)].map((m) => m[1]).filter((f) => f !== 'error'));
    expect(fields.size).toBeGreaterThan(20);
    for (const field of fields) expect(`${field}: ${DOC.includes(`\`${field}\``) || DOC.includes(`${field}:`)}`).toBe(`${field}: true`);
  });

  test('is linked from the README', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/CATALOG.md)');
  });
});
