import { IConstruct } from 'constructs';

/** The recorded `file:line:col` of the user's code that created each job construct. */
const SOURCES = new WeakMap<IConstruct, string>();

/** Records where `construct` was created (`main.ts:12:1`), for the messages of its synth findings. */
export function recordConstructSource(construct: IConstruct, location: string): void {
  SOURCES.set(construct, location);
}

/** Where `construct` was created, if it was recorded (L2 jobs with stack traces on; not bare L1 resources). */
export function constructSource(construct: IConstruct): string | undefined {
  return SOURCES.get(construct);
}
