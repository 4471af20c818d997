import { ApiError } from './api-error';
import { JobStore } from './job-store';

/** A parsed HTTP request, as the routes see it. */
export interface RouteRequest {
  readonly method: string;
  /** The path, percent-decoded segment by segment. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  /** The parsed JSON body (undefined when empty). */
  readonly body: unknown;
}

/** What a route answers: the HTTP status and the JSON body. */
export interface RouteResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Serves the `projects.jobs` methods of the ML Engine v1 REST API from a job store:
 *
 * | method | path | call |
 * |---|---|---|
 * | POST | `/v1/projects/{project}/jobs` | create |
 * | GET | `/v1/projects/{project}/jobs` | list (`pageSize`, `pageToken`, `filter`) |
 * | GET | `/v1/projects/{project}/jobs/{jobId}` | get |
 * | PATCH | `/v1/projects/{project}/jobs/{jobId}?updateMask=labels` | patch |
 * | POST | `/v1/projects/{project}/jobs/{jobId}:cancel` | cancel |
 *
 * Anything else is NOT_FOUND, as the service answers an unknown URL.
 *
 * @see https://cloud.google.com/ai-platform/training/docs/reference/rest/v1/projects.jobs
 */
export function routeApiRequest(store: JobStore, request: RouteRequest): RouteResponse {
  const [version, projects, project, jobs, name, ...rest] = request.segments;
  if (version !== 'v1' || projects !== 'projects' || !project || jobs !== 'jobs' || rest.length > 0) throw unknownUrl(request);
  const { method, query, body } = request;
  if (name === undefined) {
    if (method === 'POST') return { status: 200, body: store.create(project, body) };
    if (method === 'GET') {
      return {
        status: 200,
        body: store.list(project, {
          ...optional('pageSize', query.get('pageSize') ?? query.get('page_size')),
          ...optional('pageToken', query.get('pageToken') ?? query.get('page_token')),
          ...optional('filter', query.get('filter')),
        }),
      };
    }
    throw unknownUrl(request);
  }
  if (name.endsWith(':cancel')) {
    if (method !== 'POST') throw unknownUrl(request);
    return { status: 200, body: store.cancel(project, name.slice(0, -':cancel'.length)) };
  }
  if (name.includes(':')) throw unknownUrl(request);
  if (method === 'GET') return { status: 200, body: store.get(project, name) };
  if (method === 'PATCH') {
    const mask = query.get('updateMask') ?? query.get('update_mask') ?? undefined;
    return { status: 200, body: store.patch(project, name, body, mask) };
  }
  throw unknownUrl(request);
}

function optional<K extends string>(name: K, value: string | null): { [key in K]?: string } {
  return (value === null ? {} : { [name]: value }) as { [key in K]?: string };
}

/** NOT_FOUND for a URL or method the API does not have. */
export function unknownUrl(request: { readonly method: string; readonly segments: readonly string[] }): ApiError {
  return new ApiError('NOT_FOUND', `The requested URL ${request.method} /${request.segments.join('/')} was not found on this server.`);
}
