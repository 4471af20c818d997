import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Catalog } from '../../src/catalog/catalog';
import { CatalogFileError } from '../../src/catalog/catalog-file-error';
import { loadCatalogFile, mergeCatalog } from '../../src/catalog/load-catalog';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'catalog');
const base = Catalog.default().data;

/** Writes `content` to a fresh temporary file named `name` and returns its path. */
function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The error `fn` throws (fails the test if it throws none or another kind). */
function errorOf(fn: () => unknown): CatalogFileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogFileError);
    return error as CatalogFileError;
  }
  throw new Error('expected a CatalogFileError');
}

describe('loadCatalogFile', () => {
  test('merges a YAML file: new region, replaced machine type and runtime, quota change', () => {
    // GIVEN
    const file = path.join(FIXTURES, 'override.yaml');

    // WHEN
    const catalog = loadCatalogFile(file);

    // THEN the new region is added with its own source
    expect(catalog.data.version).toBe('2026.11.24-acme');
    expect(catalog.region('me-west1')).toEqual({
      id: 'me-west1',
      training: true,
      batchPrediction: false,
      source: 'https://example.com/acme/platform-review',
      read: '2026-11-20',
    });
    expect(catalog.data.regions).toHaveLength(base.regions.length + 1);
    // the machine type is replaced field by field; the file becomes its source
    expect(catalog.machineType('a2-highgpu-1g')).toEqual({
      ...base.machineTypes.find((m) => m.id === 'a2-highgpu-1g'),
      confirmed: true,
      note: 'Accepted in our project (test data).',
      source: file,
      read: 'unknown',
    });
    expect(catalog.runtimeVersion('2.10')?.confirmed).toBe(true);
    expect(catalog.runtimeVersion('2.10')?.pythonVersions).toEqual(['3.7']);
    // quotas are deep-merged: other accelerators and regions keep their values
    expect(catalog.quotas.acceleratorsPerRegion['us-central1']).toEqual({
      ...base.quotas.acceleratorsPerRegion['us-central1'],
      NVIDIA_TESLA_T4: 16,
    });
    expect(catalog.quotas.vcpusPerRegion['us-central1']).toBe(1000);
    expect(catalog.quotas.vcpusPerRegion['europe-west4']).toBe(base.quotas.vcpusPerRegion['europe-west4']);
    expect(catalog.quotas.source).toBe(file);
    // the default catalog is untouched
    expect(Catalog.default().region('me-west1')).toBeUndefined();
    expect(Catalog.default().quotas.vcpusPerRegion['us-central1']).toBe(450);
  });

  test('merges a JSON file: replaced and new machine types, replaced accelerator counts, a price group', () => {
    // GIVEN
    const file = path.join(FIXTURES, 'override.json');

    // WHEN
    const catalog = loadCatalogFile(file);

    // THEN
    expect(catalog.machineType('standard')).toMatchObject({ mlUnits: 0.5661, vcpus: 4, category: 'legacy', note: '2018 units (test data).' });
    expect(catalog.machineType('n1-standard-2')).toEqual({
      id: 'n1-standard-2',
      category: 'compute-engine',
      vcpus: 2,
      memoryGb: 7.5,
      source: file,
      read: 'unknown',
    });
    expect(catalog.isComputeEngineMachineType('n1-standard-2')).toBe(true);
    // a list field is replaced as a whole (shallow merge)
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_T4', 'n1-standard-2')).toEqual([1]);
    expect(catalog.allowedAcceleratorCounts('NVIDIA_TESLA_T4', 'n1-standard-4')).toEqual([]);
    expect(catalog.accelerator('NVIDIA_TESLA_T4')?.regions).toEqual(Catalog.default().accelerator('NVIDIA_TESLA_T4')?.regions);
    expect(catalog.regionGroup('me-west1')).toBe('europe');
    expect(catalog.regionGroup('us-central1')).toBe('americas');
  });

  test('reads an empty YAML file as no change', () => {
    const catalog = loadCatalogFile(tempFile('empty.yml', '# nothing yet\n'));
    expect(catalog.data.regions).toEqual(base.regions);
    expect(catalog.data.version).toBe(base.version);
  });

  test('a bad type: one line with the field path', () => {
    // GIVEN counts given as a number instead of a list
    const file = tempFile(
      'my-catalog.yaml',
      ['accelerators:', '  - id: NVIDIA_TESLA_T4', '    countsByMachineType:', '      n1-standard-8: 4', ''].join('\n'),
    );

    // WHEN
    const error = errorOf(() => loadCatalogFile(file));

    // THEN
    expect(error.message).toBe(`${file}: accelerators[0].countsByMachineType.n1-standard-8: expected an array of numbers`);
    expect(error.file).toBe(file);
    expect(error.location).toBe('accelerators[0].countsByMachineType.n1-standard-8');
    expect(error.problem).toBe('expected an array of numbers');
  });

  test('a missing id', () => {
    const error = errorOf(() => mergeCatalog(base, { regions: [{ id: 'me-west1', training: true, batchPrediction: true }, { training: true }] }, 'my-catalog.yaml'));
    expect(error.message).toBe('my-catalog.yaml: regions[1].id: required');
  });

  test('a new entry without a required field', () => {
    const error = errorOf(() => mergeCatalog(base, { machineTypes: [{ id: 'n1-standard-2', vcpus: 2 }] }, 'my-catalog.json'));
    expect(error.message).toBe('my-catalog.json: machineTypes[0].category: required (id "n1-standard-2" is new)');
  });

  test('more bad values, each on one line', () => {
    const cases: [unknown, string][] = [
      [{ regions: [{ id: 'us-central1', trainng: false }] }, 'regions[0].trainng: unknown field (did you mean training?)'],
      [{ machineType: [] }, 'machineType: unknown field (did you mean machineTypes?)'],
      [{ regionz: [] }, 'regionz: unknown field (did you mean regions?)'],
      [{ quotas: { vcpusPerRegions: {} } }, 'quotas.vcpusPerRegions: unknown field (did you mean vcpusPerRegion?)'],
      [{ machineTypes: [{ id: 'a2-highgpu-1g', category: 'compute-engine', vcpu: 12 }] }, 'machineTypes[0].vcpu: unknown field (did you mean vcpus?)'],
      [{ tpu: { colour: 'blue' } }, 'tpu.colour: unknown field'],
      [{ runtimeVersions: [{ version: 2.1, confirmed: true }] }, 'runtimeVersions[0].version: expected a string; quote versions ("2.1"): YAML reads 2.10 as the number 2.1'],
      [{ quotas: { vcpusPerRegion: { 'us-central1': -1 } } }, 'quotas.vcpusPerRegion.us-central1: expected a number ≥ 0'],
      [{ accelerators: [{ id: 'NVIDIA_TESLA_T4', countsByMachineType: { 'n1-standard-8': [1, 'two'] } }] }, 'accelerators[0].countsByMachineType.n1-standard-8[1]: expected a number'],
      [{ regions: { id: 'me-west1' } }, 'regions: expected a list'],
      [{ regions: [{ id: 'us-central1', read: 'yesterday' }] }, 'regions[0].read: expected a date YYYY-MM-DD or "unknown"'],
      [[1, 2], 'expected a mapping with regions, machineTypes, accelerators, scaleTiers, runtimeVersions, tpu, prices, quotas or vertex'],
    ];
    for (const [override, expected] of cases) {
      expect(errorOf(() => mergeCatalog(base, override, 'c.yaml')).message).toBe(`c.yaml: ${expected}`);
    }
  });

  test('sets the price of a GPU on Compute Engine types, keeping the others (prices.acceleratorUnits)', () => {
    // GIVEN a T4 price from the team's own bill, and a bad one
    const merged = mergeCatalog(base, { prices: { acceleratorUnits: { NVIDIA_TESLA_T4: 0.7143 } } }, 'c.yaml');

    // THEN T4 is priced and the built-in estimates stay
    expect(merged.prices.acceleratorUnits).toEqual({ ...base.prices.acceleratorUnits, NVIDIA_TESLA_T4: 0.7143 });
    expect(base.prices.acceleratorUnits?.NVIDIA_TESLA_T4).toBeUndefined();
    expect(errorOf(() => mergeCatalog(base, { prices: { acceleratorUnits: { NVIDIA_TESLA_T4: -1 } } }, 'c.yaml')).message).toBe('c.yaml: prices.acceleratorUnits.NVIDIA_TESLA_T4: expected a number ≥ 0');
  });

  test('counts the other problems', () => {
    const error = errorOf(() => mergeCatalog(base, { regions: [{ training: 'yes' }] }, 'c.yaml'));
    expect(error.message).toBe('c.yaml: regions[0].id: required (and 1 more problem)');
  });

  test('invalid YAML: line and column', () => {
    // GIVEN a mapping item indented wrongly on line 4 (the parser points at its line start)
    const file = tempFile('my-catalog.yaml', ['regions:', '  - id: me-west1', '    training: true', '   batchPrediction: true', ''].join('\n'));

    // WHEN
    const error = errorOf(() => loadCatalogFile(file));

    // THEN
    expect(error.message).toBe(`${file}:4:1: invalid YAML: Sequence item without - indicator`);
    expect(error.message).not.toMatch(/\n|at line/);
    expect(error.location).toBe('4:1');
  });

  test('invalid JSON: line and column, with or without a position in the parser message', () => {
    const cases: [string, string][] = [
      ['{\n  "regions": [\n    { "id": "me-west1", }\n  ]\n}\n', '3:25'], // V8 states a position
      ['{\n  "regions": [\n    { "id": me-west1 }\n  ]\n}\n', '3:13'], // V8 does not (Unexpected token)
      ['{\n  "regions": [\n', '2:15'], // ends early
    ];
    for (const [content, location] of cases) {
      const file = tempFile('my-catalog.json', content);
      const error = errorOf(() => loadCatalogFile(file));
      expect([content, error.location]).toEqual([content, location]);
      expect(error.message).toMatch(new RegExp(`^${escape(file)}:${location}: invalid JSON: \\S[^\\n]*$`));
      expect(error.message).not.toMatch(/position|is not valid JSON/);
    }
  });

  test('a JSON file may start with a byte-order mark, as job files may', () => {
    const file = tempFile('bom-catalog.json', '\uFEFF{ "regions": [{ "id": "me-west1", "training": true, "batchPrediction": true }] }');
    expect(loadCatalogFile(file).region('me-west1')).toBeDefined();
  });

  test('a file that cannot be used at all', () => {
    expect(errorOf(() => loadCatalogFile('/no/such/dir/catalog.yaml')).message).toBe('/no/such/dir/catalog.yaml: no such file');
    expect(errorOf(() => loadCatalogFile('catalog.toml')).message).toBe('catalog.toml: unsupported file type ".toml"; use .json, .yaml or .yml');
  });
});

describe('loadCatalogFile: the vertex section (Vertex AI custom job facts)', () => {
  const vertex = Catalog.default().vertex.data;

  test('lists merge by their keys, blocks key by key; the rest of the built-in facts stay', () => {
    // GIVEN a new machine family, a T4 in one more region, a changed and a new GPU machine type, a new image, a region
    const file = tempFile('vertex-facts.yaml', [
      'vertex:',
      '  version: 2026.12.02-acme',
      '  trainingRegions:',
      '    ids: [us-central1, me-west1]',
      '  machineFamilies:',
      '    - prefix: n2d',
      '      accelerators: none',
      '      source: https://example.com/acme/platform-review',
      '      read: 2026-12-01',
      '  accelerators:',
      '    - id: NVIDIA_TESLA_T4',
      '      regions: [us-central1, me-west1]',
      '  machineAccelerators:',
      '    - machineType: n1-standard-8',
      '      counts: { NVIDIA_TESLA_T4: [1, 2] }',
      '    - machineType: g2-standard-64',
      '      counts: { NVIDIA_L4: [6] }',
      '  disk:',
      '    maxSizeGb: 32000',
      '  prebuiltImages:',
      '    tag: "20261201"',
      '    images:',
      '      - image: tf-gpu.2-18.py311',
      '        framework: tensorflow',
      '        frameworkVersion: "2.18"',
      '        pythonVersion: "3.11"',
      '        accelerator: gpu',
      '',
    ].join('\n'));

    // WHEN
    const catalog = loadCatalogFile(file).vertex;

    // THEN
    expect(catalog.data.version).toBe('2026.12.02-acme');
    expect(catalog.isTrainingRegion('me-west1')).toBe(true);
    expect(catalog.isTrainingRegion('europe-west4')).toBe(false);
    expect(catalog.machineFamily('n2d-standard-8')).toEqual({ prefix: 'n2d', accelerators: 'none', source: 'https://example.com/acme/platform-review', read: '2026-12-01' });
    expect(catalog.data.machineFamilies).toHaveLength(vertex.machineFamilies.length + 1);
    // A known entry changes field by field; the file is its source.
    expect(catalog.accelerator('NVIDIA_TESLA_T4')).toEqual({ ...vertex.accelerators.find((a) => a.id === 'NVIDIA_TESLA_T4'), regions: ['us-central1', 'me-west1'], source: file, read: 'unknown' });
    expect(catalog.machineAccelerators('n1-standard-8')).toEqual({ NVIDIA_TESLA_T4: [1, 2] });
    expect(catalog.machineAccelerators('n1-standard-4')).toEqual(Catalog.default().vertex.machineAccelerators('n1-standard-4'));
    expect(catalog.builtInAccelerator('g2-standard-64')).toEqual({ type: 'NVIDIA_L4', count: 6 });
    expect(catalog.disk).toEqual({ ...vertex.disk, maxSizeGb: 32000, source: file, read: 'unknown' });
    expect(catalog.prebuiltImages.tag).toBe('20261201');
    expect(catalog.prebuiltImages.registries).toEqual(vertex.prebuiltImages.registries);
    expect(catalog.prebuiltImages.images).toHaveLength(vertex.prebuiltImages.images.length + 1);
    expect(catalog.findPrebuiltImage('tensorflow', '2.18', '3.11', 'gpu')).toMatchObject({ image: 'tf-gpu.2-18.py311', source: file });
    // The ML Engine facts are untouched, and so is the built-in Vertex catalog.
    expect(loadCatalogFile(file).data.accelerators).toEqual(base.accelerators);
    expect(Catalog.default().vertex.isTrainingRegion('europe-west4')).toBe(true);
  });

  test('a file without a vertex section keeps the built-in Vertex facts', () => {
    expect(loadCatalogFile(tempFile('c.yaml', 'version: x\n')).vertex.data).toEqual(vertex);
  });

  test('bad Vertex values, each one line naming the place', () => {
    const cases: [unknown, string][] = [
      [{ vertex: { machineAccelerators: [{ machineType: 'n1-standard-8', counts: { NVIDIA_TESLA_T4: 4 } }] } }, 'vertex.machineAccelerators[0].counts.NVIDIA_TESLA_T4: expected an array of numbers'],
      [{ vertex: { machineFamilies: [{ prefix: 'n2d' }] } }, 'vertex.machineFamilies[0].accelerators: required (prefix "n2d" is new)'],
      [{ vertex: { machineFamilies: [{ prefix: 'n2d', accelerators: 'some' }] } }, 'vertex.machineFamilies[0].accelerators: expected "attachable", "fixed", "none" or "tpu"'],
      [{ vertex: { accelerators: [{ id: 'NVIDIA_L5' }] } }, 'vertex.accelerators[0].kind: required (id "NVIDIA_L5" is new)'],
      [{ vertex: { accelerators: [{ regions: ['us-central1'] }] } }, 'vertex.accelerators[0].id: required'],
      [{ vertex: { prebuiltImages: { images: [{ image: 'tf-gpu.2-18', framework: 'tensorflow', frameworkVersion: 2.18, pythonVersion: '3.11', accelerator: 'gpu' }] } } }, 'vertex.prebuiltImages.images[0].frameworkVersion: expected a string; quote versions ("2.18"): YAML reads 2.10 as the number 2.1'],
      [{ vertex: { prebuiltImages: { images: [{ image: 'tf-gpu.2-18' }] } } }, 'vertex.prebuiltImages.images[0].framework: required (image "tf-gpu.2-18" is new) (and 3 more problems)'],
      [{ vertex: { trainingRegions: ['us-central1'] } }, 'vertex.trainingRegions: expected a mapping'],
      [{ vertex: { disk: { maxSizeGb: 0 } } }, 'vertex.disk.maxSizeGb: expected a number > 0'],
      [{ vertex: { tpus: {} } }, 'vertex.tpus: unknown field (did you mean tpu?)'],
      [{ vertex: [] }, 'vertex: expected a mapping'],
    ];
    for (const [override, expected] of cases) {
      expect(errorOf(() => mergeCatalog(base, override, 'c.yaml')).message).toBe(`c.yaml: ${expected}`);
    }
  });
});

/** `text` escaped for a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
