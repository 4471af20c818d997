import * as fs from 'fs';
import { schemaFile, SchemaBlock } from '../model/provider-schema';
import { attributePath, Diagnostic, errorDiagnostic } from './diagnostics';
import { isUnknown, TerraformObject } from './terraform-value';

/** The provider's settings after ConfigureProvider: the provider block, then the environment, then defaults. */
export interface ProviderSettings {
  /** The default project of jobs that name none. */
  readonly project?: string;
  /** The default region (informational: every job names its region). */
  readonly region?: string;
  /** A fixed OAuth access token; Application Default Credentials otherwise. */
  readonly accessToken?: string;
  /** The API base URL, ending in `/`. */
  readonly endpoint: string;
  /** The Vertex AI base URL, ending in `/`; undefined for the regional endpoint of each job's location. */
  readonly vertexEndpoint?: string;
  /** The limit of one HTTP request, in milliseconds. */
  readonly requestTimeoutMs: number;
}

/** The API base URL of ML Engine v1, the google provider's default for `ml_engine_custom_endpoint`. */
export const DEFAULT_ENDPOINT = 'https://ml.googleapis.com/v1/';
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

/** Environment variables read for unset settings, in order (the names the google provider reads). */
const ENVIRONMENT: { readonly [setting: string]: readonly string[] } = {
  project: ['GOOGLE_PROJECT', 'GOOGLE_CLOUD_PROJECT', 'GCLOUD_PROJECT', 'CLOUDSDK_CORE_PROJECT'],
  region: ['GOOGLE_REGION', 'GCLOUD_REGION', 'CLOUDSDK_COMPUTE_REGION'],
  access_token: ['GOOGLE_OAUTH_ACCESS_TOKEN'],
  ml_engine_custom_endpoint: ['GOOGLE_ML_ENGINE_CUSTOM_ENDPOINT'],
  vertex_ai_custom_endpoint: ['GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT'],
};

const PROVIDER_SCHEMA_FILE = 'mljobs_provider.json';
/** The provider's source address: `terraform.local/cdktf-gcp-ml-jobs/mljobs`, local name `mljobs`. */
export const PROVIDER_SOURCE = 'terraform.local/cdktf-gcp-ml-jobs/mljobs';

let cachedSchema: SchemaBlock | undefined;

/** The provider block's schema, from `schema/mljobs_provider.json` (the L1 provider class is generated from it). */
export function providerSchema(): SchemaBlock {
  if (!cachedSchema) {
    const document = JSON.parse(fs.readFileSync(schemaFile(PROVIDER_SCHEMA_FILE), 'utf8'));
    cachedSchema = document.provider_schemas[PROVIDER_SOURCE].provider.block as SchemaBlock;
  }
  return cachedSchema;
}

/**
 * Checks a provider block (ValidateProviderConfig): unknown values are accepted (they are known at apply), known ones
 * must be well-formed.
 */
export function validateProviderConfig(config: TerraformObject | null): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!config) return diagnostics;
  const endpoint = config.ml_engine_custom_endpoint;
  if (typeof endpoint === 'string' && endpointProblem(endpoint)) {
    diagnostics.push(errorDiagnostic('Invalid ml_engine_custom_endpoint', `${endpointProblem(endpoint)}: ${JSON.stringify(endpoint)}. Use a URL such as https://ml.googleapis.com/v1/ or http://127.0.0.1:8080/v1/.`, attributePath('ml_engine_custom_endpoint')));
  }
  const vertexEndpoint = config.vertex_ai_custom_endpoint;
  if (typeof vertexEndpoint === 'string' && endpointProblem(vertexEndpoint)) {
    diagnostics.push(errorDiagnostic('Invalid vertex_ai_custom_endpoint', `${endpointProblem(vertexEndpoint)}: ${JSON.stringify(vertexEndpoint)}. Use a URL such as https://us-central1-aiplatform.googleapis.com/v1/ or http://127.0.0.1:8080/v1/.`, attributePath('vertex_ai_custom_endpoint')));
  }
  const timeout = config.request_timeout;
  if (typeof timeout === 'string' && parseDuration(timeout) === undefined) {
    diagnostics.push(errorDiagnostic('Invalid request_timeout', `${JSON.stringify(timeout)} is not a duration; use a number with a unit, such as 120s, 2m or 1m30s.`, attributePath('request_timeout')));
  }
  for (const name of ['project', 'access_token']) {
    if (config[name] === '') diagnostics.push(errorDiagnostic(`Empty ${name}`, `${name} is an empty string; remove it or set a value.`, attributePath(name)));
  }
  return diagnostics;
}

/** The settings of a configured provider (ConfigureProvider); errors are the same as `validateProviderConfig`'s. */
export function providerSettings(config: TerraformObject | null, env: NodeJS.ProcessEnv = process.env): { settings: ProviderSettings; diagnostics: Diagnostic[] } {
  const diagnostics = validateProviderConfig(config);
  const value = (name: string): string | undefined => {
    const configured = config?.[name];
    if (typeof configured === 'string' && configured !== '') return configured;
    if (isUnknown(configured)) return undefined;
    for (const variable of ENVIRONMENT[name] ?? []) if (env[variable]) return env[variable];
    return undefined;
  };
  let endpoint = value('ml_engine_custom_endpoint') ?? DEFAULT_ENDPOINT;
  if (endpointProblem(endpoint)) {
    if (!diagnostics.length) diagnostics.push(errorDiagnostic('Invalid GOOGLE_ML_ENGINE_CUSTOM_ENDPOINT', `${endpointProblem(endpoint)}: ${JSON.stringify(endpoint)}.`));
    endpoint = DEFAULT_ENDPOINT;
  }
  if (!endpoint.endsWith('/')) endpoint += '/';
  let vertexEndpoint = value('vertex_ai_custom_endpoint');
  if (vertexEndpoint !== undefined && endpointProblem(vertexEndpoint)) {
    if (!diagnostics.length) diagnostics.push(errorDiagnostic('Invalid GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT', `${endpointProblem(vertexEndpoint)}: ${JSON.stringify(vertexEndpoint)}.`));
    vertexEndpoint = undefined;
  }
  if (vertexEndpoint !== undefined && !vertexEndpoint.endsWith('/')) vertexEndpoint += '/';
  const timeout = typeof config?.request_timeout === 'string' ? parseDuration(config.request_timeout) : undefined;
  const project = value('project');
  const region = value('region');
  const accessToken = value('access_token');
  return {
    settings: {
      ...(project ? { project } : {}),
      ...(region ? { region } : {}),
      ...(accessToken ? { accessToken } : {}),
      endpoint,
      ...(vertexEndpoint ? { vertexEndpoint } : {}),
      requestTimeoutMs: timeout ?? DEFAULT_REQUEST_TIMEOUT_MS,
    },
    diagnostics,
  };
}

/** True for an http:// endpoint on this machine (an emulator), which is called without credentials by default. */
export function isLoopbackEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** A Go-style duration (`90s`, `2m`, `1h30m`, `500ms`) in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const units: { [unit: string]: number } = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(match[1]) * units[match[2]];
  return total > 0 ? total : undefined;
}

function endpointProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not an http(s) URL';
  if (url.search || url.hash) return 'a URL with a query or fragment';
  return undefined;
}
