import { customJobStatements } from '../../../src/import/codegen/custom-job-statements';

const input = {
  displayName: 'train',
  jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'n1-standard-8' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/t:1', args: ['--out=${AIP_MODEL_DIR}'] } }] },
};

describe('customJobStatements', () => {
  test('the L2 construct, its location, an import block for a job with an id; literal ${ escaped for Terraform', () => {
    const statements = customJobStatements({ input, strings: 'literal', location: 'us-central1', id: '42', variable: 'train', constructId: 'train', notes: ['from a.json'], findings: [] });
    expect(statements).toMatchObject({ className: 'VertexCustomJob', usesImportId: true, errors: 0, overrides: [] });
    expect(statements.lines.join('\n')).toContain("location: 'us-central1',");
    expect(statements.lines.join('\n')).toContain("args: ['--out=$${AIP_MODEL_DIR}']");
    expect(statements.lines[statements.lines.length - 1]).toBe("    train.resource.importFrom(customJobImportId(project, 'us-central1', '42'));");
  });

  test('without an id or a location there is no import block; rule findings are comments', () => {
    const statements = customJobStatements({
      input, strings: 'literal', variable: 'train', constructId: 'train', notes: [],
      findings: [{ ruleId: 'MLJ-VERTEX-010', severity: 'error', path: 'displayName', message: 'm.', source: 's' }],
    });
    expect(statements.usesImportId).toBe(false);
    expect(statements.errors).toBe(1);
    expect(statements.lines[0]).toBe('    // MLJ-VERTEX-010 (error) displayName: m.');
  });
});
