/**
 * The distinct texts of `texts`, sorted as `Array.prototype.sort` sorts strings; the list itself when it has fewer than
 * two. Two texts, the common case of a job with gaps, are compared without a set and a sort.
 */
export function uniqueSorted(texts: string[]): string[] {
  if (texts.length < 2) return texts;
  if (texts.length === 2) {
    const [a, b] = texts;
    return a === b ? [a] : a < b ? [a, b] : [b, a];
  }
  return [...new Set(texts)].sort();
}
