import type * as yaml from 'yaml';
import { MAX_DEPTH, TOO_DEEP } from './depth-guard';
import { MAX_ITEMS } from './size-limits';

/** Makes the error for a YAML problem; `offset` is where in the text (0-based), when known. */
export type YamlFailure = (problem: string, offset?: number) => Error;

/**
 * Checks YAML text before it is composed into a document: lists and mappings nest at most `MAX_DEPTH` levels and
 * hold at most `MAX_ITEMS` entries each. The yaml package composes documents recursively (a few kilobytes of
 * `[[[[…` overflow its stack, and past about 5,000 levels the process dies of an out-of-memory error no `catch` can
 * see), checks duplicate keys in quadratic time, and spends about 50 µs of a second on each node (a million
 * one-line list entries took a minute). This check drives the package's parser, which keeps the open collections on
 * an explicit stack, one token at a time, and stops at the first collection past a limit: linear, and cheap for
 * exactly the input that would be expensive.
 */
export function checkYamlText(text: string, fail: YamlFailure): void {
  const { Lexer, Parser } = require('yaml') as typeof yaml;
  const parser = new Parser();
  const drain = (tokens: Generator<yaml.CST.Token, void>): void => {
    for (const token of tokens) void token;
  };
  for (const lexeme of new Lexer().lex(text)) {
    drain(parser.next(lexeme));
    const stack = parser.stack;
    // Only the innermost two collections can have grown with this token.
    for (let i = Math.max(0, stack.length - 2); i < stack.length; i++) {
      const token = stack[i];
      if (isCollection(token) && token.items.length > MAX_ITEMS) {
        const kind = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{') ? 'mapping' : 'list';
        throw fail(`a ${kind} of more than ${MAX_ITEMS.toLocaleString('en-US')} entries; mljob reads ${kind}s of at most that many`, token.offset);
      }
    }
    if (stack.length > MAX_DEPTH) {
      const collections = stack.filter(isCollection);
      if (collections.length > MAX_DEPTH) throw fail(TOO_DEEP, collections[MAX_DEPTH].offset);
    }
  }
  drain(parser.end());
}

type CollectionToken = yaml.CST.BlockMap | yaml.CST.BlockSequence | yaml.CST.FlowCollection;

function isCollection(token: yaml.CST.Token): token is CollectionToken {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/**
 * Checks a composed YAML document before it becomes values (`toJS`), refusing in one line what the values could not
 * hold or what would hang or overflow:
 * - a mapping key that is a list or a mapping (`? [a, b]: x`): JavaScript keys are strings, and yaml would print a
 *   warning on standard error while it turned the key into text;
 * - an alias inside the node its anchor names (`args: &r [ *r ]`): the value would contain itself, endlessly deep;
 * - nesting past `MAX_DEPTH` once aliases are followed (each alias of a deep anchor adds its depth again).
 *
 * Walks the document without recursion, each node once (what an alias names is measured once, however many
 * aliases name it).
 */
export function checkYamlDocument(document: yaml.Document.Parsed, fail: YamlFailure): void {
  const { isAlias, isCollection, isMap, isPair, isSeq } = require('yaml') as typeof yaml;
  type Node = yaml.Node;
  const children = (node: Node): Node[] => {
    if (isAlias(node)) {
      const source = node.resolve(document);
      return source ? [source as Node] : [];
    }
    if (isMap(node)) {
      const out: Node[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key && (isCollection(key) || (isAlias(key) && isCollection(key.resolve(document))))) {
          throw fail('a mapping key that is a list or a mapping (? [a, b]); keys must be plain values', key.range?.[0]);
        }
        if (key) out.push(key);
        if (pair.value) out.push(pair.value as Node);
      }
      return out;
    }
    if (isSeq(node)) return node.items.filter((item): item is Node => item !== null && typeof item === 'object');
    return [];
  };
  const depthOf = new Map<Node, number>(); // finished nodes: how deep they nest, aliases followed
  const open = new Set<Node>(); // the nodes on the path from the root to the current node
  const root = document.contents as Node | null;
  if (!root) return;
  const stack: Array<{ node: Node; kids?: Node[] }> = [{ node: root }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.kids === undefined) {
      if (depthOf.has(frame.node)) {
        stack.pop();
        continue;
      }
      frame.kids = children(frame.node);
      open.add(frame.node);
      for (const kid of frame.kids) {
        if (open.has(kid)) {
          const alias = isAlias(frame.node) ? `*${frame.node.source} ` : '';
          throw fail(`the alias ${alias}is inside the node its anchor names (a recursive alias); write the value out`, frame.node.range?.[0]);
        }
        if (!depthOf.has(kid)) stack.push({ node: kid });
      }
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    let deepest = 0;
    for (const kid of frame.kids) deepest = Math.max(deepest, depthOf.get(kid) ?? 0);
    const depth = (isCollection(frame.node) ? 1 : 0) + deepest;
    if (depth > MAX_DEPTH) throw fail(TOO_DEEP, frame.node.range?.[0]);
    depthOf.set(frame.node, depth);
  }
}
