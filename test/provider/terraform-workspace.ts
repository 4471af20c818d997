// The one harness of the end-to-end tests that drive the real terraform binary through the mljobs provider against
// the API emulator: an emulator on 127.0.0.1, the provider laid out as a filesystem mirror by `mljob provider
// install` (what users run), a CLI configuration that installs only from that mirror (Terraform never reaches a
// registry), and an environment that points both APIs of the provider at the emulator. Used by the terraform tests of
// google_ml_engine_job and google_vertex_ai_custom_job and by the deploy test of the Vertex AI examples.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { EmulatorOptions, RunningEmulator, startEmulator } from '../../src/emulator/emulator-server';
import { installProvider } from '../../src/provider/install-provider';
import { tempDir } from '../plan/plan-test-helpers';
import { findTerraform, offlineCliConfig } from './terraform-binary';

/** The package version: the provider version the mirror holds. */
export const PACKAGE_VERSION = require('../../package.json').version as string;

/** The terraform executable, or undefined when there is none. */
export const terraformBinary = findTerraform();

/**
 * `describe` when a terraform binary is found; otherwise `describe.skip`, after a warning that names what is skipped,
 * so a machine without terraform never passes these tests silently.
 */
export function describeWithTerraform(name: string, body: () => void): void {
  if (terraformBinary) {
    describe(name, body);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`\n*** NO TERRAFORM BINARY: "${name}" is SKIPPED. ***\n*** Install Terraform >= 1.0 on PATH (or set TERRAFORM_BINARY) to run it; test/provider/plugin-protocol.test.ts still runs the protocol. ***\n`);
  describe.skip(name, body);
}

/** What one terraform command did. */
export interface TerraformRun {
  /** The exit status; null when it was killed. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One planned resource change of `terraform show -json` of a saved plan. */
export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  readonly actions: string[];
  readonly replacePaths?: unknown[];
}

/** Terraform in one working directory. */
export interface TerraformRunner {
  /** The working directory. */
  readonly dir: string;
  /** Runs terraform; never rejects. */
  run(...args: string[]): Promise<TerraformRun>;
  /** Runs terraform and returns its stdout; rejects with both outputs when it fails. */
  ok(...args: string[]): Promise<string>;
  /** `plan -out`, then the saved plan's resource changes. */
  plan(...extraArgs: string[]): Promise<PlannedChange[]>;
  /** The exit status of `plan -detailed-exitcode`: 0 when there is nothing to change. */
  planStatus(): Promise<number | null>;
  /** The resources of the state (`show -json`): address and values; [] when the state is empty. */
  resources(): Promise<{ address: string; type: string; values: any }[]>;
}

/** An emulator, a provider mirror and the environment to run terraform with. */
export interface TerraformWorkspace extends TerraformRunner {
  /** The API emulator the provider calls. */
  readonly api: RunningEmulator;
  /** The environment of every terraform command: the offline CLI configuration, the emulator endpoints. */
  readonly env: NodeJS.ProcessEnv;
  /** The environment `mljob provider install` prints for `terraform providers lock` (cdktf runs it). */
  readonly lockEnvironment: { [name: string]: string };
  /** Terraform in another directory, with the same environment. */
  runnerIn(dir: string): TerraformRunner;
  /** Stops the emulator. */
  close(): Promise<void>;
}

/** Options of {@link openTerraformWorkspace}. */
export interface TerraformWorkspaceOptions {
  /** The temporary directory's name prefix. */
  readonly prefix: string;
  /** Options of the emulator. @default a manual clock */
  readonly emulator?: EmulatorOptions;
}

/**
 * Starts the emulator, lays the provider out as a filesystem mirror in a new temporary directory and writes the CLI
 * configuration that installs from it alone. `GOOGLE_ML_ENGINE_CUSTOM_ENDPOINT` and
 * `GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT` point at the emulator, so a stack needs no endpoint in its provider block.
 */
export async function openTerraformWorkspace(options: TerraformWorkspaceOptions): Promise<TerraformWorkspace> {
  const api = await startEmulator({ clock: 'manual', ...options.emulator });
  const dir = tempDir(options.prefix);
  const { cliConfig, lockEnvironment } = installProvider({ dir: path.join(dir, 'mirror'), version: PACKAGE_VERSION });
  fs.writeFileSync(path.join(dir, 'cli.tfrc'), offlineCliConfig(cliConfig));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: path.join(dir, 'cli.tfrc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    MLJOB_NODE: process.execPath,
    GOOGLE_ML_ENGINE_CUSTOM_ENDPOINT: api.endpoint,
    GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT: api.endpoint,
  };
  delete env.TF_LOG;
  const runnerIn = (cwd: string): TerraformRunner => terraformRunner(cwd, env);
  return { ...runnerIn(dir), api, env, lockEnvironment: { ...lockEnvironment }, runnerIn, close: () => api.close() };
}

function terraformRunner(dir: string, env: NodeJS.ProcessEnv): TerraformRunner {
  // Asynchronous: the emulator answers from this process, so its event loop must keep running while terraform does.
  const run = (...args: string[]): Promise<TerraformRun> => new Promise((resolve) => {
    execFile(terraformBinary!, args, { cwd: dir, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
  const ok = async (...args: string[]): Promise<string> => {
    const result = await run(...args);
    if (result.status !== 0) throw new Error(`terraform ${args.join(' ')} in ${dir} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  return {
    dir,
    run,
    ok,
    async plan(...extraArgs) {
      await ok('plan', '-out=tfplan', '-input=false', '-no-color', ...extraArgs);
      const saved = JSON.parse(await ok('show', '-json', 'tfplan'));
      return (saved.resource_changes ?? []).map((c: any) => ({
        address: c.address,
        type: c.type,
        actions: c.change.actions,
        ...(c.change.replace_paths ? { replacePaths: c.change.replace_paths } : {}),
      }));
    },
    async planStatus() {
      return (await run('plan', '-detailed-exitcode', '-input=false', '-no-color')).status;
    },
    async resources() {
      const shown = JSON.parse(await ok('show', '-json'));
      return (shown.values?.root_module?.resources ?? []).map((r: any) => ({ address: r.address, type: r.type, values: r.values }));
    },
  };
}
