/** A mistake in how the command was called (a bad option value, a missing argument): exit code 2, one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
