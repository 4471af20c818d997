/** The script of the gcloud commands, at the top of an output directory of `mljob export` and `mljob migrate`. */
export const SUBMIT_SCRIPT = 'submit.sh';

/** File names are cut to this many characters (before the extension and any `-2` suffix). */
const MAX_NAME = 100;

/**
 * `submit.sh`: one gcloud command per job, each after a comment naming its job, with `--config` paths relative to
 * the script. An ML Engine job id can be used only once; a Vertex AI custom job gets a new id at each create.
 */
export function submitScript(commands: readonly string[]): string {
  return [
    '#!/bin/sh',
    '# Submits the jobs exported by cdktf-gcp-ml-jobs (mljob export or migrate), one command per job. An ML Engine job',
    '# id can be used only once: give such a job a new id (the word after "training") to submit it again. A Vertex AI',
    '# custom job (gcloud ai custom-jobs create) gets a new id each time.',
    'set -e',
    'cd "$(dirname "$0")"',
    ...commands,
    '',
  ].join('\n');
}

/** A file name made from untrusted text: only `[A-Za-z0-9_.-]`, no `..`, no leading `.` or `-`, never empty. */
export function safeFileName(name: string, fallback = 'job'): string {
  const safe = name
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]/, '_')
    .slice(0, MAX_NAME);
  // Windows reserves these names in every folder, whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(safe)) return `${safe}_`;
  return safe || fallback;
}

/** A claimed file: its path and, when its name was taken, what it was renamed to. */
export interface ClaimedFile {
  readonly path: string;
  readonly renamed?: string;
}

/**
 * Hands out unique `<stack>/<name><ext>` paths (`<name><ext>` without a stack), first come first served; names that
 * differ only in case count as the same (case-insensitive file systems), and a taken name gets `-2`, `-3`, ….
 */
export function fileNamer(reserved: readonly string[]): (stack: string | undefined, name: string, ext: string) => ClaimedFile {
  const takenTop = new Set(reserved.map((r) => r.toLowerCase()));
  const stackDirs = new Map<string, string>();
  const takenIn = new Map<string, Set<string>>();
  const unique = (base: string, suffix: string, taken: Set<string>): string => {
    let candidate = `${base}${suffix}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${suffix}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  return (stack, name, ext) => {
    if (stack === undefined) {
      const file = unique(safeFileName(name), ext, takenTop);
      const wanted = `${safeFileName(name)}${ext}`;
      return { path: file, ...(file !== wanted ? { renamed: `the file name ${wanted} is taken; written as ${file}` } : {}) };
    }
    let dir = stackDirs.get(stack);
    if (dir === undefined) {
      dir = unique(safeFileName(stack, 'stack'), '', takenTop);
      stackDirs.set(stack, dir);
      takenIn.set(dir, new Set());
    }
    const wanted = `${safeFileName(name)}${ext}`;
    const file = unique(safeFileName(name), ext, takenIn.get(dir)!);
    return { path: `${dir}/${file}`, ...(file !== wanted ? { renamed: `the file name ${dir}/${wanted} is taken; written as ${dir}/${file}` } : {}) };
  };
}
