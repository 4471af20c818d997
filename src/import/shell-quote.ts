/** Words a POSIX shell reads as they are: no quoting, globbing, expansion or word splitting applies to them. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * `word` quoted for a POSIX shell (sh, bash, zsh in sh mode): unchanged when it is plain, else in single quotes,
 * inside which nothing is special (a `'` is written `'\''`). Newlines and any other bytes are kept literally.
 */
export function quoteShellWord(word: string): string {
  if (word.includes('\0')) throw new Error('a shell word cannot hold a NUL character');
  return PLAIN_WORD.test(word) ? word : `'${word.replace(/'/g, '\'\\\'\'')}'`;
}

/** A command line that makes a POSIX shell pass exactly `argv` to the command. */
export function shellCommandLine(argv: readonly string[]): string {
  return argv.map(quoteShellWord).join(' ');
}
