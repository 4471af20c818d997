import { fileNamer, safeFileName, submitScript } from '../../src/cli/export-files';

describe('export files', () => {
  test('safe names: only [A-Za-z0-9_.-], no .., no leading dot or dash, no reserved Windows names, never empty', () => {
    expect(safeFileName('../etc/passwd')).toBe('__etc_passwd');
    expect(safeFileName('-rf')).toBe('_rf');
    expect(safeFileName('con')).toBe('con_');
    expect(safeFileName('')).toBe('job');
  });

  test('unique paths, case-insensitively, in stack folders or at the top', () => {
    const claim = fileNamer(['submit.sh']);
    expect(claim('vision', 'a', '.json').path).toBe('vision/a.json');
    expect(claim('vision', 'A', '.json')).toEqual({ path: 'vision/A-2.json', renamed: 'the file name vision/A.json is taken; written as vision/A-2.json' });
    expect(claim(undefined, 'submit', '.sh')).toEqual({ path: 'submit-2.sh', renamed: 'the file name submit.sh is taken; written as submit-2.sh' });
  });

  test('the script changes to its folder and stops at the first failure', () => {
    expect(submitScript(['# job', 'gcloud x'])).toMatch(/^#!\/bin\/sh\n(#.*\n)+set -e\ncd "\$\(dirname "\$0"\)"\n# job\ngcloud x\n$/);
  });
});
