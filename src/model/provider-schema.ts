import * as fs from 'fs';
import * as path from 'path';

/** A cty type as `terraform providers schema -json` prints it. */
export type CtyType = string | [string, CtyType] | ['object', { [name: string]: CtyType }];

/** One attribute of a schema block. */
export interface SchemaAttribute {
  readonly type: CtyType;
  readonly description?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  /** Terraform hides the value in plans and output. */
  readonly sensitive?: boolean;
}

/** One nested block type of a schema block. */
export interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A block of the provider schema. */
export interface SchemaBlock {
  readonly attributes?: { [name: string]: SchemaAttribute };
  readonly block_types?: { [name: string]: SchemaBlockType };
  readonly description?: string;
}

/** The Terraform resource type of the port. */
export const RESOURCE_TYPE = 'google_ml_engine_job';

/** The Terraform resource type of the Vertex AI custom job port. */
export const CUSTOM_JOB_RESOURCE_TYPE = 'google_vertex_ai_custom_job';

/**
 * A file of `schema/`: two levels above src/model (tests) and lib/model (the package ships schema/), or beside the
 * code in the single-file provider bundle (lib/provider-bundle/schema).
 */
export function schemaFile(name: string): string {
  const bundled = path.join(__dirname, 'schema', name);
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', '..', 'schema', name);
}

const PROVIDER_FQPN = 'registry.terraform.io/hashicorp/google';

const cached = new Map<string, SchemaBlock>();

/** The root block of `schema/<resourceType>.json`, read once. */
function resourceSchema(resourceType: string): SchemaBlock {
  let block = cached.get(resourceType);
  if (!block) {
    const document = JSON.parse(fs.readFileSync(schemaFile(`${resourceType}.json`), 'utf8'));
    block = document.provider_schemas[PROVIDER_FQPN].resource_schemas[resourceType].block as SchemaBlock;
    cached.set(resourceType, block);
  }
  return block!;
}

/** The root block of `schema/google_ml_engine_job.json`, read once. */
export function jobSchema(): SchemaBlock {
  return resourceSchema(RESOURCE_TYPE);
}

/** The root block of `schema/google_vertex_ai_custom_job.json`, read once. */
export function customJobSchema(): SchemaBlock {
  return resourceSchema(CUSTOM_JOB_RESOURCE_TYPE);
}

/** True for a nested block that holds at most one object (`max_items: 1` or `single`). */
export function isSingleBlock(blockType: SchemaBlockType): boolean {
  return blockType.nesting_mode === 'single' || blockType.nesting_mode === 'group' || blockType.max_items === 1;
}
