import type * as grpc from '@grpc/grpc-js';
import { PluginCertificate } from './plugin-certificate';
import { ProviderService } from './provider-service';
import { protocolServices } from './protocol-services';

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

/**
 * Client constructors of the protocol's services, keyed as their packages name them (`tfplugin6.Provider`,
 * `plugin.GRPCController`, `grpc.health.v1.Health`); each has the service definition as `.service`.
 */
export function loadProtocol(): { [name: string]: any } {
  // Loaded here, not at the top: `mljob` commands other than the provider never pay for gRPC.
  const grpcJs = require('@grpc/grpc-js') as typeof grpc;
  const services = protocolServices();
  return {
    tfplugin6: { Provider: grpcJs.makeGenericClientConstructor(services.provider, 'Provider') },
    plugin: { GRPCController: grpcJs.makeGenericClientConstructor(services.controller, 'GRPCController') },
    grpc: { health: { v1: { Health: grpcJs.makeGenericClientConstructor(services.health, 'Health') } } },
  };
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

/**
 * Serves the provider over gRPC with mutual TLS on 127.0.0.1 (an ephemeral port), as go-plugin's clients expect:
 * tfplugin6.Provider, plugin.GRPCController (Shutdown) and grpc.health.v1.Health ("plugin" is serving).
 */
export async function startServer(service: ProviderService, options: ServerOptions): Promise<RunningServer> {
  const grpcJs = require('@grpc/grpc-js') as typeof grpc;
  const services = protocolServices();
  const server = new grpcJs.Server({ 'grpc.max_receive_message_length': 256 << 20, 'grpc.max_send_message_length': 256 << 20 });

  const handlers: grpc.UntypedServiceImplementation = {};
  for (const [rpc, method] of Object.entries(PROVIDER_RPCS)) {
    handlers[rpc] = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      Promise.resolve()
        .then(() => (service[method] as (request: unknown) => object | Promise<object>).call(service, call.request))
        .then((response) => callback(null, response), (error: Error) => callback({ code: grpcJs.status.INTERNAL, details: error.message }));
    };
  }
  server.addService(services.provider, handlers);
  server.addService(services.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      callback(null, {});
      // Exit as soon as the answer has left (Terraform waits for the process; a lingering one costs it seconds): a
      // graceful shutdown ends when the open calls have, and 200 ms bounds it.
      const exit = once(options.onShutdown);
      server.tryShutdown(exit);
      setTimeout(exit, 200).unref();
    },
  });
  server.addService(services.health, {
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
