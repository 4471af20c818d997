import * as fs from 'fs';
import * as path from 'path';
import * as api from '../src';
import { sampleReport } from './policy/reporters/sample-report';

const ROOT = path.join(__dirname, '..');

/** Every exported function of src/, by name. */
function sourceFunctions(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/^export (?:async )?function (\w+)/gm)) names.add(m[1]);
    }
  };
  walk(path.join(ROOT, 'src'));
  return names;
}

describe('the package root', () => {
  test('exports every function that README.md and docs/ name, unless the docs show where else to import it from', () => {
    // GIVEN the functions the documentation names as `name` or `name()`
    const docs = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => path.join('docs', f))].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
    const functions = sourceFunctions();
    const named = [...new Set([...docs.matchAll(/`([a-z]\w+)(?:\([^`]*\))?`/g)].map((m) => m[1]))].filter((n) => functions.has(n));
    const importedElsewhere = new Set([...docs.matchAll(/import \{([^}]*)\} from 'cdktf-gcp-ml-jobs\/[^']+'/g)].flatMap((m) => m[1].split(',').map((s) => s.trim())));

    // THEN each is a function of the package root
    expect(named).toEqual(expect.arrayContaining(['loadCatalogFile', 'renderText', 'renderSarif']));
    const missing = named.filter((n) => !importedElsewhere.has(n) && typeof (api as Record<string, unknown>)[n] !== 'function');
    expect(missing).toEqual([]);
  });

  test('loadCatalogFile merges an override file over the built-in catalog', () => {
    const catalog = api.loadCatalogFile(path.join(ROOT, 'test', 'fixtures', 'catalog', 'override.yaml'));
    expect(catalog.data.version).toBe('2026.11.24-acme');
    expect(catalog.data.regions.map((r) => r.id)).toContain('me-west1');
  });

  test('renderText and renderSarif render a check report', () => {
    const report = sampleReport();
    expect(api.renderText(report)).toContain(report.findings[0].ruleId);
    expect(JSON.parse(api.renderSarif(report)).version).toBe('2.1.0');
  });
});
