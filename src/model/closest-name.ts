/**
 * The known name a misspelled one most likely meant, for "did you mean" hints: the candidate with the same letters
 * ignoring case, `_` and `-` (a snake_case spelling of a camelCase field), else the candidate the fewest edits away
 * (insertions, deletions, substitutions), at most 2 and at most a third of the name, so short names get no far-fetched
 * hints. Ties go to the earlier candidate. Undefined when none is close.
 *
 * (A dozen lines here rather than a bundled dependency for them.)
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const normalize = (s: string): string => s.toLowerCase().replace(/[_-]/g, '');
  const wanted = normalize(name);
  const same = candidates.find((c) => normalize(c) === wanted);
  if (same !== undefined) return same;
  const limit = Math.min(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(normalize(candidate), wanted, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Levenshtein distance of `a` and `b`, or `cap` when it is `cap` or more. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return Math.min(row[b.length], cap);
}
