import { RouteRequest, RouteResponse, unknownUrl } from './api-routes';
import { CustomJobStore } from './custom-job-store';

/**
 * Serves the `projects.locations.customJobs` methods of the Vertex AI v1 REST API from a custom job store:
 *
 * | method | path | call |
 * |---|---|---|
 * | POST | `/v1/projects/{project}/locations/{location}/customJobs` | create |
 * | GET | `/v1/projects/{project}/locations/{location}/customJobs` | list (`pageSize`, `pageToken`, `filter`) |
 * | GET | `/v1/projects/{project}/locations/{location}/customJobs/{id}` | get |
 * | POST | `/v1/projects/{project}/locations/{location}/customJobs/{id}:cancel` | cancel |
 * | DELETE | `/v1/projects/{project}/locations/{location}/customJobs/{id}` | delete |
 *
 * There is no patch: a custom job cannot be changed. Anything else is NOT_FOUND, as the service answers an unknown URL.
 *
 * @see https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs
 */
export function routeCustomJobRequest(store: CustomJobStore, request: RouteRequest): RouteResponse {
  const [version, projects, project, locations, location, customJobs, name, ...rest] = request.segments;
  if (version !== 'v1' || projects !== 'projects' || !project || locations !== 'locations' || !location || customJobs !== 'customJobs' || rest.length > 0) {
    throw unknownUrl(request);
  }
  const { method, query, body } = request;
  if (name === undefined) {
    if (method === 'POST') return { status: 200, body: store.create(project, location, body) };
    if (method === 'GET') {
      const option = (key: string, snake: string): { [name: string]: string } => {
        const value = query.get(key) ?? query.get(snake);
        return value === null ? {} : { [key]: value };
      };
      return { status: 200, body: store.list(project, location, { ...option('pageSize', 'page_size'), ...option('pageToken', 'page_token'), ...option('filter', 'filter') }) };
    }
    throw unknownUrl(request);
  }
  if (name.endsWith(':cancel')) {
    if (method !== 'POST') throw unknownUrl(request);
    return { status: 200, body: store.cancel(project, location, name.slice(0, -':cancel'.length)) };
  }
  if (name.includes(':')) throw unknownUrl(request);
  if (method === 'GET') return { status: 200, body: store.get(project, location, name) };
  if (method === 'DELETE') return { status: 200, body: store.delete(project, location, name) };
  throw unknownUrl(request);
}

/** True for a request of the Vertex AI custom job API (`/v1/projects/{project}/locations/…`). */
export function isCustomJobRequest(segments: readonly string[]): boolean {
  return segments[0] === 'v1' && segments[1] === 'projects' && segments[3] === 'locations';
}
