import { shellCommands, ShellSyntaxError } from '../../src/read/shell-words';

const texts = (text: string): string[][] => shellCommands(text).map((words) => words.map((word) => word.text));

describe('shellCommands', () => {
  test('blanks separate words; newlines and ; separate commands; a backslash-newline continues the command', () => {
    expect(texts('gcloud ai custom-jobs create \\\n  --region=us-central1 \\\r\n  --display-name=train\necho done; ls')).toEqual([
      ['gcloud', 'ai', 'custom-jobs', 'create', '--region=us-central1', '--display-name=train'],
      ['echo', 'done'],
      ['ls'],
    ]);
  });

  test('quotes are removed as a shell removes them; nothing is expanded', () => {
    expect(texts(`a 'b c' "d \\"e\\" $HOME" f\\ g 'x'"y"z $(rm -rf /) \`id\``)).toEqual([
      ['a', 'b c', 'd "e" $HOME', 'f g', 'xyz', '$(rm', '-rf', '/)', '`id`'],
    ]);
  });

  test('a # at the start of a word starts a comment; inside a word it is text', () => {
    expect(texts('# a comment\ngcloud x # trailing\n--labels=a#b')).toEqual([['gcloud', 'x'], ['--labels=a#b']]);
  });

  test('each word knows its line and column', () => {
    const [[first, second]] = shellCommands('\n  gcloud \\\n    --region=x');
    expect(first).toEqual({ text: 'gcloud', line: 2, column: 3 });
    expect(second).toEqual({ text: '--region=x', line: 3, column: 5 });
  });

  test('an unterminated quote is a ShellSyntaxError at the quote', () => {
    expect(() => shellCommands('gcloud --display-name="train')).toThrow(ShellSyntaxError);
    expect(() => shellCommands("x\n  'abc")).toThrow(/^2:3: a single quote that is never closed$/);
  });

  test('empty text and blank lines are no commands', () => {
    expect(texts('')).toEqual([]);
    expect(texts('\n\n  \n')).toEqual([]);
  });
});
