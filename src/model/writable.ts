/**
 * `T` with its `readonly` fields writable: for a plan's per-job records built by assignment, in the order of their
 * fields, so that thousands of them share one hidden class (conditional spreads would give them several).
 */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
