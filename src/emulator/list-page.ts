import { ApiError } from './api-error';
import { parseJobFilter } from './list-filter';

/** The page sizes of one list method. */
export interface PageSizes {
  /** The size of a page when the query gives none (or 0). */
  readonly default: number;
  /** The largest page; a larger `pageSize` is read as this one. */
  readonly max: number;
}

/** The query of a list method: page size, page token and filter, as the REST query string gives them. */
export interface ListQuery {
  readonly pageSize?: string | number;
  /** The `nextPageToken` of the previous page. */
  readonly pageToken?: string;
  /** See `parseJobFilter`. */
  readonly filter?: string;
}

/** One page of a list method: the rendered items, and the token of the next page when there is one. */
export interface ListPage<T> {
  readonly items: T[];
  readonly nextPageToken?: string;
}

/** How a store lists its jobs: its page sizes, its token kind, how a stored job is rendered and how the filter is read. */
export interface ListMethod<S, T> {
  readonly sizes: PageSizes;
  /** Names the tokens of this list (`jobs`), so a token of another list is refused. */
  readonly tokenKind: string;
  render(stored: S): T;
  /** The filter's field names as the rendered job has them (Vertex AI's snake_case names); unchanged by default. */
  readonly filterText?: (filter: string) => string;
}

/**
 * The page of `stored` (one project's jobs, any order) that `query` asks for, newest first (highest `sequence`):
 * the jobs before the page token's, kept by the filter, at most the page size. Errors as the services answer them:
 * INVALID_ARGUMENT for a page size that is no whole number ≥ 0, a token this server did not issue, or a filter the
 * emulator cannot read. A page token names the last job of its page, so jobs created meanwhile shift nothing.
 */
export function listPage<S extends { readonly sequence: number }, T>(stored: Iterable<S>, query: ListQuery, method: ListMethod<S, T>): ListPage<T> {
  const pageSize = pageSizeOf(query.pageSize, method.sizes);
  const before = query.pageToken ? sequenceOfToken(query.pageToken, method.tokenKind) : Infinity;
  const filter = query.filter === undefined || !method.filterText ? query.filter : method.filterText(query.filter);
  const keep = parseJobFilter(filter);
  const matching = [...stored]
    .filter((job) => job.sequence < before)
    .sort((a, b) => b.sequence - a.sequence)
    .map((job) => ({ job, rendered: method.render(job) }))
    .filter(({ rendered }) => keep(rendered as unknown as { [field: string]: unknown }));
  const page = matching.slice(0, pageSize);
  return {
    items: page.map(({ rendered }) => rendered),
    ...(matching.length > pageSize ? { nextPageToken: tokenOf(page[page.length - 1].job.sequence, method.tokenKind) } : {}),
  };
}

function pageSizeOf(value: string | number | undefined, sizes: PageSizes): number {
  if (value === undefined || value === '') return sizes.default;
  const size = typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new ApiError('INVALID_ARGUMENT', `Invalid value for pageSize: ${JSON.stringify(value)}; give a whole number from 1 to ${sizes.max}.`, [{ field: 'pageSize', description: 'not a valid page size' }]);
  }
  return size === 0 ? sizes.default : Math.min(size, sizes.max);
}

/** A page token: opaque to clients. */
function tokenOf(sequence: number, kind: string): string {
  return Buffer.from(`${kind}-before:${sequence}`).toString('base64url');
}

function sequenceOfToken(token: string, kind: string): number {
  const match = new RegExp(`^${kind}-before:(\\d+)$`).exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw new ApiError('INVALID_ARGUMENT', 'Invalid pageToken: use the nextPageToken of the previous page.', [{ field: 'pageToken', description: 'not a token this server issued' }]);
  return Number(match[1]);
}
