/**
 * Text safe to print on a terminal or in a log: control characters (escape sequences that clear the screen or set
 * the title, the bell, carriage returns and newlines that forge report lines), the Unicode line separators and the
 * bidirectional controls that reorder what a reader sees are shown as `\u{1b}` escapes. Job data (field names,
 * labels, ids, file contents quoted in errors) is untrusted and reaches reports and error lines; every one of them
 * goes through this one escaper.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** C0 and C1 controls, DEL, U+2028/U+2029, and the bidi embeddings, overrides and isolates. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
