import { compactValue, stateOnlyChanges, stateOnlyChangeText } from '../../src/plan/state-only-attributes';

const PRIOR_ID = 'projects/p/jobs/j1';

describe('stateOnlyChanges: what Terraform updates in its state alone', () => {
  test('no timeouts on either side, in any spelling (absent, null, the state\'s empty block list): no change', () => {
    expect(stateOnlyChanges({}, { id: PRIOR_ID, timeouts: null }, 'terraform')).toEqual([]);
    expect(stateOnlyChanges({ timeouts: [] }, { id: PRIOR_ID, timeouts: [] }, 'terraform')).toEqual([]);
  });

  test('the same timeouts: unset entries equal null, an object equals a list of one', () => {
    const prior = { timeouts: { create: '10m', delete: null, read: null, update: null } };
    expect(stateOnlyChanges({ timeouts: { create: '10m' } }, prior, 'terraform')).toEqual([]);
    expect(stateOnlyChanges({ timeouts: [{ create: '10m' }] }, prior, 'literal')).toEqual([]);
  });

  test('added, changed, removed and empty timeouts blocks are changes (an empty block is not an absent one)', () => {
    expect(stateOnlyChanges({ timeouts: { create: '10m' } }, {}, 'terraform')).toEqual([{ attribute: 'timeouts', before: null, after: { create: '10m' } }]);
    expect(stateOnlyChanges({ timeouts: { create: '20m' } }, { timeouts: { create: '10m' } }, 'terraform').map((c) => c.attribute)).toEqual(['timeouts']);
    expect(stateOnlyChanges({}, { timeouts: { create: '10m' } }, 'terraform')).toEqual([{ attribute: 'timeouts', before: { create: '10m' }, after: null }]);
    expect(stateOnlyChanges({ timeouts: {} }, { timeouts: null }, 'terraform').map((c) => c.attribute)).toEqual(['timeouts']);
  });

  test('a value known only at apply differs; an escaped $${ is the literal the state holds', () => {
    expect(stateOnlyChanges({ timeouts: { create: '${var.t}' } }, { timeouts: { create: '10m' } }, 'terraform').map((c) => c.attribute)).toEqual(['timeouts']);
    expect(stateOnlyChanges({ timeouts: { create: '$${x}' } }, { timeouts: { create: '${x}' } }, 'terraform')).toEqual([]);
  });

  test('id is optional and computed: unset keeps the state\'s, a configured other one is a change', () => {
    expect(stateOnlyChanges({}, { id: PRIOR_ID }, 'terraform')).toEqual([]);
    expect(stateOnlyChanges({ id: PRIOR_ID }, { id: PRIOR_ID }, 'terraform')).toEqual([]);
    expect(stateOnlyChanges({ id: 'other' }, { id: PRIOR_ID }, 'terraform')).toEqual([{ attribute: 'id', before: PRIOR_ID, after: 'other' }]);
  });

  test('the plan\'s words for a change', () => {
    expect(stateOnlyChangeText({ attribute: 'timeouts', before: null, after: { delete: '5m', create: '10m', read: null } })).toBe('timeouts: {create: 10m, delete: 5m} (Terraform state only; no API call)');
    expect(compactValue(null)).toBe('null');
  });
});
