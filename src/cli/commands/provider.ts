import { Command } from 'commander';
import type * as InstallProvider from '../../provider/install-provider';
import { CliIo } from '../cli-io';
import { packageVersion } from '../package-version';
import { UsageError } from '../usage-error';

const IMPLIED_MIRROR = '~/.terraform.d/plugins';

/** A value as a POSIX shell word. */
function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `mljob provider install`: the Terraform provider `mljobs` as a filesystem mirror. */
export function registerProvider(program: Command, io: CliIo): void {
  const provider = program
    .command('provider')
    .description('the Terraform provider mljobs that serves google_ml_engine_job (for terraform and cdktf deploy)');
  provider
    .command('install')
    .description('install the provider into a Terraform filesystem mirror and print the provider_installation block that uses it')
    .option('--dir <dir>', `the mirror directory (default ${IMPLIED_MIRROR}, which Terraform searches without configuration)`)
    .option('--platform <os_arch>', "a Terraform platform to install for, repeatable (default: this machine's and linux_amd64, which cdktf deploy locks for)", (value: string, all: string[]) => [...all, value], [] as string[])
    .action((options: { dir?: string; platform: string[] }) => {
      // Loaded on use: the other commands never read the provider's code.
      const { installProvider, ProviderInstallError } = require('../../provider/install-provider') as typeof InstallProvider;
      try {
        const result = installProvider({ version: packageVersion(), ...(options.dir ? { dir: options.dir } : {}), platforms: options.platform });
        for (const dir of result.packageDirs) io.err(`mljob: installed provider mljobs ${packageVersion()} in ${dir}\n`);
        io.err(options.dir
          ? 'mljob: add this block to your Terraform CLI configuration (~/.terraformrc, or the file TF_CLI_CONFIG_FILE names):\n'
          : `mljob: Terraform finds providers in ${IMPLIED_MIRROR} by itself, unless your CLI configuration has a provider_installation block; then add this to it:\n`);
        io.out(result.cliConfig);
        const lock = Object.entries(result.lockEnvironment).map(([name, value]) => `export ${name}=${shellQuote(value)}`).join('\n');
        io.err(`mljob: for cdktf deploy, which runs terraform providers lock (a command that reads no CLI configuration), also:\n${lock}\n`
          + 'mljob: (then every provider of the stack must be in that mirror: add registry providers with terraform providers mirror DIR, or deploy with --skip-provider-lock)\n');
      } catch (error) {
        if (error instanceof ProviderInstallError) throw new UsageError(error.message);
        throw error;
      }
    });
}
