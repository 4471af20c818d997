/**
 * True when a field is given: known or unknown (a token or `${…}` reference counts as given, as its value only
 * arrives at apply). Absent, null and empty strings are not given.
 */
export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

