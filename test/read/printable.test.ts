import { printable } from '../../src/read/printable';

describe('printable', () => {
  test('escapes C0 and C1 controls, DEL, the line separators and the bidi controls; keeps other text', () => {
    // GIVEN a clear-screen, a title-setting OSC ended by BEL, a forged line, DEL, C1 CSI, U+2028 and a right-to-left override
    const hostile = '\u001b[2J\u001b]0;pwned\u0007\r\nforged\u007f\u009b\u2028\u202eevil\u2066x\u2069';

    // THEN
    expect(printable(hostile)).toBe('\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{d}\\u{a}forged\\u{7f}\\u{9b}\\u{2028}\\u{202e}evil\\u{2066}x\\u{2069}');
    expect(printable('é中😀 tab-free text [x](y)')).toBe('é中😀 tab-free text [x](y)');
  });
});
