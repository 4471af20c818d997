/**
 * Rule fixtures on both sides for every Vertex rule (VERTEX_RULES), each citing its source:
 *
 * - compliant: at least one config of the real-world corpus (test/fixtures/vertex/real) that has what the rule checks
 *   (the `has` text is in the file) and passes it: no warning or error of the rule (an info says how it was read);
 * - non-compliant: at least one config with one mistake (test/fixtures/vertex/invalid) that the rule reports, at the
 *   severity the table says, while no other rule reports an error;
 * - every fixture has a README row in its corpus that gives its source, and the rows of the invalid ones name their
 *   rule and a URL.
 */
import * as fs from 'fs';
import * as path from 'path';
import { VERTEX_RULES } from '../../../src/rules/vertex/all-vertex-rules';
import { Severity } from '../../../src/rules/rule';
import { INVALID, LOCATIONS, REAL, corpusFiles, corpusFindings, showFinding } from './vertex-corpus';

/** The compliant fixtures of each rule: a real config and the text that shows it has what the rule checks. */
const COMPLIANT: Readonly<Record<string, ReadonlyArray<{ readonly file: string; readonly has: string }>>> = {
  'MLJ-VERTEX-001': [{ file: 'gcloud/configure-compute-gpu-mapping.yaml', has: 'workerPoolSpecs:' }, { file: 'describe/failed-empty-skipped-pools.yaml', has: '- {}' }],
  'MLJ-VERTEX-002': [{ file: 'gcloud/reduction-server-v100-list.yaml', has: 'replicaCount: 1' }, { file: 'sdk/mlops-worker-pool-specs-string-count.yaml', has: 'replica_count: "1"' }],
  'MLJ-VERTEX-003': [{ file: 'gcloud/a2-ultragpu-1g-package-env.yaml', has: 'pythonPackageSpec' }, { file: 'rest/create-custom-job-t4.json', has: 'containerSpec' }],
  'MLJ-VERTEX-004': [{ file: 'rest/two-pools-e2-europe-north1.json', has: 'e2-standard-32' }],
  'MLJ-VERTEX-005': [{ file: 'rest/create-custom-job-t4.json', has: 'acceleratorCount' }, { file: 'sdk/sdk-prepare-specs-unspecified-accelerator.json', has: 'ACCELERATOR_TYPE_UNSPECIFIED' }],
  'MLJ-VERTEX-006': [{ file: 'gcloud/flowers-gpus-one-machine.yaml', has: 'acceleratorCount: 2' }, { file: 'rest/psc-interface-g2-96.json', has: 'g2-standard-96' }],
  'MLJ-VERTEX-007': [{ file: 'rest/create-custom-job-t4.json', has: 'NVIDIA_TESLA_T4' }, { file: 'gcloud/reduction-server-v100-list.yaml', has: 'NVIDIA_TESLA_V100' }],
  'MLJ-VERTEX-008': [{ file: 'gcloud/tpu-v3-pod-32.yaml', has: 'TPU_V3' }, { file: 'gcloud/configure-compute-tpu-v5e-4x4.yaml', has: 'tpuTopology' }],
  'MLJ-VERTEX-009': [{ file: 'gcloud/configure-compute-boot-disk.yaml', has: 'bootDiskSizeGb' }],
  'MLJ-VERTEX-010': [{ file: 'rest/create-custom-job-t4.json', has: 'displayName' }],
  'MLJ-VERTEX-011': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: 'labels' }],
  'MLJ-VERTEX-012': [{ file: 'gcloud/a3-ultragpu-h200-reservation.yaml', has: 'timeout: 604800s' }],
  'MLJ-VERTEX-013': [{ file: 'gcloud/a2-ultragpu-1g-package-env.yaml', has: 'env:' }, { file: 'sdk/gapic-tpu-v3-disk-env.json', has: '"env"' }],
  'MLJ-VERTEX-014': [{ file: 'gcloud/t4-package-base-output-dir.yaml', has: 'baseOutputDirectory' }, { file: 'rest/vpc-cmek-service-account-labels.json', has: 'packageUris' }],
  'MLJ-VERTEX-015': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: 'executorImageUri' }],
  'MLJ-VERTEX-016': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: '/global/networks/' }],
  'MLJ-VERTEX-017': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: 'kmsKeyName' }],
  'MLJ-VERTEX-018': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: 'serviceAccount' }],
  'MLJ-VERTEX-019': [{ file: 'rest/snake-case-field-names.json', has: 'worker_pool_specs' }, { file: 'rest/create-custom-job-t4.json', has: 'workerPoolSpecs' }],
  // Fields of the REST API that the Terraform schema does not model (reservationAffinity) are fields all the same.
  'MLJ-VERTEX-020': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: 'tensorboard' }, { file: 'gcloud/a3-ultragpu-h200-reservation.yaml', has: 'reservationAffinity' }, { file: 'sdk/gapic-tpu-v3-disk-env.json', has: 'boot_disk_size_gb' }],
  'MLJ-VERTEX-021': [{ file: 'gcloud/dws-flex-start.yaml', has: 'maxWaitDuration: 1800s' }, { file: 'gcloud/spot-vms-l4.yaml', has: 'strategy: SPOT' }, { file: 'rest/a3mega-nemo-spot-web-access.json', has: '"SPOT"' }],
  'MLJ-VERTEX-022': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: '/tensorboards/' }, { file: 'rest/vpc-cmek-service-account-labels.json', has: '"experimentRun"' }],
  'MLJ-VERTEX-023': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: '"reservedIpRanges": ["vertex-ai-range"]' }],
  'MLJ-VERTEX-024': [{ file: 'rest/vpc-cmek-service-account-labels.json', has: '"serviceAccount"' }],
  'MLJ-VERTEX-025': [{ file: 'rest/nfs-mount-filestore.json', has: '"nfsMounts"' }],
  'MLJ-VERTEX-026': [{ file: 'rest/persistent-resource-a100.json', has: '"persistentResourceId"' }],
  'MLJ-VERTEX-027': [{ file: 'rest/psc-interface-g2-96.json', has: '"pscInterfaceConfig"' }],
  'MLJ-VERTEX-028': [{ file: 'rest/psc-interface-g2-96.json', has: '"disableRetries": true' }],
};

/** The non-compliant fixtures: the rule that must report the one mistake, its severity, and the job's region. */
const NON_COMPLIANT: Readonly<Record<string, { readonly rule: string; readonly severity: Severity; readonly location?: string }>> = {
  'rest/worker-pool-specs-mapping.json': { rule: 'MLJ-VERTEX-001', severity: 'error' },
  'gcloud/primary-replica-count-4.yaml': { rule: 'MLJ-VERTEX-002', severity: 'error' },
  'rest/container-and-python-package.json': { rule: 'MLJ-VERTEX-003', severity: 'error' },
  'gcloud/pool-without-machine-spec.yaml': { rule: 'MLJ-VERTEX-004', severity: 'error' },
  'gcloud/accelerator-gcloud-flag-spelling.yaml': { rule: 'MLJ-VERTEX-005', severity: 'error' },
  'gcloud/v100-count-3.yaml': { rule: 'MLJ-VERTEX-006', severity: 'error' },
  'rest/v100-in-us-east1.json': { rule: 'MLJ-VERTEX-007', severity: 'warning', location: 'us-east1' },
  'rest/tpu-v3-on-n1.json': { rule: 'MLJ-VERTEX-008', severity: 'error' },
  'gcloud/boot-disk-size-with-unit.yaml': { rule: 'MLJ-VERTEX-009', severity: 'error' },
  'rest/missing-display-name.json': { rule: 'MLJ-VERTEX-010', severity: 'error' },
  'rest/label-uppercase.json': { rule: 'MLJ-VERTEX-011', severity: 'error' },
  'gcloud/timeout-2h.yaml': { rule: 'MLJ-VERTEX-012', severity: 'error' },
  'gcloud/env-name-dash.yaml': { rule: 'MLJ-VERTEX-013', severity: 'error' },
  'gcloud/package-uri-local-path.yaml': { rule: 'MLJ-VERTEX-014', severity: 'error' },
  'gcloud/executor-image-past-availability.yaml': { rule: 'MLJ-VERTEX-015', severity: 'warning' },
  'rest/network-short-name.json': { rule: 'MLJ-VERTEX-016', severity: 'error' },
  'rest/kms-key-without-location.json': { rule: 'MLJ-VERTEX-017', severity: 'error' },
  'gcloud/service-account-name-only.yaml': { rule: 'MLJ-VERTEX-018', severity: 'error' },
  'gcloud/snake-case-field-names.yaml': { rule: 'MLJ-VERTEX-019', severity: 'warning' },
  'gcloud/worker-pool-spec-singular.yaml': { rule: 'MLJ-VERTEX-020', severity: 'warning' },
  'gcloud/max-wait-duration-30m.yaml': { rule: 'MLJ-VERTEX-021', severity: 'error' },
  'rest/tensorboard-id-only.json': { rule: 'MLJ-VERTEX-022', severity: 'error' },
  'rest/reserved-ip-range-cidr.json': { rule: 'MLJ-VERTEX-023', severity: 'error' },
  'rest/tensorboard-without-service-account.json': { rule: 'MLJ-VERTEX-024', severity: 'warning' },
  'rest/nfs-path-relative.json': { rule: 'MLJ-VERTEX-025', severity: 'error' },
  'rest/persistent-resource-name.json': { rule: 'MLJ-VERTEX-026', severity: 'error' },
  'rest/dns-peering-domain-without-dot.json': { rule: 'MLJ-VERTEX-027', severity: 'error' },
  'rest/disable-retries-with-restart.json': { rule: 'MLJ-VERTEX-028', severity: 'warning' },
};

/** The README row of `file` (a table line naming it in backquotes), or undefined. */
function readmeRow(root: string, file: string): string | undefined {
  return fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').find((line) => line.startsWith('|') && line.includes(`\`${file}\``));
}

/** The last cell of a README row: its source. */
function sourceCell(row: string): string {
  const cells = row.split('|').map((cell) => cell.trim()).filter(Boolean);
  return cells[cells.length - 1] ?? '';
}

describe('Vertex rule fixtures: both sides for every rule', () => {
  test('every Vertex rule has a compliant and a non-compliant fixture; the tables name only rules and files that exist', () => {
    const ids = VERTEX_RULES.map((rule) => rule.id);
    expect(Object.keys(COMPLIANT).sort()).toEqual([...ids].sort());
    expect([...new Set(Object.values(NON_COMPLIANT).map((row) => row.rule))].sort()).toEqual([...ids].sort());
    expect(Object.keys(NON_COMPLIANT).sort()).toEqual(corpusFiles(INVALID));
    for (const rows of Object.values(COMPLIANT)) for (const { file } of rows) expect(corpusFiles(REAL)).toContain(file);
  });

  test('every fixture cites its source in its corpus README, and each non-compliant row names its rule', () => {
    const problems: string[] = [];
    for (const [file, { rule }] of Object.entries(NON_COMPLIANT)) {
      const row = readmeRow(INVALID, file);
      if (!row) problems.push(`invalid/${file}: no README row`);
      else if (!row.includes(rule)) problems.push(`invalid/${file}: the row does not name ${rule}`);
      else if (!/https:\/\//.test(row)) problems.push(`invalid/${file}: the row gives no URL`);
    }
    for (const file of new Set(Object.values(COMPLIANT).flat().map((row) => row.file))) {
      const row = readmeRow(REAL, file);
      if (!row) problems.push(`real/${file}: no README row`);
      else if (sourceCell(row).length < 20) problems.push(`real/${file}: the row names no source`);
    }
    expect(problems).toEqual([]);
  });

  describe.each(VERTEX_RULES.map((rule) => [rule.id, rule.summary] as const))('%s', (id) => {
    test.each(COMPLIANT[id].map((row) => [row.file, row.has] as const))('compliant: real/%s has %j and no warning or error of the rule', (file, has) => {
      // GIVEN a real config with what the rule checks
      expect(fs.readFileSync(path.join(REAL, file), 'utf8')).toContain(has);

      // WHEN it is checked
      const findings = corpusFindings(REAL, file, LOCATIONS[file]);

      // THEN the rule finds nothing wrong, and no rule reports an error
      expect(findings.filter((f) => (f.ruleId === id && f.severity !== 'info') || f.severity === 'error').map(showFinding)).toEqual([]);
    });

    const nonCompliant = Object.entries(NON_COMPLIANT).filter(([, row]) => row.rule === id);
    test.each(nonCompliant)('non-compliant: invalid/%s is reported by the rule and by no other error', (file, { severity, location }) => {
      // GIVEN a config with one mistake
      // WHEN it is checked (in us-central1 unless the table says otherwise)
      const findings = corpusFindings(INVALID, file, location ?? 'us-central1');

      // THEN the rule reports it at its severity, and no other rule reports an error
      expect({
        intended: findings.some((f) => f.ruleId === id && f.severity === severity),
        otherErrors: findings.filter((f) => f.ruleId !== id && f.severity === 'error').map(showFinding),
        crashes: findings.filter((f) => /could not check/.test(f.message)).map(showFinding),
      }).toEqual({ intended: true, otherErrors: [], crashes: [] });
    });
  });
});
