/**
 * Lays out rows as left-aligned columns separated by two spaces, each line indented by `indent`. Trailing spaces are
 * trimmed so the output is stable in diffs.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  return pushTextTable([], header, rows, indent);
}

/** `textTable`, its lines pushed to `out` (which it returns): a plan's tables go straight into the plan's lines. */
export function pushTextTable(out: string[], header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  // Loops rather than spreads and maps: a plan's cost table has a row per job.
  const widths = header.map((title) => title.length);
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const length = (row[i] ?? '').length;
      if (length > widths[i]) widths[i] = length;
    }
  }
  const line = (cells: readonly string[]): string => {
    let text = indent;
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) text += '  ';
      text += cells[i];
      // The last cell needs no padding: it would be trimmed. Shared runs of spaces rather than a padded copy per cell.
      if (i < cells.length - 1 && cells[i].length < widths[i]) text += spaces(widths[i] - cells[i].length);
    }
    // Trimming copies the line: skip it when the last cell ends in a visible ASCII character (nothing to trim).
    const lastCell = cells.length ? cells[cells.length - 1] : '';
    const last = lastCell.length ? lastCell.charCodeAt(lastCell.length - 1) : 0;
    return last > 32 && last < 127 ? text : text.trimEnd();
  };
  out.push(line(header));
  for (const row of rows) out.push(line(row));
  return out;
}

/** `count` spaces, from a cache: a table pads thousands of cells to the same few widths. */
function spaces(count: number): string {
  let run = SPACES[count];
  if (run === undefined) {
    run = ' '.repeat(count);
    if (count < 256) SPACES[count] = run;
  }
  return run;
}

const SPACES: string[] = [];

/** `1234.5` → `$1,234.50`; undefined → `?`. */
export function dollars(value: number | undefined): string {
  if (value === undefined) return '?';
  const text = value.toFixed(2);
  // Most amounts are below $1,000: no separator to place, and no split or pattern to run per row of a plan.
  if (text.length <= 6 && text.charCodeAt(text.length - 3) === 46 /* . */) return `$${text}`;
  const [whole, fraction] = text.split('.');
  // Thousands separators only where there are thousands.
  return `$${whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${fraction}`;
}

/** `1234` → `1,234`: a count with thousands separators, the same on every machine (no locale). */
export function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
