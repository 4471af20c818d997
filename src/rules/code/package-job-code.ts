import { Rule, Violation } from '../rule';
import { SOURCES } from '../sources';
import { knownList, masterImageOf, missingField } from '../values';

const MAX_PACKAGE_URIS = 100;

/** A job without a custom container names its Python packages (at most 100) and the module to run. */
export const PACKAGE_JOB_CODE: Rule = {
  id: 'MLJ-CODE-002',
  severity: 'error',
  kind: 'api',
  appliesTo: 'training',
  summary: 'Without masterConfig.imageUri, trainingInput.packageUris (1 to 100) and trainingInput.pythonModule are set.',
  rationale: 'A package job has nothing to run without packages and a module ("Non-custom jobs must have packages").',
  source: SOURCES.trainingInput,
  check(job, ctx) {
    const input = job.trainingInput;
    if (!input) return [];
    const violations: Violation[] = [];
    const uris = knownList<string>(input.packageUris);
    if (uris && uris.length > MAX_PACKAGE_URIS) {
      violations.push({ path: 'trainingInput.packageUris', message: `trainingInput.packageUris has ${uris.length} entries; at most ${MAX_PACKAGE_URIS} are allowed.` });
    }
    const image = masterImageOf(input);
    const noPackage = input.packageUris === undefined || input.packageUris === null || (Array.isArray(input.packageUris) && input.packageUris.length === 0);
    if (ctx.completeness === 'complete' && typeof image === 'string' && image.trim() === '' && noPackage) {
      // The API reads an empty string as not set: the job runs neither a container nor a package.
      violations.push({
        path: 'trainingInput.masterConfig.imageUri',
        message: 'trainingInput.masterConfig.imageUri is empty, which the API reads as not set; the job has neither a container image nor Python packages to run.',
        fix: 'Name the container image, e.g. gcr.io/my-project/trainer:1 (or remove imageUri and set packageUris and pythonModule).',
      });
      return violations;
    }
    if (image !== undefined && image !== null) return violations;
    if (input.packageUris === undefined || input.packageUris === null || (uris && uris.length === 0 && Array.isArray(input.packageUris) && input.packageUris.length === 0)) {
      violations.push(missingField(ctx, 'trainingInput.packageUris', 'trainingInput.packageUris is empty; a job without masterConfig.imageUri needs the gs:// URIs of its Python packages.', '--package-path or --packages'));
    }
    if (input.pythonModule === undefined || input.pythonModule === null || input.pythonModule === '') {
      violations.push(missingField(ctx, 'trainingInput.pythonModule', 'trainingInput.pythonModule is not set; a job without masterConfig.imageUri needs the module to run, e.g. trainer.task.', '--module-name'));
    }
    return violations;
  },
};
