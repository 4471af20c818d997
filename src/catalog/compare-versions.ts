/**
 * Orders dotted versions number by number (`2.9` before `2.17`, `3.7` before `3.10`): a negative number when `a` is
 * older, positive when newer, 0 when equal. A missing part counts as 0 (`2` equals `2.0`).
 */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
