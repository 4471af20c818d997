import { oneLine as joinLines } from '../read/error-line';

/**
 * A catalog file that cannot be used. The message is one line: `<file>: <place>: <problem>` for a bad value
 * (`my-catalog.yaml: accelerators[2].countsByMachineType.n1-standard-8: expected an array of numbers`),
 * `<file>:<line>:<column>: <problem>` for a syntax error, `<file>: <problem>` for a file that cannot be read.
 */
export class CatalogFileError extends Error {
  /** The file, as given. */
  public readonly file: string;
  /** Where in the file: a field path (`regions[0].id`), `line:column` for a syntax error, or undefined. */
  public readonly location?: string;
  /** What is wrong, without the file and location. */
  public readonly problem: string;

  /**
   * @param file the file, as given
   * @param problem what is wrong (made one line)
   * @param where a field path, or the 1-based line and column of a syntax error
   */
  public constructor(file: string, problem: string, where: { path?: string; line?: number; column?: number } = {}) {
    const oneLine = joinLines(problem);
    const position = where.line !== undefined ? `${where.line}:${where.column ?? 1}` : undefined;
    const location = position ?? where.path;
    super(position ? `${file}:${position}: ${oneLine}` : location ? `${file}: ${location}: ${oneLine}` : `${file}: ${oneLine}`);
    this.name = 'CatalogFileError';
    this.file = file;
    this.location = location;
    this.problem = oneLine;
  }
}
