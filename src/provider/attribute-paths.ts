import { CtyType, isSingleBlock, SchemaBlock, SchemaBlockType } from '../model/provider-schema';
import { terraformName } from '../model/terraform-mapping';
import { PathStep } from './diagnostics';

/**
 * The Terraform attribute path of an API field path, the way the rules and the plan diff name fields
 * (`trainingInput.workerConfig.acceleratorConfig.count` → `training_input[0].worker_config[0].accelerator_config[0].count`,
 * `labels.team` → `labels["team"]`, `trainingInput.args.2` → `training_input[0].args[2]`). Nested blocks of at most one
 * item get index 0. A path the schema does not know stops at its last known step.
 */
export function terraformAttributePath(apiPath: string, root: SchemaBlock): PathStep[] {
  const segments = apiPath ? apiPath.split('.') : [];
  const steps: PathStep[] = [];
  let block: SchemaBlock | undefined = root;
  let type: CtyType | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (block) {
      const name = terraformName(segment);
      const blockType: SchemaBlockType | undefined = block.block_types?.[name];
      const attribute = block.attributes?.[name];
      if (blockType) {
        steps.push({ attribute_name: name });
        if (isIndex(segments[i + 1])) steps.push({ element_key_int: Number(segments[++i]) });
        else if (isSingleBlock(blockType)) steps.push({ element_key_int: 0 });
        else if (i + 1 < segments.length) break; // an item of a list block without its index: stop at the block
        block = blockType.block;
        continue;
      }
      if (!attribute) break;
      steps.push({ attribute_name: name });
      block = undefined;
      type = attribute.type;
      continue;
    }
    if (type === undefined || typeof type === 'string') break;
    const [kind, inner] = type;
    if (kind === 'list' || kind === 'set') {
      if (isIndex(segment)) {
        steps.push({ element_key_int: Number(segment) });
        type = inner as CtyType;
      } else if (kind === 'list' && isObjectType(inner)) {
        // An API single object kept as a one-item list (training_output): step into item 0.
        steps.push({ element_key_int: 0 });
        type = inner as CtyType;
        i--;
      } else {
        break;
      }
    } else if (kind === 'map') {
      steps.push({ element_key_string: segment });
      type = inner as CtyType;
    } else if (kind === 'object') {
      const name = terraformName(segment);
      const attributes = inner as { [name: string]: CtyType };
      if (!(name in attributes)) break;
      steps.push({ attribute_name: name });
      type = attributes[name];
    } else {
      break;
    }
  }
  return steps;
}

/** The path in Terraform's own notation, for messages: `training_input[0].master_type`. */
export function formatAttributePath(steps: readonly PathStep[]): string {
  let out = '';
  for (const step of steps) {
    if ('attribute_name' in step) out += out ? `.${step.attribute_name}` : step.attribute_name;
    else if ('element_key_int' in step) out += `[${step.element_key_int}]`;
    else out += `[${JSON.stringify(step.element_key_string)}]`;
  }
  return out;
}

function isIndex(segment: string | undefined): boolean {
  return segment !== undefined && /^\d+$/.test(segment);
}

function isObjectType(type: unknown): boolean {
  return Array.isArray(type) && type[0] === 'object';
}
