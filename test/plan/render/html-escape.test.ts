import * as fc from 'fast-check';
import { escapeHtml } from '../../../src/plan/render/html-escape';

describe('escapeHtml', () => {
  test('markup, quotes and control characters', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml("a & b's")).toBe('a &amp; b&#39;s');
    expect(escapeHtml('a\u0000b\u001b[2J\nc')).toBe('a\\u{0}b\\u{1b}[2J\\u{a}c');
    expect(escapeHtml('café 工作')).toBe('café 工作');
  });

  test('the result never holds a character that starts a tag, ends an attribute or is a control character (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(escapeHtml(text)).not.toMatch(/[<>"'\u0000-\u001f\u007f-\u009f]|&(?!(amp|lt|gt|quot|#39);)/);
    }));
  });
});
