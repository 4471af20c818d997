import { ApiError } from '../../src/emulator/api-error';
import { ListMethod, listPage } from '../../src/emulator/list-page';

interface Stored {
  readonly sequence: number;
  readonly state: string;
}

const method: ListMethod<Stored, { id: number; state: string }> = {
  sizes: { default: 2, max: 3 },
  tokenKind: 'things',
  render: (stored) => ({ id: stored.sequence, state: stored.state }),
};
const stored: Stored[] = [1, 2, 3, 4, 5].map((sequence) => ({ sequence, state: sequence % 2 ? 'RUNNING' : 'SUCCEEDED' }));

function errorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('no error');
}

describe('listPage: one page of a list method', () => {
  test('newest first, the default page size, and a token that continues after the last job of the page', () => {
    // WHEN
    const first = listPage(stored, {}, method);
    const second = listPage(stored, { pageToken: first.nextPageToken }, method);
    const last = listPage(stored, { pageToken: second.nextPageToken }, method);

    // THEN
    expect(first.items.map((item) => item.id)).toEqual([5, 4]);
    expect(second.items.map((item) => item.id)).toEqual([3, 2]);
    expect(last).toEqual({ items: [{ id: 1, state: 'RUNNING' }] });
  });

  test('a page size of 0 is the default; one past the maximum is the maximum', () => {
    expect(listPage(stored, { pageSize: '0' }, method).items).toHaveLength(2);
    expect(listPage(stored, { pageSize: 10 }, method).items).toHaveLength(3);
  });

  test('the filter keeps what it names, on the rendered jobs, after the filterText translation', () => {
    expect(listPage(stored, { filter: 'state=RUNNING', pageSize: 3 }, method).items.map((item) => item.id)).toEqual([5, 3, 1]);
    const lower = { ...method, filterText: (filter: string) => filter.toUpperCase().replace('STATE', 'state') };
    expect(listPage(stored, { filter: 'state=succeeded' }, lower).items.map((item) => item.id)).toEqual([4, 2]);
  });

  test('INVALID_ARGUMENT for a bad page size and for a token of another list', () => {
    expect(errorOf(() => listPage(stored, { pageSize: '-1' }, method)).message).toBe('Invalid value for pageSize: "-1"; give a whole number from 1 to 3.');
    const token = listPage(stored, {}, { ...method, tokenKind: 'others' }).nextPageToken;
    expect(errorOf(() => listPage(stored, { pageToken: token }, method)).message).toBe('Invalid pageToken: use the nextPageToken of the previous page.');
  });
});
