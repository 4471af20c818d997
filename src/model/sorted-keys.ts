/**
 * The own enumerable keys of an object in `Array.prototype.sort()` order (UTF-16 code units), as
 * `Object.keys(value).sort()` gives them. Cheaper for the small, usually sorted objects of jobs: no sort when the keys
 * are in order already, and a small list is sorted in place by insertion instead of through `sort`'s work array.
 */
export function sortedKeys(value: object): string[] {
  return sortStrings(Object.keys(value));
}

/** Sorts strings in place in `sort()` order (UTF-16 code units) and returns them; see `sortedKeys`. */
export function sortStrings(strings: string[]): string[] {
  let sorted = true;
  for (let i = 1; i < strings.length; i++) {
    if (strings[i - 1] > strings[i]) {
      sorted = false;
      break;
    }
  }
  if (sorted) return strings;
  if (strings.length > SMALL) return strings.sort();
  for (let i = 1; i < strings.length; i++) {
    const item = strings[i];
    let j = i - 1;
    for (; j >= 0 && strings[j] > item; j--) strings[j + 1] = strings[j];
    strings[j + 1] = item;
  }
  return strings;
}

/** Up to this many items an insertion sort beats `sort` (which allocates a work array for any length). */
const SMALL = 32;
