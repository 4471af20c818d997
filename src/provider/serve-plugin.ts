import { handshakeCertificate, makePluginCertificate, parseCertificate } from './plugin-certificate';
import { ProviderService } from './provider-service';
import { startServer } from './grpc-server';

/** go-plugin's magic cookie for Terraform providers: a provider started by anything else explains itself and exits. */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
/** The cookie's value, fixed by Terraform. */
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** go-plugin's own protocol version (the first field of the handshake line). */
const CORE_PROTOCOL_VERSION = 1;
/** The Terraform plugin protocol this provider speaks. */
export const PLUGIN_PROTOCOL_VERSION = 6;

/** What `servePlugin` needs from the process (tests pass their own). */
export interface PluginProcess {
  readonly env: NodeJS.ProcessEnv;
  /** Standard output: the handshake line and nothing else. */
  writeOut(text: string): void;
  /** Standard error: logs (Terraform shows them with TF_LOG_PROVIDER). */
  writeErr(text: string): void;
  /** Ends the process. */
  exit(code: number): void;
  /** The process that started the provider (Terraform); the provider exits when it is gone. */
  readonly parentPid: number;
}

/**
 * Runs the provider as a Terraform plugin: checks the magic cookie and protocol version, serves gRPC with mutual TLS
 * and prints the handshake line `1|6|tcp|127.0.0.1:PORT|grpc|CERT` (CERT: base64 DER without padding). Exits when
 * Terraform calls GRPCController/Shutdown or when the parent process is gone.
 */
export async function servePlugin(proc: PluginProcess = nodeProcess()): Promise<void> {
  if (proc.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    proc.writeErr('This is the Terraform provider mljobs (cdktf-gcp-ml-jobs). Terraform starts it; it is not meant to be run directly.\nInstall it with `mljob provider install` and use it from Terraform or cdktf.\n');
    proc.exit(1);
    return;
  }
  const versions = proc.env.PLUGIN_PROTOCOL_VERSIONS;
  if (versions && !versions.split(',').map((v) => v.trim()).includes(String(PLUGIN_PROTOCOL_VERSION))) {
    proc.writeErr(`mljobs: this provider speaks plugin protocol ${PLUGIN_PROTOCOL_VERSION}; Terraform offered ${versions}. Use Terraform 1.0 or later.\n`);
    proc.exit(1);
    return;
  }
  const clientCertPem = proc.env.PLUGIN_CLIENT_CERT;
  if (!clientCertPem || !parseCertificate(clientCertPem)) {
    proc.writeErr('mljobs: PLUGIN_CLIENT_CERT is missing or not a certificate; Terraform sets it when it starts a provider with mutual TLS.\n');
    proc.exit(1);
    return;
  }
  const log = (line: string): void => proc.writeErr(`${line}\n`);
  const certificate = makePluginCertificate();
  const service = new ProviderService({ env: proc.env, log });
  const server = await startServer(service, { certificate, clientCertPem, onShutdown: () => proc.exit(0) });
  proc.writeOut(`${CORE_PROTOCOL_VERSION}|${PLUGIN_PROTOCOL_VERSION}|tcp|127.0.0.1:${server.port}|grpc|${handshakeCertificate(certificate.certDer)}\n`);
  watchParent(proc, server.stop);
}

/** Exits when the parent process is gone (Terraform killed): an orphaned provider would otherwise live forever. */
function watchParent(proc: PluginProcess, stop: () => void): void {
  const timer = setInterval(() => {
    try {
      process.kill(proc.parentPid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') return; // it exists, owned by someone else
      clearInterval(timer);
      stop();
      proc.exit(0);
    }
  }, 1000);
  timer.unref();
}

function nodeProcess(): PluginProcess {
  return {
    env: process.env,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    exit: (code) => process.exit(code),
    parentPid: process.ppid,
  };
}

/**
 * The entry point of the bundled provider: stdout is reserved for the handshake (console output goes to stderr),
 * interrupts are Terraform's to handle (it calls StopProvider), and any failure to start is one line on stderr.
 */
export function main(): void {
  console.log = console.info = console.debug = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  process.on('SIGINT', () => undefined);
  servePlugin().catch((error: Error) => {
    process.stderr.write(`mljobs: could not start: ${error.message}\n`);
    process.exit(1);
  });
}
