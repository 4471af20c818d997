import * as fs from 'fs';
import * as path from 'path';
import { Rule, Violation } from '../rules/rule';
import { PolicyConfig, configEntryError } from './config';

const SEVERITIES = ['error', 'warning', 'info'];
const KINDS = ['api', 'platform', 'policy'];
const APPLIES_TO = ['training', 'prediction', 'any'];

/**
 * Loads the user rule modules of a configuration. Each module exports `rules: Rule[]` (CommonJS `exports.rules` or an
 * ES module compiled to CommonJS). `.js` and `.cjs` modules are loaded with `require`. A `.ts` module is loaded
 * only when `ts-node` is installed in the project (it is registered in transpile-only mode); otherwise compile it to
 * `.js` first. Throws a one-line error at the plugin's line in the configuration file.
 */
export function loadPluginRules(config: PolicyConfig): Rule[] {
  const rules: Rule[] = [];
  config.plugins.forEach((file, i) => {
    const entry = `plugins[${i}]`;
    const fail = (problem: string): never => {
      throw configEntryError(config, entry, `plugin ${path.basename(file)}: ${problem}`);
    };
    const exported = requirePlugin(file, fail);
    const list = (exported as { rules?: unknown } | undefined)?.rules;
    if (!Array.isArray(list)) fail('expected the module to export rules: Rule[]');
    (list as unknown[]).forEach((rule, j) => {
      const problem = ruleProblem(rule);
      if (problem) fail(`rules[${j}]: ${problem}`);
      rules.push(checkedResults(rule as Rule, path.basename(file)));
    });
  });
  return rules;
}

function requirePlugin(file: string, fail: (problem: string) => never): unknown {
  const extension = path.extname(file).toLowerCase();
  if (!['.js', '.cjs', '.ts', '.cts'].includes(extension)) fail(`unsupported module type "${extension || '(none)'}"; use .js or .ts`);
  // `require.extensions` has a `.ts` hook when ts-node (or jest) already loads TypeScript.
  if ((extension === '.ts' || extension === '.cts') && !require.extensions?.['.ts']) registerTsNode(fail);
  // require() would read a device or a FIFO named like a module forever.
  if (fs.existsSync(file) && !fs.statSync(file).isFile()) fail('not a regular file');
  try {
    // Load the file as it is now: a long-lived process (watch mode, tests) must see an edited rule module.
    // Cache keys are real paths (a link on the way, such as macOS's /tmp, resolves).
    const resolved = safeResolve(file);
    if (resolved) delete require.cache[resolved];
    return require(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' && (error as Error).message.includes(file)) return fail('no such file');
    return fail(`cannot load the module: ${(error as Error).message.split('\n')[0]}`);
  }
}

function safeResolve(file: string): string | undefined {
  try {
    return require.resolve(file);
  } catch {
    return undefined;
  }
}

/** Registers ts-node (transpile only) from the user's project, or explains how to load a TypeScript plugin. */
function registerTsNode(fail: (problem: string) => never): void {
  let tsNode: { register(options: object): unknown };
  try {
    tsNode = require(require.resolve('ts-node', { paths: [process.cwd(), __dirname] }));
  } catch {
    fail('a TypeScript plugin needs ts-node installed (npm i -D ts-node), or compile it to .js');
    return;
  }
  // node16 emits CommonJS for .ts files outside ESM packages; 'commonjs' alone implies moduleResolution node10, which TypeScript 6 rejects.
  tsNode.register({ transpileOnly: true, compilerOptions: { module: 'node16', moduleResolution: 'node16' } });
}

/**
 * The rule with its results checked. A user rule that throws, or returns something other than `Violation[]`, gives
 * one error finding that names the module and the problem: the rule the organisation wanted enforced did not run,
 * so the check must fail rather than pass quietly (built-in rules that throw are only warnings: the engine's case).
 */
function checkedResults(rule: Rule, module: string): Rule {
  const broken = (problem: string): Violation[] => [{
    path: '',
    severity: 'error',
    message: `The user rule ${rule.id} (plugin ${module}) is broken: ${problem}`,
    fix: 'Fix the rule module; check(job, ctx) must return an array of { path, message, fix?, severity? }.',
  }];
  return {
    ...rule,
    check: (job, ctx) => {
      let result: unknown;
      try {
        result = rule.check(job, ctx);
      } catch (error) {
        return broken(`check threw ${(error as Error)?.message ?? String(error)}`);
      }
      if (!Array.isArray(result)) return broken(`check returned ${result === null ? 'null' : typeof result}, not an array of violations`);
      for (let i = 0; i < result.length; i++) {
        const problem = violationProblem(result[i]);
        if (problem) return broken(`violation ${i}: ${problem}`);
      }
      return result as Violation[];
    },
  };
}

function violationProblem(violation: unknown): string | undefined {
  if (typeof violation !== 'object' || violation === null) return 'expected an object { path, message, fix?, severity? }';
  const v = violation as { [key: string]: unknown };
  if (typeof v.path !== 'string') return 'path must be a string (the API field path, or "" for the whole job)';
  if (typeof v.message !== 'string' || v.message === '') return 'message must be a non-empty string';
  if (v.fix !== undefined && typeof v.fix !== 'string') return 'fix must be a string';
  if (v.severity !== undefined && !SEVERITIES.includes(v.severity as string)) return 'severity must be error, warning or info';
  return undefined;
}

/** What is wrong with an exported rule, or undefined. */
function ruleProblem(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return 'expected a rule object';
  const r = rule as { [key: string]: unknown };
  if (typeof r.id !== 'string' || r.id === '') return 'id must be a non-empty string';
  if (!SEVERITIES.includes(r.severity as string)) return `${r.id}: severity must be error, warning or info`;
  if (!KINDS.includes(r.kind as string)) return `${r.id}: kind must be api, platform or policy`;
  if (!APPLIES_TO.includes(r.appliesTo as string)) return `${r.id}: appliesTo must be training, prediction or any`;
  for (const field of ['summary', 'rationale', 'source']) {
    if (typeof r[field] !== 'string') return `${r.id}: ${field} must be a string`;
  }
  if (typeof r.check !== 'function') return `${r.id}: check must be a function (job, ctx) => Violation[]`;
  return undefined;
}
