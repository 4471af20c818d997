import type { TextPlace } from './parse-document';

/**
 * A problem with a file the user gave us, as one line: `<file>:<line>:<column>: <problem>` or `<file>: <place>: <problem>`.
 * The CLI prints the message as it is and exits with code 2; there is never a stack trace.
 */
export class InputFileError extends Error {
  constructor(
    /** The file, as the user named it. */
    public readonly file: string,
    /** `line:column`, a field path, or '' when the whole file is meant. */
    public readonly location: string,
    /** What is wrong. */
    public readonly problem: string,
  ) {
    super(location ? `${file}${/^\d+:\d+$/.test(location) ? ':' : ': '}${location}: ${problem}` : `${file}: ${problem}`);
    this.name = 'InputFileError';
  }
}

/** The `ParseFailure` of a file the user gave: an `InputFileError` at `line:column`, at a path, or for the whole file. */
export function inputFileFailure(file: string): (problem: string, place: TextPlace) => InputFileError {
  return (problem, place) => new InputFileError(file, place.line !== undefined ? `${place.line}:${place.column ?? 1}` : place.path ?? '', problem);
}
