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

  test('one isPlainObject: no other module spells out the object-not-array test', () => {
    const copies = all.filter((m) => m !== 'model/plain-object')
      .filter((m) => /typeof (\w+) === 'object' && \1 !== null && !Array\.isArray\(\1\)|(\w+) !== null && typeof \2 === 'object' && !Array\.isArray\(\2\)/
        .test(fs.readFileSync(path.join(SRC, `${m}.ts`), 'utf8')));
    expect(copies).toEqual([]);
  });
});
