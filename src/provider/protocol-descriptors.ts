import * as fs from 'fs';
import * as path from 'path';
import type * as protobuf from 'protobufjs';

/** The .proto files of the provider's gRPC services, in `proto/`. */
export const PROTO_FILES = ['tfplugin6.proto', 'grpc_controller.proto', 'health.proto'] as const;

/**
 * The provider's protocol (tfplugin6, go-plugin's controller, the health service) as protobufjs JSON descriptors,
 * parsed from `proto/` with field names kept as written. The bundled provider never runs this: the bundler replaces
 * this module with the descriptors it computed at build time, so a provider start parses no .proto text and loads no
 * parser (the bundle carries `protobufjs/light` only).
 */
export function protocolDescriptors(): protobuf.INamespace {
  const pb = require('protobufjs') as typeof protobuf;
  const root = new pb.Root();
  const dir = protoDirectory();
  root.loadSync(PROTO_FILES.map((file) => path.join(dir, file)), { keepCase: true });
  return root.toJSON();
}

/** `proto/` beside the bundled provider, or at the package root (two levels above `src/provider`, `lib/provider`). */
export function protoDirectory(): string {
  const bundled = path.join(__dirname, 'proto');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', '..', 'proto');
}
