import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROVIDER_SOURCE } from './provider-settings';

/** The provider's local name and type: `mljobs`. */
export const PROVIDER_TYPE = 'mljobs';

/** Options of `installProvider`. */
export interface InstallOptions {
  /** The filesystem mirror directory (default `~/.terraform.d/plugins`, one of Terraform's implied mirrors). */
  readonly dir?: string;
  /**
   * Terraform platforms `os_arch` to install for (default: this machine's and `linux_amd64`, the one `cdktf deploy`
   * locks for). The files are the same for all, and so is their `h1:` hash.
   */
  readonly platforms?: readonly string[];
  /** The provider version (the package's version). */
  readonly version: string;
  /** The folder `npm run build` bundles the provider into (default `lib/provider-bundle`). */
  readonly bundleDir?: string;
}

/** What `installProvider` did. */
export interface InstallResult {
  /** The mirror directory, absolute. */
  readonly dir: string;
  /** One package directory per platform. */
  readonly packageDirs: string[];
  /** The `provider_installation` block of a Terraform CLI configuration that uses the mirror. */
  readonly cliConfig: string;
  /**
   * The environment `cdktf deploy` needs besides the CLI configuration: cdktf runs `terraform providers lock
   * -platform=linux_amd64`, which reads no CLI configuration and asks the provider's origin registry (there is none
   * for `terraform.local`) unless told to read the mirror: `TF_CLI_ARGS_providers_lock=-fs-mirror=DIR`.
   */
  readonly lockEnvironment: { readonly [name: string]: string };
}

/** The platform `cdktf deploy` records in the lock file (`terraform providers lock -platform=linux_amd64`). */
export const CDKTF_LOCK_PLATFORM = 'linux_amd64';

/** Thrown for a problem the user can fix (no bundle, a bad platform, an unwritable directory). */
export class ProviderInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderInstallError';
  }
}

/**
 * Lays the provider out as a Terraform filesystem mirror in the unpacked layout
 * `DIR/terraform.local/cdktf-gcp-ml-jobs/mljobs/VERSION/OS_ARCH/`: the executable `terraform-provider-mljobs_vVERSION`
 * (a shell wrapper that `exec`s node, so Terraform's signals and exit reach node itself and no shell lingers), the
 * bundled provider (`mljobs-provider.js`, which runs `mljobs-provider-main.js` through the V8 code cache) and the schema files it reads. Everything that runs is inside the
 * package directory, so the `h1:` hash in `.terraform.lock.hcl` covers it.
 *
 * @see https://developer.hashicorp.com/terraform/cli/config/config-file#filesystem_mirror
 */
export function installProvider(options: InstallOptions): InstallResult {
  const bundleDir = options.bundleDir ?? defaultBundleDir();
  if (!fs.existsSync(path.join(bundleDir, 'mljobs-provider.js'))) {
    throw new ProviderInstallError(`${bundleDir}: the bundled provider is missing; run npm run build first`);
  }
  const dir = path.resolve(options.dir ?? path.join(os.homedir(), '.terraform.d', 'plugins'));
  const platforms = options.platforms?.length ? [...options.platforms] : [...new Set([currentPlatform(), CDKTF_LOCK_PLATFORM])];
  for (const platform of platforms) {
    if (!/^(linux|darwin|freebsd|openbsd)_(amd64|arm64|386|arm)$/.test(platform)) {
      throw new ProviderInstallError(`--platform ${platform}: not a Unix os_arch such as linux_amd64 or darwin_arm64 (the wrapper is a shell script)`);
    }
  }
  const packageDirs: string[] = [];
  for (const platform of platforms) {
    const target = path.join(dir, ...PROVIDER_SOURCE.split('/'), options.version, platform);
    const staging = `${target}.tmp-${process.pid}`;
    try {
      fs.rmSync(staging, { recursive: true, force: true });
      fs.mkdirSync(staging, { recursive: true });
      copyTree(bundleDir, staging);
      const wrapper = path.join(staging, `terraform-provider-${PROVIDER_TYPE}_v${options.version}`);
      fs.writeFileSync(wrapper, wrapperScript(options.version), { mode: 0o755 });
      fs.chmodSync(wrapper, 0o755);
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(staging, target);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new ProviderInstallError(`${target}: ${(error as Error).message}`);
    }
    packageDirs.push(target);
  }
  return { dir, packageDirs, cliConfig: cliConfigBlock(dir), lockEnvironment: { TF_CLI_ARGS_providers_lock: fsMirrorArgument(dir) } };
}

/** The wrapper Terraform runs: `exec` node on the bundle beside it (MLJOB_NODE picks another node binary). */
export function wrapperScript(version: string): string {
  return [
    '#!/bin/sh',
    `# Terraform provider mljobs ${version} (cdktf-gcp-ml-jobs): runs the bundled provider beside this file with Node.js 20+.`,
    '# exec: node replaces this shell, so Terraform talks to, signals and waits for node itself.',
    '# The directory of this file without starting dirname (a process per provider start).',
    'case "$0" in */*) dir="${0%/*}" ;; *) dir=. ;; esac',
    'exec "${MLJOB_NODE:-node}" "$dir/mljobs-provider.js" "$@"',
    '',
  ].join('\n');
}

/** `-fs-mirror=DIR` as one word of the shell-like syntax Terraform reads `TF_CLI_ARGS_*` values in. */
function fsMirrorArgument(dir: string): string {
  const argument = `-fs-mirror=${dir}`;
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `"${argument.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A `provider_installation` block that takes mljobs from the mirror and everything else from its registry. */
export function cliConfigBlock(dir: string): string {
  const quoted = JSON.stringify(dir).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${quoted}`,
    `    include = ["${PROVIDER_SOURCE}"]`,
    '  }',
    '  direct {',
    `    exclude = ["${PROVIDER_SOURCE}"]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** This machine's Terraform platform name, e.g. `linux_amd64`. */
export function currentPlatform(): string {
  const osName = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' } as { [arch: string]: string })[process.arch] ?? process.arch;
  return `${osName}_${arch}`;
}

/** `lib/provider-bundle`, from `lib/provider` or `src/provider` alike. */
export function defaultBundleDir(): string {
  const beside = path.join(__dirname, '..', 'provider-bundle');
  return fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'lib', 'provider-bundle');
}

function copyTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      copyTree(source, target);
    } else if (entry.isFile()) {
      fs.copyFileSync(source, target);
    }
  }
}
