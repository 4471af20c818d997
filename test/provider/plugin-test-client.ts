// A protocol-level client of our own for the provider: starts the bundled provider as Terraform does (magic cookie,
// PLUGIN_CLIENT_CERT, protocol versions), reads the handshake line, connects over mutual TLS and calls the RPCs.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type * as grpc from '@grpc/grpc-js';
import { loadProtocol } from '../../src/provider/grpc-server';
import { makePluginCertificate } from '../../src/provider/plugin-certificate';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../src/provider/serve-plugin';

/** The bundled provider `npm run build` makes. */
export const BUNDLE = path.join(__dirname, '..', '..', 'lib', 'provider-bundle', 'mljobs-provider.js');

/** A started provider and a client connected to it. */
export interface PluginConnection {
  readonly child: ChildProcess;
  readonly handshake: string[];
  /** Calls one tfplugin6.Provider RPC. */
  call(rpc: string, request?: object): Promise<any>;
  /** Calls plugin.GRPCController/Shutdown. */
  shutdown(): Promise<void>;
  /** Calls grpc.health.v1.Health/Check. */
  health(): Promise<any>;
  /** Standard error so far. */
  stderr(): string;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  close(): void;
}

/** Starts the bundled provider with `env` added and connects to it. */
export async function startPlugin(env: NodeJS.ProcessEnv = {}): Promise<PluginConnection> {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build (it bundles the provider)`);
  const grpcJs = require('@grpc/grpc-js') as typeof grpc;
  const clientCert = makePluginCertificate();
  const child = spawn(process.execPath, [BUNDLE], {
    env: { ...process.env, ...env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: clientCert.certPem },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no handshake within 20 s; stderr: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on('exit', (code) => reject(new Error(`provider exited (${code}) before the handshake; stderr: ${stderr}`)));
  });
  const handshake = line.trim().split('|');
  const serverCertDer = Buffer.from(handshake[5], 'base64');
  const serverCertPem = `-----BEGIN CERTIFICATE-----\n${serverCertDer.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
  const credentials = grpcJs.credentials.createSsl(Buffer.from(serverCertPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
  const protocol = loadProtocol();
  const channelOptions = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  const provider = new protocol.tfplugin6.Provider(handshake[3], credentials, channelOptions);
  const controller = new protocol.plugin.GRPCController(handshake[3], credentials, channelOptions);
  const health = new protocol.grpc.health.v1.Health(handshake[3], credentials, channelOptions);
  const unary = (client: any, rpc: string, request: object): Promise<any> =>
    new Promise((resolve, reject) => client[rpc](request, { deadline: Date.now() + 30_000 }, (error: Error | null, response: any) => (error ? reject(error) : resolve(response))));
  return {
    child,
    handshake,
    call: (rpc, request = {}) => unary(provider, rpc, request),
    shutdown: async () => {
      await unary(controller, 'Shutdown', {});
    },
    health: () => unary(health, 'Check', { service: 'plugin' }),
    stderr: () => stderr,
    exited,
    close: () => {
      provider.close();
      controller.close();
      health.close();
      if (child.exitCode === null) child.kill();
    },
  };
}
