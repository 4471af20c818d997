import { errorLine, MAX_ERROR_LINE, oneLine } from '../../src/read/error-line';

describe('oneLine', () => {
  test('joins lines with one space, trimming the blanks around each break; keeps blanks inside a line', () => {
    expect(oneLine('a  \n\n  b\r\n c\rd')).toBe('a b c d');
    expect(oneLine('  keep   inner   blanks  ')).toBe('keep   inner   blanks');
  });

  test('is linear on a long run of blanks (the old \\s*\\n\\s* pattern took 8.6 s for 80,000 spaces)', () => {
    // GIVEN a megabyte of spaces with no line break, and one with a break at the very end
    const spaces = `a${' '.repeat(1_000_000)}b`;
    const start = Date.now();

    // WHEN
    const joined = oneLine(spaces);
    const broken = oneLine(`${spaces}\n`);

    // THEN
    expect(Date.now() - start).toBeLessThan(1000);
    expect(joined).toBe(spaces);
    expect(broken).toBe(spaces);
  });
});

describe('errorLine', () => {
  test('escapes control characters after joining the lines', () => {
    expect(errorLine('f.yaml: 1:1: unknown pack "\u001b]0;pwned\u0007"\nforged line\u2028x')).toBe('f.yaml: 1:1: unknown pack "\\u{1b}]0;pwned\\u{7}" forged line\\u{2028}x');
  });

  test('keeps the start and the end of a very long line and says how much it left out', () => {
    // GIVEN a message quoting a megabyte of spaces
    const message = `f.yaml:1:9: unknown pack "a${' '.repeat(1_000_000)}b"; the packs are security, cost, hygiene`;
    const start = Date.now();

    // WHEN
    const line = errorLine(message);

    // THEN
    expect(Date.now() - start).toBeLessThan(1000);
    expect(line.length).toBeLessThan(MAX_ERROR_LINE + 50);
    expect(line.startsWith('f.yaml:1:9: unknown pack "a   ')).toBe(true);
    expect(line.endsWith('   b"; the packs are security, cost, hygiene')).toBe(true);
    expect(line).toMatch(/…\(\d+ characters left out\)…/);
    const [, left] = /…\((\d+) characters left out\)…/.exec(line)!;
    expect(Number(left) + line.length - `…(${left} characters left out)…`.length).toBe(message.length);
  });

  test('never splits a surrogate pair where it cuts', () => {
    const line = errorLine('😀'.repeat(MAX_ERROR_LINE));
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
