import * as fs from 'fs';
import * as path from 'path';
import type * as grpc from '@grpc/grpc-js';
import { PluginCertificate } from './plugin-certificate';
import { ProviderService } from './provider-service';

/** The gRPC server of a running provider. */
export interface RunningServer {
  /** The TCP port on 127.0.0.1. */
  readonly port: number;
  /** Stops accepting calls and ends the open ones. */
  stop(): void;
}

/** How the server authenticates. */
export interface ServerOptions {
  /** The server's certificate (from `makePluginCertificate`). */
  readonly certificate: PluginCertificate;
  /** The client certificate Terraform will present (PEM, `PLUGIN_CLIENT_CERT`): only it is accepted. */
  readonly clientCertPem: string;
  /** Called after `plugin.GRPCController/Shutdown` has been answered. */
  readonly onShutdown: () => void;
}

/** The RPC names of tfplugin6.Provider and the service methods that answer them. */
const PROVIDER_RPCS: { readonly [rpc: string]: keyof ProviderService } = {
  GetMetadata: 'getMetadata',
  GetProviderSchema: 'getProviderSchema',
  ValidateProviderConfig: 'validateProviderConfig',
  ValidateResourceConfig: 'validateResourceConfig',
  UpgradeResourceState: 'upgradeResourceState',
  ConfigureProvider: 'configureProvider',
  ReadResource: 'readResource',
  PlanResourceChange: 'planResourceChange',
  ApplyResourceChange: 'applyResourceChange',
  ImportResourceState: 'importResourceState',
  StopProvider: 'stopProvider',
};

/** The gRPC packages of `proto/`: tfplugin6, go-plugin's controller and the health service. */
export function loadProtocol(): { [name: string]: any } {
  // Loaded here, not at the top: `mljob` commands other than the provider never pay for gRPC.
  const grpcJs = require('@grpc/grpc-js') as typeof grpc;
  const protoLoader = require('@grpc/proto-loader') as typeof import('@grpc/proto-loader');
  const dir = protoDirectory();
  const definition = protoLoader.loadSync(['tfplugin6.proto', 'grpc_controller.proto', 'health.proto'].map((file) => path.join(dir, file)), {
    keepCase: true,
    longs: Number,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  return grpcJs.loadPackageDefinition(definition) as { [name: string]: any };
}

function once(fn: () => void): () => void {
  let called = false;
  return () => {
    if (!called) {
      called = true;
      fn();
    }
  };
}

/** `proto/` beside the bundled provider, or at the package root (two levels above `src/provider`, `lib/provider`). */
export function protoDirectory(): string {
  const bundled = path.join(__dirname, 'proto');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', '..', 'proto');
}

/**
 * Serves the provider over gRPC with mutual TLS on 127.0.0.1 (an ephemeral port), as go-plugin's clients expect:
 * tfplugin6.Provider, plugin.GRPCController (Shutdown) and grpc.health.v1.Health ("plugin" is serving).
 */
export async function startServer(service: ProviderService, options: ServerOptions): Promise<RunningServer> {
  const grpcJs = require('@grpc/grpc-js') as typeof grpc;
  const protocol = loadProtocol();
  const server = new grpcJs.Server({ 'grpc.max_receive_message_length': 256 << 20, 'grpc.max_send_message_length': 256 << 20 });

  const handlers: grpc.UntypedServiceImplementation = {};
  for (const [rpc, method] of Object.entries(PROVIDER_RPCS)) {
    handlers[rpc] = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      Promise.resolve()
        .then(() => (service[method] as (request: unknown) => object | Promise<object>).call(service, call.request))
        .then((response) => callback(null, response), (error: Error) => callback({ code: grpcJs.status.INTERNAL, details: error.message }));
    };
  }
  server.addService(protocol.tfplugin6.Provider.service, handlers);
  server.addService(protocol.plugin.GRPCController.service, {
    Shutdown: (_call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      callback(null, {});
      // Exit as soon as the answer has left (Terraform waits for the process; a lingering one costs it seconds): a
      // graceful shutdown ends when the open calls have, and 200 ms bounds it.
      const exit = once(options.onShutdown);
      server.tryShutdown(exit);
      setTimeout(exit, 200).unref();
    },
  });
  server.addService(protocol.grpc.health.v1.Health.service, {
    Check: (_call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => callback(null, { status: 'SERVING' }),
  });

  const credentials = grpcJs.ServerCredentials.createSsl(
    Buffer.from(options.clientCertPem),
    [{ private_key: Buffer.from(options.certificate.keyPem), cert_chain: Buffer.from(options.certificate.certPem) }],
    true,
  );
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', credentials, (error, bound) => (error ? reject(error) : resolve(bound)));
  });
  return { port, stop: () => server.forceShutdown() };
}
