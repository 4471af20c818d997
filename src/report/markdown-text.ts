import { printable } from '../read/printable';

/**
 * Text safe inside a GitHub markdown table cell: no pipes, no line breaks (they become `<br>`), no HTML, no links and
 * no @-mentions (job data such as names, field names and labels is untrusted and reaches the reports), no control
 * characters. Backticks stay: messages mark code with them, and a code span cannot leave its cell.
 */
export function markdownCell(value: string): string {
  return value.split(/\r?\n|\r/).map((line) => printable(line)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|').replace(/\[/g, '\\[').replace(/\]/g, '\\]').replace(/@/g, '&#64;')
    // GitHub links bare URLs and www. names too.
    .replace(/:\/\//g, ':&#47;&#47;').replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#46;`)).join('<br>');
}

/**
 * An inline code span that shows the value literally, also inside a table cell: the fence is longer than any run of
 * backticks in the value, pipes are escaped (GitHub unescapes `\|` in cells before it reads the span), line breaks
 * become spaces and control characters are shown as escapes.
 */
export function markdownCode(value: string): string {
  const clean = printable(value.replace(/\r?\n|\r/g, ' ')).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
