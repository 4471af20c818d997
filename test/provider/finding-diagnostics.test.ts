import { customJobSchema, jobSchema } from '../../src/model/provider-schema';
import { formatAttributePath } from '../../src/provider/attribute-paths';
import { findingDiagnostics } from '../../src/provider/finding-diagnostics';
import { Finding } from '../../src/rules/rule';

const finding = (severity: Finding['severity'], path: string, message: string, fix?: string): Finding =>
  ({ ruleId: 'MLJ-TEST-001', severity, path, message, ...(fix ? { fix } : {}), source: 'https://example.com/doc' });

describe('findingDiagnostics', () => {
  test('errors and warnings become diagnostics on their attribute; infos are left to mljob check', () => {
    // WHEN
    const diagnostics = findingDiagnostics([
      finding('error', 'trainingInput.masterConfig.acceleratorConfig.count', 'trainingInput.masterConfig.acceleratorConfig.count is 3; allowed: 1, 2, 4 or 8.', 'Use 4.'),
      finding('warning', 'trainingInput.runtimeVersion', 'trainingInput.runtimeVersion is "2.1", past its end of support (2025-01-31).'),
      finding('info', 'trainingInput.region', 'trainingInput.region is not in the file.'),
    ], jobSchema());

    // THEN
    expect(diagnostics.map((d) => [d.severity, d.summary, formatAttributePath(d.attribute?.steps ?? [])])).toEqual([
      ['ERROR', 'MLJ-TEST-001: trainingInput.masterConfig.acceleratorConfig.count is 3', 'training_input[0].master_config[0].accelerator_config[0].count'],
      ['WARNING', 'MLJ-TEST-001: trainingInput.runtimeVersion is "2.1", past its end of support (2025-01-31)', 'training_input[0].runtime_version'],
    ]);
    expect(diagnostics[0].detail).toBe('trainingInput.masterConfig.acceleratorConfig.count is 3; allowed: 1, 2, 4 or 8.\n\nUse 4.\n\nRule MLJ-TEST-001 (mljob explain MLJ-TEST-001); source: https://example.com/doc');
  });

  test('list indexes in brackets, as the rules of both resource types write them, reach the list item', () => {
    const [ml] = findingDiagnostics([finding('error', 'trainingInput.hyperparameters.params[1].categoricalValues[0]', 'x is 64; it must be a string.')], jobSchema());
    const [vertex] = findingDiagnostics([finding('error', 'jobSpec.workerPoolSpecs[1].machineSpec.machineType', 'x.')], customJobSchema());
    expect(formatAttributePath(ml.attribute!.steps)).toBe('training_input[0].hyperparameters[0].params[1].categorical_values[0]');
    expect(formatAttributePath(vertex.attribute!.steps)).toMatch(/^job_spec\[0\]\.worker_pool_specs\[1\]\.machine_spec\[0\]\.machine_type$/);
  });

  test('a long first sentence is cut for the one-line summary', () => {
    const [long] = findingDiagnostics([finding('error', '', `${'a'.repeat(300)}.`)], jobSchema());
    expect(long.summary).toBe(`MLJ-TEST-001: ${'a'.repeat(197)}...`);
    expect(long.attribute).toBeUndefined();
  });
});
