/** One word of a shell command, with where it starts in the text. */
export interface ShellWord {
  /** The word after quote removal. */
  readonly text: string;
  /** 1-based line and column of the word's first character. */
  readonly line: number;
  readonly column: number;
}

/** Why a text could not be split into words. */
export class ShellSyntaxError extends Error {
  constructor(public readonly line: number, public readonly column: number, public readonly problem: string) {
    super(`${line}:${column}: ${problem}`);
    this.name = 'ShellSyntaxError';
  }
}

/**
 * Splits shell text, such as a `gcloud` command pasted from a README or a CI script, into commands of words the way a
 * POSIX shell would before it expands anything: blanks separate words, `'…'` is literal, `"…"` keeps its text with
 * `\"`, `\\`, `\$` and `` \` `` escaped, a backslash quotes the next character and a backslash at the end of a line
 * continues the command on the next line. A newline or `;` ends a command; `#` at the start of a word starts a
 * comment. Nothing is ever expanded or run: `$HOME` and `$(…)` stay the text they are (`words` reports them).
 *
 * Throws `ShellSyntaxError` for an unterminated quote.
 */
export function shellCommands(text: string): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let word: string | undefined;
  let start = { line: 1, column: 1 };
  let line = 1;
  let column = 1;
  let i = 0;
  const endWord = (): void => {
    if (word !== undefined) words.push({ text: word, ...start });
    word = undefined;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length) commands.push(words);
    words = [];
  };
  const begin = (): void => {
    if (word === undefined) {
      word = '';
      start = { line, column };
    }
  };
  const advance = (ch: string): void => {
    i += ch.length;
    if (ch === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        advance(ch);
        advance(next);
        continue;
      }
      if (next === '\r' && text[i + 2] === '\n') {
        advance(ch);
        advance(next);
        advance('\n');
        continue;
      }
      begin();
      advance(ch);
      if (next !== undefined) {
        word += next;
        advance(next);
      }
      continue;
    }
    if (ch === "'") {
      begin();
      const at = { line, column };
      advance(ch);
      const end = text.indexOf("'", i);
      if (end < 0) throw new ShellSyntaxError(at.line, at.column, 'a single quote that is never closed');
      for (const c of text.slice(i, end)) {
        word += c;
        advance(c);
      }
      advance("'");
      continue;
    }
    if (ch === '"') {
      begin();
      const at = { line, column };
      advance(ch);
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          advance(c);
          closed = true;
          break;
        }
        if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
          advance(c);
          const escaped = text[i];
          if (escaped !== '\n') word += escaped;
          advance(escaped);
          continue;
        }
        word += c;
        advance(c);
      }
      if (!closed) throw new ShellSyntaxError(at.line, at.column, 'a double quote that is never closed');
      continue;
    }
    if (ch === '\n' || ch === ';') {
      endCommand();
      advance(ch);
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
      advance(ch);
      continue;
    }
    if (ch === '#' && word === undefined) {
      while (i < text.length && text[i] !== '\n') advance(text[i]);
      continue;
    }
    begin();
    word += ch;
    advance(ch);
  }
  endCommand();
  return commands;
}
