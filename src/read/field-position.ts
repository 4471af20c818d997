import type * as jsonc from 'jsonc-parser';
import type * as yaml from 'yaml';
import { snakeCase } from '../model/snake-case';
import { lineAndColumn } from './text-position';

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** One parsed text as a tree to walk: the children of a mapping by key or of a list by index, with where each starts. */
interface Tree {
  readonly root: unknown;
  child(node: unknown, key: string | number): { node: unknown; offset: number | undefined } | undefined;
  isMapping(node: unknown): boolean;
}

/** Finds where fields of the jobs of one parsed text are written (see `fieldPositions`). */
export type FieldLocator = (pointer: string | undefined, apiPath: string) => TextPosition | undefined;

/**
 * Parses a JSON or YAML job file once and returns where the field at `apiPath` (`trainingInput.hyperparameters.params[1].type`,
 * as the rules name fields) of the job at `pointer` (`/jobs/2`; the whole file when undefined) is written: the position
 * of its key (of its item, in a list). A field the file does not have is placed at the nearest enclosing field it has
 * (a missing `trainingInput.region` at `trainingInput`). The path is matched as the readers read the file: a gcloud
 * `--config` CustomJobSpec has no `jobSpec` level, a snake_case key is its camelCase field, and a list written as one
 * value is its only item. The locator answers undefined for every field when the text is not one JSON or YAML
 * document, and for a job that cannot be found.
 */
export function fieldPositions(text: string): FieldLocator {
  const tree = /^\uFEFF?\s*[[{]/.test(text) ? jsonTree(text) : yamlTree(text);
  if (!tree) return () => undefined;
  return (pointer, apiPath) => {
    let node = tree.root;
    let offset: number | undefined;
    for (const step of (pointer ?? '').split('/').filter((s) => s !== '')) {
      const next = tree.child(node, /^\d+$/.test(step) ? Number(step) : step);
      if (!next) return undefined;
      ({ node, offset } = next);
    }
    const steps = apiPath.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (const [i, step] of steps.entries()) {
      const next = tree.child(node, step) ?? (typeof step === 'string' ? tree.child(node, snakeCase(step)) : undefined);
      if (next) {
        ({ node, offset } = next);
        continue;
      }
      // A gcloud --config CustomJobSpec is the jobSpec itself; a list written as one value is its only item.
      if ((i === 0 && step === 'jobSpec') || (step === 0 && tree.isMapping(node))) continue;
      break;
    }
    return offset === undefined ? undefined : lineAndColumn(text, offset);
  };
}

/** Where one field of a job file is written: `fieldPositions(text)` for a single field. */
export function fieldPosition(text: string, pointer: string | undefined, apiPath: string): TextPosition | undefined {
  return fieldPositions(text)(pointer, apiPath);
}

/** A JSON text as a tree (jsonc-parser, strict), or undefined when it does not parse. */
function jsonTree(text: string): Tree | undefined {
  const { parseTree } = require('jsonc-parser') as typeof jsonc;
  const errors: jsonc.ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || errors.length) return undefined;
  return {
    root,
    isMapping: (node) => (node as jsonc.Node).type === 'object',
    child(node, key) {
      const n = node as jsonc.Node;
      if (n.type === 'object' && typeof key === 'string') {
        const property = n.children?.find((p) => p.children?.[0]?.value === key);
        return property ? { node: property.children?.[1], offset: property.offset } : undefined;
      }
      if (n.type === 'array' && typeof key === 'number') {
        const item = n.children?.[key];
        return item ? { node: item, offset: item.offset } : undefined;
      }
      return undefined;
    },
  };
}

/** A YAML text as a tree (the yaml package, with node ranges), or undefined when it is not one clean document. */
function yamlTree(text: string): Tree | undefined {
  // Loaded only when a YAML job file has findings to place.
  const { isMap, isSeq, parseDocument } = require('yaml') as typeof yaml;
  const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  if (document.errors.length) return undefined;
  return {
    root: document.contents,
    isMapping: (node) => isMap(node),
    child(node, key) {
      if (isMap(node) && typeof key === 'string') {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        return pair ? { node: pair.value, offset: (pair.key as { range?: number[] }).range?.[0] } : undefined;
      }
      if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: number[] } | undefined;
        return item ? { node: item, offset: item.range?.[0] } : undefined;
      }
      return undefined;
    },
  };
}
