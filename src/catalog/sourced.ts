/**
 * Where a catalog fact comes from, the field set every fact of `src/catalog` carries (the ML Engine facts of
 * `catalog-types.ts` and the Vertex AI facts of `vertex/vertex-catalog-types.ts`).
 *
 * @internal (not part of the jsii API; plain data for the rule engine)
 */

/** Where a fact comes from. */
export interface Sourced {
  /** A public URL (documentation, API reference, or a repository file at a commit). */
  readonly source: string;
  /** The date the source was read, `YYYY-MM-DD`. */
  readonly read: string;
  /**
   * False when the fact could not be confirmed from a public source: rules built on it warn instead of failing.
   * Default true.
   */
  readonly confirmed?: boolean;
  /** A short note on the fact (caveats, what was inferred). */
  readonly note?: string;
  /**
   * Fields of an otherwise confirmed entry that could not be confirmed (e.g. `['vcpus', 'memoryGb']` when the shape
   * of a legacy machine type is inferred): rules built on those fields warn instead of failing. Default none.
   */
  readonly unconfirmedFields?: string[];
}
