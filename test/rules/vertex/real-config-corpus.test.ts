/**
 * The real-world Vertex AI corpus: custom job configs modelled on public ones (gcloud `ai custom-jobs create --config`
 * files, REST `customJobs.create` bodies, `describe` output, the dicts the Python SDK and GAPIC client send), under
 * test/fixtures/vertex/real/; test/fixtures/vertex/real/README.md names the source of every file.
 *
 * Every one of them was accepted by Vertex AI or is shown by Google as a working config, so checkCustomJob must report
 * no error on any of them, and no rule may throw on one ("could not check" fails the test as an error would).
 * Warnings are allowed; each file's findings are listed in a snapshot-free way in the test name on failure.
 *
 * A real, valid config that a rule rejects is a defect of the rule or of the catalog, never of the fixture.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Finding } from '../../../src/rules/rule';
import { LOCATIONS, REAL, corpusFiles, corpusFindings } from './vertex-corpus';

const MIN_FILES = 25;

function findingsOf(file: string): Finding[] {
  return corpusFindings(REAL, file, LOCATIONS[file]);
}

function show(finding: Finding): string {
  return `${finding.severity} ${finding.ruleId} ${finding.path}: ${finding.message}`;
}

function filesOnDisk(): string[] {
  return corpusFiles(REAL);
}

describe('real-world Vertex AI corpus table', () => {
  test('lists every fixture file with its region, and every listed file exists', () => {
    // GIVEN the fixture folders
    const onDisk = filesOnDisk();

    // WHEN compared with the table of regions
    const listed = Object.keys(LOCATIONS).sort();

    // THEN they are the same files, and there are enough of them
    expect(listed).toEqual(onDisk);
    expect(onDisk.length).toBeGreaterThanOrEqual(MIN_FILES);
  });

  test('the README names a source for every file', () => {
    // GIVEN the README of the corpus
    const readme = fs.readFileSync(path.join(REAL, 'README.md'), 'utf8');

    // WHEN each file is looked up in it
    const missing = filesOnDisk().filter((file) => !readme.includes(`\`${file}\``));

    // THEN every file has its row
    expect(missing).toEqual([]);
  });
});

describe('real-world Vertex AI configs are never rejected', () => {
  test.each(Object.keys(LOCATIONS).sort())('%s: no error, and no rule throws', (file) => {
    // GIVEN a real config
    // WHEN it is checked with every Vertex rule
    const findings = findingsOf(file);

    // THEN nothing is an error and no rule failed to check it
    const bad = findings.filter((f) => f.severity === 'error' || /could not check/.test(f.message)).map(show);
    expect(bad).toEqual([]);
  });
});
