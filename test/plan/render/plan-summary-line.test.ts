import { findingCountsText, planCountsText } from '../../../src/plan/render/plan-summary-line';

describe('planCountsText', () => {
  const none = { import: 0, add: 0, change: 0, replace: 0, cancel: 0, cancelIfActive: 0, forget: 0, destroy: 0, noop: 4 };

  test('always says add, change, replace and cancel; unchanged jobs are not in the line', () => {
    expect(planCountsText(none)).toBe('0 to add, 0 to change, 0 to replace, 0 to cancel');
  });

  test('adds cancel-if-still-active and forget only when there are any, in that order', () => {
    expect(planCountsText({ ...none, add: 2, replace: 1, cancel: 1, cancelIfActive: 3, forget: 2 }))
      .toBe('2 to add, 0 to change, 1 to replace, 1 to cancel, 3 to cancel if still active, 2 to forget');
    expect(planCountsText({ ...none, forget: 1 })).toBe('0 to add, 0 to change, 0 to replace, 0 to cancel, 1 to forget');
  });

  test('jobs that import blocks adopt come first, as terraform plan says them, and only when there are any', () => {
    expect(planCountsText({ ...none, import: 2, change: 1 })).toBe('2 to import, 0 to add, 1 to change, 0 to replace, 0 to cancel');
  });

  test('ended Vertex AI custom jobs removed from the code are deleted: said last, only when there are any', () => {
    expect(planCountsText({ ...none, cancel: 1, forget: 1, destroy: 2 })).toBe('0 to add, 0 to change, 0 to replace, 1 to cancel, 1 to forget, 2 to delete');
  });
});

describe('findingCountsText', () => {
  test('counts errors, warnings and infos, each with its singular or plural, as mljob check does', () => {
    expect(findingCountsText({ errors: 3, warnings: 13, infos: 1 })).toBe('3 errors, 13 warnings, 1 info');
    expect(findingCountsText({ errors: 1, warnings: 1, infos: 0 })).toBe('1 error, 1 warning, 0 infos');
  });

  test('the markdown comment bolds the counts of errors and warnings', () => {
    expect(findingCountsText({ errors: 0, warnings: 1, infos: 2 }, (count) => `**${count}**`)).toBe('**0** errors, **1** warning, 2 infos');
  });
});
