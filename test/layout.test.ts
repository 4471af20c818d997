import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

/** Every module of src/ (generated L1 aside), as a path relative to src/ without `.ts`. */
function modules(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path.relative(SRC, file).slice(0, -3).split(path.sep).join('/'));
    }
  };
  walk(SRC);
  return out.filter((m) => !m.startsWith('l1/')).sort();
}

/** The modules of src/ that `module` imports, type-only imports and `require()` included. */
function importsOf(module: string, known: ReadonlySet<string>): string[] {
  const text = fs.readFileSync(path.join(SRC, `${module}.ts`), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)'(\.{1,2}\/[^']*)'/gm)].map((m) => m[1]);
  return specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(module), s)))
    .map((target) => (known.has(target) ? target : `${target}/index`))
    .filter((target) => known.has(target));
}

describe('the layout of src/', () => {
  const all = modules();
  const known = new Set(all);
  const graph = new Map(all.map((m) => [m, importsOf(m, known)]));

  test('no import cycles, not even through type-only imports', () => {
    // GIVEN the import graph; WHEN searched depth first
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (module: string): void => {
      state.set(module, 'open');
      trail.push(module);
      for (const next of graph.get(module) ?? []) {
        if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].join(' > '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(module, 'done');
    };
    for (const module of all) if (!state.has(module)) visit(module);

    // THEN none
    expect(graph.get('plan/build-plan')?.length).toBeGreaterThan(3); // the graph was read
    expect(cycles).toEqual([]);
  });

  /** The folder of a module (`plan`), or the module itself for a file at the root of src/ (`cdk`, `index`). */
  const folderOf = (module: string): string => module.split('/')[0];
  const folderImports = new Map<string, Set<string>>();
  for (const [module, targets] of graph) {
    for (const target of targets) {
      if (folderOf(target) === folderOf(module)) continue;
      if (!folderImports.has(folderOf(module))) folderImports.set(folderOf(module), new Set());
      folderImports.get(folderOf(module))!.add(`${folderOf(target)} (${module} > ${target})`);
    }
  }
  const importedFolders = (folder: string): string[] => [...folderImports.get(folder) ?? []];

  // The entry points sit above the doors: the `mljob` CLI, the `mljobs` Terraform provider (a program of its own that
  // plans with plan's diff) and the package index. Nothing below them imports them.
  const doors = ['plan', 'policy', 'import'];
  const entryPoints = ['cli', 'provider', 'index'];

  test('the three doors (plan, policy, import) do not import each other; below them nothing imports a door or an entry point', () => {
    const wrong = [...folderImports.keys()].filter((folder) => !entryPoints.includes(folder))
      .flatMap((folder) => importedFolders(folder).filter((imported) => [...doors, ...entryPoints].includes(imported.split(' ')[0])));
    expect(importedFolders('plan').length).toBeGreaterThan(0); // the folders were read
    expect(wrong).toEqual([]);
  });

  test('the provider is an entry point of its own: it imports no other entry point, and only the CLI and the index import it', () => {
    expect(importedFolders('provider').filter((imported) => entryPoints.includes(imported.split(' ')[0]))).toEqual([]);
    const importers = [...folderImports.keys()].filter((folder) => importedFolders(folder).some((imported) => imported.startsWith('provider ')));
    expect(importers).toEqual(['cli']);
  });

  test('reading (src/read) sits under the doors and the catalog: it imports the API model only', () => {
    for (const reader of ['read-input-file', 'read-job-file', 'read-hcl-jobs', 'parse-document', 'input-file-error', 'prepare-job']) expect(known).toContain(`read/${reader}`);
    expect(importedFolders('read').filter((imported) => !imported.startsWith('model '))).toEqual([]);
  });

  test('the folders form layers: no cycle between folders', () => {
    const edges = new Map([...folderImports].map(([folder, imported]) => [folder, new Set([...imported].map((i) => i.split(' ')[0]))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (folder: string): void => {
      state.set(folder, 'open');
      trail.push(folder);
      for (const next of edges.get(folder) ?? []) {
        if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].join(' > '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) if (!state.has(folder)) visit(folder);
    expect(cycles).toEqual([]);
  });

  test('one JSON/YAML parse-with-position helper: user files are parsed in src/read only', () => {
    // The yaml package's parsers (not its node type guards) are used by the reader alone.
    const yamlParsers = all.filter((m) => !m.startsWith('read/'))
      .filter((m) => /\b(parseDocument|parseAllDocuments|Lexer|Parser|YAML\.parse)\b/.test(fs.readFileSync(path.join(SRC, `${m}.ts`), 'utf8')));
    expect(yamlParsers).toEqual([]);
    // JSON.parse elsewhere reads only the package's own files, wire messages and API requests, never a user's file.
    const ownFilesOrWire = ['cli/package-version', 'model/provider-schema', 'provider/provider-settings', 'provider/ml-api-client', 'provider/dynamic-value', 'emulator/emulator-server', 'emulator/list-filter'];
    const jsonParsers = all.filter((m) => !m.startsWith('read/') && !ownFilesOrWire.includes(m))
      .filter((m) => /\bJSON\.parse\(/.test(fs.readFileSync(path.join(SRC, `${m}.ts`), 'utf8')));
    expect(jsonParsers).toEqual([]);
  });

  test('one isPlainObject: no other module spells out the object-not-array test', () => {
    const copies = all.filter((m) => m !== 'model/plain-object')
      .filter((m) => /typeof (\w+) === 'object' && \1 !== null && !Array\.isArray\(\1\)|(\w+) !== null && typeof \2 === 'object' && !Array\.isArray\(\2\)/
        .test(fs.readFileSync(path.join(SRC, `${m}.ts`), 'utf8')));
    expect(copies).toEqual([]);
  });
});

describe("README's table of what is where", () => {
  test('names every folder of src/, and only folders that exist', () => {
    const readme = fs.readFileSync(path.join(SRC, '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## What is where'));
    const named = [...table.slice(0, table.indexOf('\n## ', 3)).matchAll(/^\| `src\/([\w-]+)\/` \|/gm)].map((m) => m[1]).sort();
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(named).toEqual(folders);
  });
});
