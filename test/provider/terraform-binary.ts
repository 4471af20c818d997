// Finds the terraform binary for the end-to-end tests and the benchmark: TERRAFORM_BINARY, then PATH, then
// /usr/local/bin/terraform.
import * as fs from 'fs';
import * as path from 'path';

/** The terraform executable, or undefined when there is none. */
export function findTerraform(): string | undefined {
  const candidates = [
    process.env.TERRAFORM_BINARY,
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'terraform')),
    '/usr/local/bin/terraform',
  ];
  return candidates.find((file): file is string => !!file && isExecutable(file));
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A Terraform CLI configuration that installs providers only from the mirror: without a `direct` block, Terraform
 * never tries a registry, so tests stay on this machine (a provider that is not in the mirror fails at init).
 */
export function offlineCliConfig(cliConfig: string): string {
  return cliConfig.replace(/ {2}direct \{\n[^}]*\}\n/, '');
}
