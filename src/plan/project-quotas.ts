import { Catalog } from '../catalog/catalog';
import { QuotaFacts } from '../catalog/catalog-types';
import { CatalogFileError } from '../catalog/catalog-file-error';
import { mergeCatalog, readCatalogDocument } from '../catalog/load-catalog';
import { ownValue } from '../model/own-value';
import { isPlainObject } from '../model/plain-object';

/** One quota limit and whether the user's quota file stated it (else it is the catalog's unconfirmed default). */
export interface QuotaLimit {
  readonly limit: number;
  readonly fromUser: boolean;
}

/** The quotas the simulation uses: the catalog's defaults, overridden by what the user's quota file states. */
export interface ProjectQuotas {
  readonly defaults: QuotaFacts;
  /** The quota file's own values (validated), if a file was given. */
  readonly user?: Partial<QuotaFacts>;
  /** The file the user's values came from. */
  readonly file?: string;
  /** Where the quotas mapping stands in that file: `quotas.` under the `quotas:` key, `` at the root. */
  readonly fieldPrefix?: string;
}

/** The quotas of the catalog alone. */
export function defaultQuotas(catalog: Catalog): ProjectQuotas {
  return { defaults: catalog.quotas };
}

/**
 * Reads a quota file: YAML or JSON in the catalog's `quotas` format, with or without the `quotas:` key at the root.
 *
 * ```yaml
 * quotas:
 *   vcpusPerProject: 450
 *   vcpusPerRegion: { us-central1: 450 }
 *   acceleratorsPerRegion:
 *     us-central1: { NVIDIA_TESLA_V100: 16, NVIDIA_TESLA_T4: 8 }
 * ```
 *
 * Throws `CatalogFileError` (one line naming the file, the field and the problem).
 */
export function loadQuotaFile(file: string, catalog: Catalog): ProjectQuotas {
  const document = readCatalogDocument(file);
  if (document === null || document === undefined) throw new CatalogFileError(file, 'the file is empty; expected a quotas mapping');
  const wrapped = isPlainObject(document) && 'quotas' in document ? document : { quotas: document };
  if (!isPlainObject(wrapped) || Object.keys(wrapped).some((key) => key !== 'quotas')) {
    throw new CatalogFileError(file, 'expected only a quotas mapping (acceleratorsPerRegion, vcpusPerRegion, vcpusPerProject)');
  }
  const fieldPrefix = wrapped === document ? 'quotas.' : '';
  // Validate through the catalog's own schema, so a quota file and a catalog file's quotas read the same.
  try {
    mergeCatalog(catalog.data, wrapped, file);
  } catch (error) {
    // Errors name the file's own path: a file without the `quotas:` key has no `quotas.` in it.
    if (!fieldPrefix && error instanceof CatalogFileError && error.location?.startsWith('quotas.')) {
      throw new CatalogFileError(file, error.problem, { path: error.location.slice('quotas.'.length) });
    }
    throw error;
  }
  return { defaults: catalog.quotas, user: wrapped.quotas as Partial<QuotaFacts>, file, fieldPrefix };
}

/** The accelerator quota of `type` in `region`, if any is known (`region` and `type` are the job's: own keys only). */
export function acceleratorQuota(quotas: ProjectQuotas, region: string, type: string): QuotaLimit | undefined {
  const user = ownValue(ownValue(quotas.user?.acceleratorsPerRegion, region), type);
  if (user !== undefined) return { limit: user, fromUser: true };
  const fallback = ownValue(ownValue(quotas.defaults.acceleratorsPerRegion, region), type);
  return fallback === undefined ? undefined : { limit: fallback, fromUser: false };
}

/** The training vCPU quota of `region`, if any is known. */
export function regionVcpuQuota(quotas: ProjectQuotas, region: string): QuotaLimit | undefined {
  const user = ownValue(quotas.user?.vcpusPerRegion, region);
  if (user !== undefined) return { limit: user, fromUser: true };
  const fallback = ownValue(quotas.defaults.vcpusPerRegion, region);
  return fallback === undefined ? undefined : { limit: fallback, fromUser: false };
}

/** The project-wide training vCPU quota, if any is known. */
export function projectVcpuQuota(quotas: ProjectQuotas): QuotaLimit | undefined {
  const user = quotas.user?.vcpusPerProject;
  if (user !== undefined) return { limit: user, fromUser: true };
  const fallback = quotas.defaults.vcpusPerProject;
  return fallback === undefined ? undefined : { limit: fallback, fromUser: false };
}
