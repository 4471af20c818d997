import { Catalog } from '../../src/catalog/catalog';
import { Job } from '../../src/model/job';
import { buildPlan } from '../../src/plan/build-plan';
import { loadQuotaFile } from '../../src/plan/project-quotas';
import { unusedQuotaHints } from '../../src/plan/quota-hints';
import { desiredJob, tempDir, writeFile } from './plan-test-helpers';

const catalog = Catalog.default();

/** A training job in `region` with `gpus` V100 on its n1-standard-8 master. */
function v100Job(jobId: string, region = 'us-central1', gpus = 4): Job {
  return {
    jobId,
    trainingInput: {
      region,
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/p/trainer:1', acceleratorConfig: { type: 'NVIDIA_TESLA_V100', count: gpus } },
      scheduling: { maxRunningTime: '7200s' },
    },
  };
}

/** The hints of a plan of `jobs` against the quota file `text`. */
function hintsOf(text: string, jobs: Job[], name = 'quotas.yaml'): string[] {
  const quotas = loadQuotaFile(writeFile(tempDir(), name, text), catalog);
  const plan = buildPlan({ desired: jobs.map((job) => desiredJob(job.jobId, job)), stacks: ['vision'], catalog, quotas, today: '2026-11-24' });
  return unusedQuotaHints(plan, quotas).map((hint) => hint.replace(/^.*quotas\.yaml: /, 'quotas.yaml: '));
}

describe('unusedQuotaHints: a quota no job draws on, close to one the plan takes from the catalog', () => {
  test('a misspelt accelerator type names the quota it most likely meant', () => {
    // GIVEN a job with V100 in us-central1 and a quota file that spells the type wrong
    const hints = hintsOf('quotas:\n  acceleratorsPerRegion:\n    us-central1: { NVIDIA_TESLA_V10: 16 }\n', [v100Job('a')]);

    // THEN
    expect(hints).toEqual(['quotas.yaml: quotas.acceleratorsPerRegion.us-central1.NVIDIA_TESLA_V10: no job draws on this quota; did you mean NVIDIA_TESLA_V100 in us-central1? The plan takes that one from the catalog\'s defaults']);
  });

  test('a misspelt region, for accelerators and vCPUs, in a file without the quotas: key', () => {
    const hints = hintsOf('acceleratorsPerRegion:\n  us-centrall1: { NVIDIA_TESLA_V100: 16 }\nvcpusPerRegion:\n  us-centrall1: 64\n', [v100Job('a')]);
    expect(hints).toEqual([
      'quotas.yaml: acceleratorsPerRegion.us-centrall1.NVIDIA_TESLA_V100: no job draws on this quota; did you mean NVIDIA_TESLA_V100 in us-central1? The plan takes that one from the catalog\'s defaults',
      'quotas.yaml: vcpusPerRegion.us-centrall1: no job draws on this quota; did you mean vCPUs in us-central1? The plan takes that one from the catalog\'s defaults',
    ]);
  });

  test('no hint for quotas in use, for quotas of other regions or types, or when the near quota is the file\'s own', () => {
    expect(hintsOf('acceleratorsPerRegion:\n  us-central1: { NVIDIA_TESLA_V100: 16 }\n', [v100Job('a')])).toEqual([]);
    expect(hintsOf('acceleratorsPerRegion:\n  europe-west4: { NVIDIA_TESLA_V100: 16 }\n  us-central1: { NVIDIA_TESLA_T4: 4 }\n', [v100Job('a')])).toEqual([]);
    expect(hintsOf('acceleratorsPerRegion:\n  us-central1: { NVIDIA_TESLA_V100: 16, NVIDIA_TESLA_V10: 2 }\n', [v100Job('a')])).toEqual([]);
    expect(hintsOf('acceleratorsPerRegion:\n  us-central1: { NVIDIA_TESLA_V10: 16 }\n', [])).toEqual([]);
  });
});
