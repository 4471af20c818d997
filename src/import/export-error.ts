/**
 * A job that cannot be exported in the asked format (a batch prediction job as a gcloud `--config` file, a job
 * without an id), as one line. The CLI prints the message and exits with code 2.
 */
export class ExportError extends Error {
  constructor(
    /** Where the job came from, e.g. `jobs.json#jobs[2]`, or '' when unknown. */
    public readonly location: string,
    /** What is wrong. */
    public readonly problem: string,
  ) {
    super(location ? `${location}: ${problem}` : problem);
    this.name = 'ExportError';
  }
}
