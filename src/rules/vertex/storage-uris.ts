import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

// gs://bucket[/object]: bucket names are 3-222 characters of lowercase letters, digits, dots, dashes and underscores.
const GCS_URI = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}[a-z0-9](\/.*)?$/;

/** Package URIs and the output directory are Cloud Storage URIs. */
export const STORAGE_URIS: CustomJobRule = {
  id: 'MLJ-VERTEX-014',
  severity: 'error',
  kind: 'api',
  summary: 'pythonPackageSpec.packageUris and jobSpec.baseOutputDirectory.outputUriPrefix are Cloud Storage URIs (gs://bucket/path).',
  rationale: 'Vertex AI reads packages from and writes outputs to Cloud Storage only; a local path, an https:// URL or a bare bucket name fails.',
  source: VERTEX_SOURCES.customJobSpec,
  check(job) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const uris: unknown = entry.pool.pythonPackageSpec?.packageUris;
      if (!Array.isArray(uris) || isUnknown(uris)) continue;
      uris.forEach((uri: unknown, index: number) => {
        const path = `${entry.path}.pythonPackageSpec.packageUris[${index}]`;
        const violation = checkUri(path, uri);
        if (violation) violations.push(violation);
      });
    }
    const output: unknown = (job as { jobSpec?: { baseOutputDirectory?: unknown } }).jobSpec?.baseOutputDirectory;
    if (output !== undefined && output !== null && !isUnknown(output)) {
      if (typeof output === 'string') {
        violations.push({ path: 'jobSpec.baseOutputDirectory', message: `jobSpec.baseOutputDirectory is the string ${show(output)}; it is an object.`, fix: `Write baseOutputDirectory: { outputUriPrefix: ${show(output)} }.` });
      } else if (typeof output === 'object') {
        const prefix: unknown = (output as { outputUriPrefix?: unknown }).outputUriPrefix;
        const path = 'jobSpec.baseOutputDirectory.outputUriPrefix';
        if (prefix === undefined || prefix === null || prefix === '') violations.push({ path, message: `${path} is not set; give the gs:// directory for the job's outputs.` });
        else {
          const violation = checkUri(path, prefix);
          if (violation) violations.push(violation);
        }
      }
    }
    return violations;
  },
};

function checkUri(path: string, uri: unknown): Violation | undefined {
  if (isUnknown(uri)) return undefined;
  const text = knownString(uri);
  if (text === undefined) return { path, message: `${path} is ${show(uri)}; it must be a gs:// URI.` };
  if (GCS_URI.test(text)) return undefined;
  const https = /^https:\/\/storage\.(?:cloud\.)?googleapis\.com\/(.+)$/.exec(text);
  return {
    path,
    message: `${path} is ${show(text)}; it must be a Cloud Storage URI such as gs://my-bucket/path.`,
    ...(https ? { fix: `Write "gs://${https[1]}".` } : text.startsWith('gs:/') ? {} : /^[a-z0-9][a-z0-9._-]+\//.test(text) ? { fix: `Write "gs://${text}".` } : {}),
  };
}
