import { printable } from '../../read/printable';

/**
 * Text safe in HTML and SVG, as element content or as a double- or single-quoted attribute value: `&`, `<`, `>`, `"`
 * and `'` become character references, and control characters (which HTML forbids or hides) are shown as `\u{1b}`
 * escapes. Job names, ids, labels, regions and messages are untrusted and must pass through here.
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
