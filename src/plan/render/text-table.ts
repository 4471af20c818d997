/**
 * Lays out rows as left-aligned columns separated by two spaces, each line indented by `indent`. Trailing spaces are
 * trimmed so the output is stable in diffs.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => (indent + cells.map((cell, i) => cell.padEnd(widths[i])).join('  ')).trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `1234.5` → `$1,234.50`; undefined → `?`. */
export function dollars(value: number | undefined): string {
  if (value === undefined) return '?';
  const [whole, fraction] = value.toFixed(2).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** `1234` → `1,234`: a count with thousands separators, the same on every machine (no locale). */
export function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
