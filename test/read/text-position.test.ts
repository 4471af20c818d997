import { lineAndColumn } from '../../src/read/text-position';

describe('lineAndColumn', () => {
  const text = 'ab\ncd\n\nefg';

  test('1-based line and column of an offset: the first character, inside a line, right after a line break', () => {
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 1)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, 6)).toEqual({ line: 3, column: 1 }); // an empty line
    expect(lineAndColumn(text, 9)).toEqual({ line: 4, column: 3 });
  });

  test('a line break belongs to the line it ends', () => {
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 });
  });

  test('an offset past either end is clamped to the text: the end of the last line, or its start', () => {
    expect(lineAndColumn(text, text.length)).toEqual({ line: 4, column: 4 });
    expect(lineAndColumn(text, 1_000)).toEqual({ line: 4, column: 4 });
    expect(lineAndColumn(text, -5)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
  });

  test('columns count UTF-16 code units, as editors that speak LSP and V8 offsets do; \\r\\n counts the \\r on its line', () => {
    expect(lineAndColumn('é😀x', 3)).toEqual({ line: 1, column: 4 }); // 😀 is two code units
    expect(lineAndColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});
