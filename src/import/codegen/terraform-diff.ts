import { canonicalJson } from '../../constructs/job-identity';
import { isSingleBlock, jobSchema, SchemaBlock } from '../../model/provider-schema';
import { isPlainObject } from '../../model/plain-object';

/** One escape hatch: `resource.addOverride(path, value)`; `value` undefined deletes the field. */
export interface Override {
  /** The dotted Terraform path, e.g. `training_input.scale_tier` or `training_input.hyperparameters.params.0.type`. */
  readonly path: string;
  readonly value: unknown;
}

/** The overrides that turn what a construct renders into the wanted resource, or the paths where none can. */
export interface TerraformDiff {
  readonly overrides: Override[];
  /**
   * Paths that no override can fix: cdktf appends an override list to a rendered list instead of replacing it, so
   * a rendered list of other values cannot be corrected.
   */
  readonly conflicts: string[];
}

/**
 * Terraform arguments of `google_ml_engine_job` (as `jobToTerraform` makes them, nested blocks as one-element lists)
 * in the shape cdktf synthesizes: blocks of at most one item as objects. `root` is the resource's schema (default
 * `google_ml_engine_job`; `customJobSchema()` for `google_vertex_ai_custom_job`).
 */
export function synthShape(attributes: { [name: string]: unknown }, root: SchemaBlock = jobSchema()): { [name: string]: unknown } {
  return shapeBlock(attributes, root);
}

/**
 * The overrides that make `rendered` (what the construct synthesizes) equal to `wanted`, both in `synthShape`.
 * It descends into nested blocks (and into list blocks item by item), and replaces attributes (lists, maps,
 * scalars) whole. Paths come out sorted, so the generated code is deterministic.
 */
export function diffTerraform(wanted: { [name: string]: unknown }, rendered: { [name: string]: unknown }, root: SchemaBlock = jobSchema()): TerraformDiff {
  const diff: TerraformDiff = { overrides: [], conflicts: [] };
  diffBlock(wanted, rendered, root, '', diff);
  return diff;
}

function diffBlock(wanted: Record<string, unknown>, rendered: Record<string, unknown>, block: SchemaBlock, path: string, diff: TerraformDiff): void {
  const keys = [...new Set([...Object.keys(wanted), ...Object.keys(rendered)])].sort();
  for (const key of keys) {
    const want = wanted[key];
    const have = rendered[key];
    const at = path ? `${path}.${key}` : key;
    if (want === undefined && have === undefined) continue;
    if (want === undefined) {
      diff.overrides.push({ path: at, value: undefined });
      continue;
    }
    if (have === undefined) {
      diff.overrides.push({ path: at, value: want });
      continue;
    }
    if (canonicalJson(want) === canonicalJson(have)) continue;
    const blockType = block.block_types?.[key];
    if (blockType && isSingleBlock(blockType) && isPlainObject(want) && isPlainObject(have)) {
      diffBlock(want, have, blockType.block, at, diff);
    } else if (blockType && Array.isArray(want) && Array.isArray(have) && want.length === have.length
      && want.every(isPlainObject) && have.every(isPlainObject)) {
      want.forEach((item, i) => diffBlock(item, have[i], blockType.block, `${at}.${i}`, diff));
    } else if (Array.isArray(have) && (Array.isArray(want) || isPlainObject(want))) {
      diff.conflicts.push(at);
    } else {
      diff.overrides.push({ path: at, value: want });
    }
  }
}

function shapeBlock(value: Record<string, unknown>, block: SchemaBlock): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    const blockType = block.block_types?.[key];
    if (!blockType) out[key] = field;
    else if (isSingleBlock(blockType)) {
      const item = Array.isArray(field) ? field[0] : field;
      out[key] = isPlainObject(item) ? shapeBlock(item, blockType.block) : field;
    } else {
      out[key] = Array.isArray(field) ? field.map((item) => (isPlainObject(item) ? shapeBlock(item, blockType.block) : item)) : field;
    }
  }
  return out;
}
