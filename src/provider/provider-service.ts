import { customJobSchema, jobSchema, RESOURCE_TYPE } from '../model/provider-schema';
import type * as ApplyCustomJobChange from './apply-custom-job-change';
import { CUSTOM_JOB_TYPE, customJobNameOf } from './custom-job-values';
import type * as PlanCustomJobChange from './plan-custom-job-change';
import type * as ReadCustomJob from './read-custom-job';
import type * as ValidateCustomJobConfig from './validate-custom-job-config';
import { CustomJobApi, VertexApiClient } from './vertex-api-client';
import type * as ApplyJobChange from './apply-job-change';
import type { JobApi } from './apply-job-change';
import { Diagnostic, errorDiagnostic } from './diagnostics';
import { DynamicValue, decodeBlock, encodeBlock } from './dynamic-value';
import { parseImportId } from './import-job-id';
import { JobReader } from './job-reader';
import { valueOfJob } from './job-values';
import { MlApiClient, tokenSourceFor } from './ml-api-client';
import { providerSchema, providerSettings, ProviderSettings, validateProviderConfig } from './provider-settings';
import { schemaMessage } from './schema-message';
import type * as PlanJobChange from './plan-job-change';
import type * as ReadJob from './read-job';
import { conformBlock, isUnknown, TerraformObject, UNKNOWN, UnknownValue, ValueTypeError } from './terraform-value';
import type * as ValidateJobConfig from './validate-job-config';

/** A decoded tfplugin6 request: proto field names, bytes as Buffers. */
export type ProtoRequest = { readonly [field: string]: any };

/** Options of the provider service (tests inject the API and the log). */
export interface ProviderServiceOptions {
  /** The environment the provider reads defaults from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Where log lines go (default: standard error, which Terraform shows with TF_LOG_PROVIDER). */
  readonly log?: (line: string) => void;
  /** Makes the API client for the configured settings (default: `MlApiClient`). */
  readonly api?: (settings: ProviderSettings) => JobApi;
  /** Makes the Vertex AI client for the configured settings (default: `VertexApiClient`). */
  readonly customJobApi?: (settings: ProviderSettings) => CustomJobApi;
  /** The first wait between reads while a custom job's cancellation runs, in ms (default 1000; tests shorten it). */
  readonly cancelPollMs?: number;
  /** `YYYY-MM-DD` for the rules' end-of-support checks (default: today). */
  readonly today?: string;
}

/**
 * The provider `mljobs`: the tfplugin6 Provider service for `google_ml_engine_job` and `google_vertex_ai_custom_job`, as plain request →
 * response functions (the gRPC layer only transports them). Every failure becomes a diagnostic; nothing throws.
 */
export class ProviderService {
  private providerProject: string | UnknownValue | undefined;
  private providerRegion: string | UnknownValue | undefined;
  private customJobApi: CustomJobApi | undefined;
  private api: JobApi | undefined;
  private reader: JobReader | undefined;
  private stopper = new AbortController();
  private readonly log: (line: string) => void;

  constructor(private readonly options: ProviderServiceOptions = {}) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** GetMetadata. */
  public getMetadata(): object {
    return { server_capabilities: capabilities(), diagnostics: [], resources: [{ type_name: RESOURCE_TYPE }, { type_name: CUSTOM_JOB_TYPE }] };
  }

  /** GetProviderSchema: the provider block and `google_ml_engine_job`, both from `schema/`. */
  public getProviderSchema(): object {
    return this.guard(() => ({
      provider: schemaMessage(providerSchema()),
      resource_schemas: { [RESOURCE_TYPE]: schemaMessage(jobSchema(), 0), [CUSTOM_JOB_TYPE]: schemaMessage(customJobSchema(), 0) },
      data_source_schemas: {},
      diagnostics: [],
      server_capabilities: capabilities(),
    }));
  }

  /** ValidateProviderConfig. */
  public validateProviderConfig(request: ProtoRequest): object {
    return this.guard(() => ({ diagnostics: validateProviderConfig(this.object(request.config, providerSchema())) }));
  }

  /** ConfigureProvider: settings from the block and the environment; the API client is made here. */
  public configureProvider(request: ProtoRequest): object {
    return this.guard(() => {
      const config = this.object(request.config, providerSchema());
      const { settings, diagnostics } = providerSettings(config, this.options.env ?? process.env);
      this.providerProject = isUnknown(config?.project) ? UNKNOWN : settings.project;
      this.providerRegion = isUnknown(config?.region) ? UNKNOWN : settings.region;
      const makeApi = this.options.api ?? ((s: ProviderSettings) => new MlApiClient(s.endpoint, tokenSourceFor(s), s.requestTimeoutMs, {}, this.log));
      this.api = makeApi(settings);
      this.reader = new JobReader(this.api, this.log);
      const makeCustomJobApi = this.options.customJobApi
        ?? ((s: ProviderSettings) => new VertexApiClient(s.vertexEndpoint, tokenSourceFor(s, s.vertexEndpoint ?? 'https://aiplatform.googleapis.com/'), s.requestTimeoutMs, {}, this.log));
      this.customJobApi = makeCustomJobApi(settings);
      this.log(`[INFO] mljobs: configured for ${settings.endpoint}${settings.project ? `, project ${settings.project}` : ''} (Terraform ${request.terraform_version || 'unknown'})`);
      return { diagnostics };
    });
  }

  /** ValidateResourceConfig: the rule engine's findings as diagnostics on their attributes. */
  public async validateResourceConfig(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
      const unknownType = this.checkType(request.type_name);
      if (unknownType) return { diagnostics: [unknownType] };
      if (request.type_name === CUSTOM_JOB_TYPE) {
        const { validateCustomJobConfig } = require('./validate-custom-job-config') as typeof ValidateCustomJobConfig;
        return { diagnostics: validateCustomJobConfig(this.object(request.config, customJobSchema()), this.options.today) };
      }
      const { validateJobConfig } = require('./validate-job-config') as typeof ValidateJobConfig;
      return { diagnostics: validateJobConfig(this.object(request.config, jobSchema()), this.options.today) };
    });
  }

  /** UpgradeResourceState: version 0 is the only version; the JSON state is completed to the current schema. */
  public upgradeResourceState(request: ProtoRequest): object {
    return this.guard(() => {
      const unknownType = this.checkType(request.type_name);
      if (unknownType) return { diagnostics: [unknownType] };
      const json = request.raw_state?.json;
      if (!json || !json.length) {
        return { diagnostics: [errorDiagnostic('Unsupported state format', 'This state is in the legacy flatmap format, which this provider never wrote; remove the resource from state and import the job again.')] };
      }
      const schema = this.schemaOf(request.type_name);
      const state = this.object({ json }, schema);
      return { upgraded_state: encodeBlock(state, schema), diagnostics: [] };
    });
  }

  /** ReadResource: refreshes the job; a 404 removes it from state. */
  public async readResource(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
      if (request.type_name === CUSTOM_JOB_TYPE) {
        const current = this.object(request.current_state, customJobSchema());
        if (!current || !this.customJobApi) return { new_state: request.current_state, diagnostics: this.configuredApi().diagnostics, private: request.private };
        const { readCustomJob } = require('./read-custom-job') as typeof ReadCustomJob;
        const result = await readCustomJob(this.customJobApi, current, this.stopper.signal);
        return { new_state: encodeBlock(result.state, customJobSchema()), diagnostics: result.diagnostics, private: request.private };
      }
      const current = this.object(request.current_state, jobSchema());
      const api = this.configuredApi();
      if (!current || !api.api) return { new_state: request.current_state, diagnostics: api.diagnostics, private: request.private };
      const { readJob } = require('./read-job') as typeof ReadJob;
      const result = await readJob(this.reader ?? api.api, current, this.stopper.signal);
      return { new_state: encodeBlock(result.state, jobSchema()), diagnostics: result.diagnostics, private: request.private };
    }, { new_state: request.current_state, private: request.private });
  }

  /** PlanResourceChange: the project's plan diff decides update in place or replace. */
  public async planResourceChange(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
      const unknownType = this.checkType(request.type_name);
      if (unknownType) return { diagnostics: [unknownType] };
      // Terraform proposes exactly the prior state when the configuration matches it (every plan without changes):
      // that plans no change for either resource, so it is answered without decoding, diffing and encoding.
      if (sameBytes(request.prior_state?.msgpack, request.proposed_new_state?.msgpack)) {
        return { planned_state: request.proposed_new_state, requires_replace: [], planned_private: request.prior_private, diagnostics: [] };
      }
      if (request.type_name === CUSTOM_JOB_TYPE) {
        const { planCustomJobChange } = require('./plan-custom-job-change') as typeof PlanCustomJobChange;
        const schema = customJobSchema();
        const result = planCustomJobChange({
          prior: this.object(request.prior_state, schema),
          proposed: this.object(request.proposed_new_state, schema),
          config: this.object(request.config, schema),
          providerProject: this.providerProject,
          providerRegion: this.providerRegion,
        });
        return {
          planned_state: encodeBlock(result.planned, schema),
          requires_replace: result.requiresReplace.map((steps: unknown) => ({ steps })),
          planned_private: request.prior_private,
          diagnostics: result.diagnostics,
        };
      }
      const { planJobChange } = require('./plan-job-change') as typeof PlanJobChange;
      const result = planJobChange({
        prior: this.object(request.prior_state, jobSchema()),
        proposed: this.object(request.proposed_new_state, jobSchema()),
        config: this.object(request.config, jobSchema()),
        providerProject: this.providerProject,
      });
      return {
        planned_state: encodeBlock(result.planned, jobSchema()),
        requires_replace: result.requiresReplace.map((steps: unknown) => ({ steps })),
        planned_private: request.prior_private,
        diagnostics: result.diagnostics,
      };
    });
  }

  /** ApplyResourceChange: create, update the labels, or delete (cancel or forget). */
  public async applyResourceChange(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
      if (request.type_name === CUSTOM_JOB_TYPE) {
        const schema = customJobSchema();
        const prior = this.object(request.prior_state, schema);
        const planned = this.object(request.planned_state, schema);
        if (!this.customJobApi) return { new_state: request.prior_state, diagnostics: this.configuredApi().diagnostics };
        const { applyCustomJobChange } = require('./apply-custom-job-change') as typeof ApplyCustomJobChange;
        const result = await applyCustomJobChange(this.customJobApi, prior, planned, {
          signal: this.stopper.signal,
          ...(this.options.cancelPollMs !== undefined ? { pollMs: this.options.cancelPollMs } : {}),
        });
        return { new_state: encodeBlock(result.state, schema), private: Buffer.alloc(0), diagnostics: result.diagnostics };
      }
      const prior = this.object(request.prior_state, jobSchema());
      const planned = this.object(request.planned_state, jobSchema());
      const api = this.configuredApi();
      if (!api.api) return { new_state: request.prior_state, diagnostics: api.diagnostics };
      const { applyJobChange } = require('./apply-job-change') as typeof ApplyJobChange;
      const result = await applyJobChange(api.api, prior, planned, this.stopper.signal);
      for (const value of [prior, planned]) {
        if (value && typeof value.project === 'string' && typeof value.job_id === 'string') this.reader?.changedJob(value.project, value.job_id);
      }
      return { new_state: encodeBlock(result.state, jobSchema()), private: Buffer.alloc(0), diagnostics: result.diagnostics };
    }, { new_state: request.prior_state });
  }

  /** ImportResourceState: an id names the job; the read that Terraform does next fills in the rest. */
  public importResourceState(request: ProtoRequest): object {
    return this.guard(() => {
      const unknownType = this.checkType(request.type_name);
      if (unknownType) return { imported_resources: [], diagnostics: [unknownType] };
      if (request.type_name === CUSTOM_JOB_TYPE) {
        const id = String(request.id ?? '');
        const parts = customJobNameOf({ name: id });
        if (!parts) {
          return { imported_resources: [], diagnostics: [errorDiagnostic('Invalid import id', `${JSON.stringify(id)} is not a custom job name; use projects/{project}/locations/{location}/customJobs/{id} (the job's name, as gcloud ai custom-jobs describe shows it).`)] };
        }
        const stub = conformBlock({ id, name: id, project: parts.project, location: parts.location }, customJobSchema()) as TerraformObject;
        return { imported_resources: [{ type_name: CUSTOM_JOB_TYPE, state: encodeBlock(stub, customJobSchema()), private: Buffer.alloc(0) }], diagnostics: [] };
      }
      const parsed = parseImportId(String(request.id ?? ''), typeof this.providerProject === 'string' ? this.providerProject : undefined);
      if ('error' in parsed) return { imported_resources: [], diagnostics: [errorDiagnostic('Invalid import id', parsed.error)] };
      const stub = valueOfJob({ jobId: parsed.jobId }, parsed.project);
      return { imported_resources: [{ type_name: RESOURCE_TYPE, state: encodeBlock(stub, jobSchema()), private: Buffer.alloc(0) }], diagnostics: [] };
    });
  }

  /** StopProvider: in-flight calls stop waiting and report that Terraform stopped them. */
  public stopProvider(): object {
    this.stopper.abort();
    this.stopper = new AbortController();
    return { Error: '' };
  }

  private configuredApi(): { api?: JobApi; diagnostics: Diagnostic[] } {
    if (this.api) return { api: this.api, diagnostics: [] };
    return { diagnostics: [errorDiagnostic('Provider not configured', 'Terraform called the provider before ConfigureProvider; this is a bug, please report it.')] };
  }

  private object(value: DynamicValue | null | undefined, block: Parameters<typeof decodeBlock>[1]): TerraformObject | null {
    const decoded = decodeBlock(value, block);
    if (isUnknown(decoded)) throw new Error('the whole object is unknown');
    return decoded;
  }

  private checkType(typeName: unknown): Diagnostic | undefined {
    return typeName === RESOURCE_TYPE || typeName === CUSTOM_JOB_TYPE
      ? undefined
      : errorDiagnostic('Unknown resource type', `Provider mljobs serves ${RESOURCE_TYPE} and ${CUSTOM_JOB_TYPE}, not ${String(typeName)}.`);
  }

  private schemaOf(typeName: unknown): Parameters<typeof decodeBlock>[1] {
    return typeName === CUSTOM_JOB_TYPE ? customJobSchema() : jobSchema();
  }

  private guard(fn: () => object): object {
    try {
      return fn();
    } catch (error) {
      return { diagnostics: [this.internalError(error)] };
    }
  }

  /** Runs an RPC; on a bug, answers `fallback` (the unchanged state, so a failure never drops a job from state). */
  private async guardAsync(fn: () => Promise<object>, fallback: object = {}): Promise<object> {
    try {
      return await fn();
    } catch (error) {
      return { ...fallback, diagnostics: [this.internalError(error)] };
    }
  }

  private internalError(error: unknown): Diagnostic {
    if (error instanceof ValueTypeError) return errorDiagnostic('Invalid value', error.message);
    this.log(`[ERROR] mljobs: ${(error as Error).stack ?? String(error)}`);
    return errorDiagnostic('Provider mljobs failed', `${(error as Error).message ?? String(error)} (this is a bug in the provider; please report it with TF_LOG_PROVIDER=DEBUG output)`);
  }
}

/** True for two non-empty msgpack values with the same bytes (a null prior, on create, is empty). */
function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  return !!a && !!b && a.length > 1 && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function capabilities(): object {
  // The schema never changes within a version: Terraform may reuse it across the provider processes of one command.
  return { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };
}
