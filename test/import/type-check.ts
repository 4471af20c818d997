/**
 * Type-checks generated TypeScript files against the library's sources, in memory: `cdktf-gcp-ml-jobs` resolves to
 * src/index.ts, everything else as in the project (tsconfig.dev.json's strict options).
 */
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

/** The type errors of the given files (name → text), as `file:line: message` lines. */
export function typeCheck(files: { readonly [name: string]: string }): string[] {
  const dir = path.join(ROOT, 'test', 'import', '__generated__');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    baseUrl: ROOT,
    paths: { 'cdktf-gcp-ml-jobs': ['src/index.ts'] },
  };
  const inMemory = new Map(Object.entries(files).map(([name, text]) => [path.join(dir, name), text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => inMemory.get(file) ?? readFile(file);
  host.fileExists = (file) => inMemory.has(file) || fileExists(file);
  const program = ts.createProgram([...inMemory.keys()], options, host);
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file && inMemory.has(d.file.fileName))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${path.basename(d.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}
