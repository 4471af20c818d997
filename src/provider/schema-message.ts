import { SchemaBlock } from '../model/provider-schema';

/** tfplugin6 `Schema` as the gRPC layer sends it (proto field names). */
export interface SchemaMessage {
  readonly version: number;
  readonly block: BlockMessage;
}

interface BlockMessage {
  readonly version: number;
  readonly attributes: object[];
  readonly block_types: object[];
  readonly description: string;
  readonly description_kind: 'PLAIN';
}

const NESTING: { readonly [mode: string]: string } = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' };

/**
 * The protocol form of a schema block from `schema/` (`terraform providers schema -json` format): the same schema
 * the L1 classes and the model mapping are generated from, so Terraform, cdktf and `mljob` agree on every attribute.
 */
export function schemaMessage(block: SchemaBlock, version = 0): SchemaMessage {
  return { version, block: blockMessage(block, version) };
}

function blockMessage(block: SchemaBlock, version: number): BlockMessage {
  return {
    version,
    attributes: Object.entries(block.attributes ?? {}).map(([name, attribute]) => ({
      name,
      type: Buffer.from(JSON.stringify(attribute.type)),
      description: attribute.description ?? '',
      description_kind: 'PLAIN',
      required: attribute.required === true,
      optional: attribute.optional === true,
      computed: attribute.computed === true,
      sensitive: attribute.sensitive === true,
    })),
    block_types: Object.entries(block.block_types ?? {}).map(([name, blockType]) => ({
      type_name: name,
      block: blockMessage(blockType.block, 0),
      nesting: NESTING[blockType.nesting_mode],
      min_items: blockType.min_items ?? 0,
      max_items: blockType.max_items ?? 0,
    })),
    description: block.description ?? '',
    description_kind: 'PLAIN',
  };
}
