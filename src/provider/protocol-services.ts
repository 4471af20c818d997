import type * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import { protocolDescriptors } from './protocol-descriptors';

/** How decoded messages look: proto field names, 64-bit integers as numbers, enums by name, defaults filled in. */
const TO_OBJECT: protobuf.IConversionOptions = { longs: Number, enums: String, defaults: true, oneofs: true };

/** The services of the provider's protocol by full name, for `grpc.Server.addService` and client constructors. */
export interface ProtocolServices {
  /** `tfplugin6.Provider`. */
  readonly provider: grpc.ServiceDefinition;
  /** `plugin.GRPCController` (Shutdown). */
  readonly controller: grpc.ServiceDefinition;
  /** `grpc.health.v1.Health` (Check). */
  readonly health: grpc.ServiceDefinition;
}

let cached: ProtocolServices | undefined;

/**
 * The gRPC service definitions of the protocol, made straight from protobufjs descriptors: what
 * `@grpc/proto-loader` would make (same field names and conversions), without its descriptor-set machinery, which
 * cost a provider start a third of its time. Message codecs are generated on first use, so a process compiles only
 * the messages it exchanges.
 */
export function protocolServices(): ProtocolServices {
  if (!cached) {
    const pb = require('protobufjs/light') as typeof protobuf;
    const root = pb.Root.fromJSON(protocolDescriptors());
    cached = {
      provider: serviceDefinition(root, 'tfplugin6.Provider'),
      controller: serviceDefinition(root, 'plugin.GRPCController'),
      health: serviceDefinition(root, 'grpc.health.v1.Health'),
    };
  }
  return cached;
}

/** The unary methods of one service, each with its path `/package.Service/Method` and its message codecs. */
export function serviceDefinition(root: protobuf.Root, name: string): grpc.ServiceDefinition {
  const service = root.lookupService(name);
  const definition: { [method: string]: grpc.MethodDefinition<unknown, unknown> } = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const request = method.resolvedRequestType!;
    const response = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${name}/${method.name}`,
      requestStream: !!method.requestStream,
      responseStream: !!method.responseStream,
      requestSerialize: serializer(request),
      requestDeserialize: deserializer(request),
      responseSerialize: serializer(response),
      responseDeserialize: deserializer(response),
      originalName: method.name,
    };
  }
  return definition;
}

function serializer(type: protobuf.Type): (value: unknown) => Buffer {
  return (value) => {
    const bytes = type.encode(type.fromObject(value as { [field: string]: unknown })).finish();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function deserializer(type: protobuf.Type): (bytes: Buffer) => unknown {
  return (bytes) => type.toObject(type.decode(bytes), TO_OBJECT);
}
