import { printable } from './printable';

/** An error line longer than this keeps its start and its end; the middle is left out, and says how much. */
export const MAX_ERROR_LINE = 2000;

/**
 * A message as one line for standard error: line breaks and the blanks around them become one space, control
 * characters are escaped (`printable`), and a line past `MAX_ERROR_LINE` characters keeps its start (file and
 * place) and end (the problem). Linear in the length of the message, whatever it holds (a value quoted in an error
 * can be megabytes of spaces).
 */
export function errorLine(message: string): string {
  return printable(shortened(oneLine(message)));
}

/**
 * Lines joined by one space, each trimmed, blank lines dropped: `a  \n\n  b` → `a b`. Split and trim instead of a
 * `\s*\n\s*` pattern, which backtracks quadratically over a long run of blanks without a line break.
 */
export function oneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text.trim();
  return text.split(/\r\n|[\r\n]/).map((line) => line.trim()).filter((line) => line !== '').join(' ');
}

function shortened(text: string): string {
  if (text.length <= MAX_ERROR_LINE) return text;
  const head = cut(text, Math.floor(MAX_ERROR_LINE * 0.7));
  const tail = text.slice(cut(text, text.length - Math.floor(MAX_ERROR_LINE * 0.25)).length);
  return `${head}…(${text.length - head.length - tail.length} characters left out)…${tail}`;
}

/** The first `length` UTF-16 units of `text`, one less when that would split a surrogate pair. */
function cut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
