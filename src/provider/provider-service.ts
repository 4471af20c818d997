import { jobSchema, RESOURCE_TYPE } from '../model/provider-schema';
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
import { isUnknown, TerraformObject, UNKNOWN, UnknownValue, ValueTypeError } from './terraform-value';
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
  /** `YYYY-MM-DD` for the rules' end-of-support checks (default: today). */
  readonly today?: string;
}

/**
 * The provider `mljobs`: the tfplugin6 Provider service for resource `google_ml_engine_job`, as plain request →
 * response functions (the gRPC layer only transports them). Every failure becomes a diagnostic; nothing throws.
 */
export class ProviderService {
  private providerProject: string | UnknownValue | undefined;
  private api: JobApi | undefined;
  private reader: JobReader | undefined;
  private stopper = new AbortController();
  private readonly log: (line: string) => void;

  constructor(private readonly options: ProviderServiceOptions = {}) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** GetMetadata. */
  public getMetadata(): object {
    return { server_capabilities: capabilities(), diagnostics: [], resources: [{ type_name: RESOURCE_TYPE }] };
  }

  /** GetProviderSchema: the provider block and `google_ml_engine_job`, both from `schema/`. */
  public getProviderSchema(): object {
    return this.guard(() => ({
      provider: schemaMessage(providerSchema()),
      resource_schemas: { [RESOURCE_TYPE]: schemaMessage(jobSchema(), 0) },
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
      const makeApi = this.options.api ?? ((s: ProviderSettings) => new MlApiClient(s.endpoint, tokenSourceFor(s), s.requestTimeoutMs, {}, this.log));
      this.api = makeApi(settings);
      this.reader = new JobReader(this.api, this.log);
      this.log(`[INFO] mljobs: configured for ${settings.endpoint}${settings.project ? `, project ${settings.project}` : ''} (Terraform ${request.terraform_version || 'unknown'})`);
      return { diagnostics };
    });
  }

  /** ValidateResourceConfig: the rule engine's findings as diagnostics on their attributes. */
  public async validateResourceConfig(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
      const unknownType = this.checkType(request.type_name);
      if (unknownType) return { diagnostics: [unknownType] };
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
      const state = this.object({ json }, jobSchema());
      return { upgraded_state: encodeBlock(state, jobSchema()), diagnostics: [] };
    });
  }

  /** ReadResource: refreshes the job; a 404 removes it from state. */
  public async readResource(request: ProtoRequest): Promise<object> {
    return this.guardAsync(async () => {
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
    return typeName === RESOURCE_TYPE ? undefined : errorDiagnostic('Unknown resource type', `Provider mljobs serves ${RESOURCE_TYPE} only, not ${String(typeName)}.`);
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

function capabilities(): object {
  // The schema never changes within a version: Terraform may reuse it across the provider processes of one command.
  return { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };
}
