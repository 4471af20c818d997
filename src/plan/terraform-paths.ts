import { isSingleBlock, jobSchema, SchemaBlock, SchemaBlockType } from '../model/provider-schema';
import { terraformName } from '../model/terraform-mapping';


/**
 * An API field path (`trainingInput.masterConfig.imageUri`) as the path steps of Terraform's plan JSON
 * (`["training_input", 0, "master_config", 0, "image_uri"]`): nested blocks are lists there, so each block step is
 * followed by its index. `root` is the resource's schema (default `google_ml_engine_job`).
 */
export function terraformPathSteps(apiPath: string, root: SchemaBlock = jobSchema()): Array<string | number> {
  const steps: Array<string | number> = [];
  let block: SchemaBlock | undefined = root;
  const segments = apiPath ? apiPath.split('.') : [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (/^\d+$/.test(segment)) {
      steps.push(Number(segment));
      continue;
    }
    const name = terraformName(segment);
    steps.push(name);
    const blockType: SchemaBlockType | undefined = block?.block_types?.[name];
    if (blockType) {
      block = blockType.block;
      // A single block is a one-element list; a list block's index is the next API segment.
      if (isSingleBlock(blockType)) steps.push(0);
    } else {
      block = undefined;
    }
  }
  return steps;
}

/** The dotted Terraform form of an API path, for text output: `training_input.master_config.image_uri`. */
export function terraformDottedPath(apiPath: string): string {
  // A plan names the same few paths for thousands of jobs: each is converted once (the cache is bounded).
  let dotted = dottedPaths.get(apiPath);
  if (dotted === undefined) {
    dotted = apiPath.split('.').map((segment) => (/^\d+$/.test(segment) ? segment : terraformName(segment))).join('.');
    if (dottedPaths.size >= MAX_CACHED_PATHS) dottedPaths.clear();
    dottedPaths.set(apiPath, dotted);
  }
  return dotted;
}

const dottedPaths = new Map<string, string>();
const MAX_CACHED_PATHS = 10_000;
