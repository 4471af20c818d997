/** Code-point order, not localeCompare: reports must be byte-identical on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
