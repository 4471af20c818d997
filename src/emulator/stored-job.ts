import { Job } from '../model/job';
import { JobTimeline } from './job-lifecycle';

/** One job as the emulator keeps it: what the client sent, its labels and etag, and what happened to it. */
export interface StoredJob {
  /** The project of the job's name (`projects/{project}/jobs/{jobId}`). */
  readonly project: string;
  /** The creation number across the emulator (1, 2, …): the list order and the page tokens use it. */
  readonly sequence: number;
  /** The job as created, without labels and output-only fields, int64 fields as strings. */
  readonly input: Job;
  /** The labels: the one field `projects.jobs.patch` changes. */
  labels: { [key: string]: string };
  /** The etag: a new one on create, each label change and each cancel. */
  etag: string;
  /** When it was created, cancelled or made to fail. */
  timeline: JobTimeline;
}

/**
 * The etag of a version number: 8 bytes, base64, like the service's (`999ZVqrNnTY=`). Derived from a counter, so a
 * run's etags are the same every time.
 */
export function etagOf(version: number): string {
  const bytes = Buffer.alloc(8);
  // A fixed odd multiplier spreads consecutive versions over all the bytes; the low 32 bits keep it unique.
  bytes.writeUInt32BE(Math.imul(version, 0x9e3779b1) >>> 0, 0);
  bytes.writeUInt32BE(version >>> 0, 4);
  return bytes.toString('base64');
}
