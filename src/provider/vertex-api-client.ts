import { CustomJob } from '../model/custom-job';
import { CallOptions, MlApiClient, RetryOptions, TokenSource } from './ml-api-client';

/** The calls of Vertex AI `projects.locations.customJobs` the provider makes (a `VertexApiClient`, or a fake in tests). */
export interface CustomJobApi {
  createCustomJob(project: string, location: string, job: CustomJob, options: CallOptions): Promise<CustomJob>;
  getCustomJob(name: string, options: CallOptions): Promise<CustomJob>;
  cancelCustomJob(name: string, options: CallOptions): Promise<void>;
  deleteCustomJob(name: string, options: CallOptions): Promise<void>;
}

/** The regional endpoint of Vertex AI, the google provider's default `vertex_ai_custom_endpoint`. */
export function defaultVertexEndpoint(location: string): string {
  return `https://${location}-aiplatform.googleapis.com/v1/`;
}

/**
 * The four calls of Vertex AI v1 `projects.locations.customJobs` the provider makes, with the ML client's retries and
 * backoff on 429/5xx and network failures. Each call goes to the job's regional endpoint, or to the one custom
 * endpoint when set (an emulator). Names are `projects/{project}/locations/{location}/customJobs/{id}`.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export class VertexApiClient extends MlApiClient implements CustomJobApi {
  constructor(
    private readonly customEndpoint: string | undefined,
    token: TokenSource,
    requestTimeoutMs: number,
    retry: RetryOptions = {},
    log: (line: string) => void = () => {},
  ) {
    super(customEndpoint ?? '', token, requestTimeoutMs, retry, log);
  }

  /** `customJobs.create`: the job as created, its `name` holding the id the server assigned. */
  public createCustomJob(project: string, location: string, job: CustomJob, options: CallOptions): Promise<CustomJob> {
    return this.call('POST', `projects/${enc(project)}/locations/${enc(location)}/customJobs`, job, options, this.base(location)) as Promise<CustomJob>;
  }

  /** `customJobs.get`. */
  public getCustomJob(name: string, options: CallOptions): Promise<CustomJob> {
    return this.call('GET', path(name), undefined, options, this.base(locationOf(name))) as Promise<CustomJob>;
  }

  /** `customJobs.cancel`: starts the cancellation (the job goes JOB_STATE_CANCELLING, then JOB_STATE_CANCELLED). */
  public async cancelCustomJob(name: string, options: CallOptions): Promise<void> {
    await this.call('POST', `${path(name)}:cancel`, {}, options, this.base(locationOf(name)));
  }

  /** `customJobs.delete` (a long-running operation; the job is gone from get once it is accepted). */
  public async deleteCustomJob(name: string, options: CallOptions): Promise<void> {
    await this.call('DELETE', path(name), undefined, options, this.base(locationOf(name)));
  }

  private base(location: string): string {
    return this.customEndpoint ?? defaultVertexEndpoint(location);
  }
}

function path(name: string): string {
  return name.split('/').map(enc).join('/');
}

function locationOf(name: string): string {
  return name.split('/')[3] ?? '';
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
