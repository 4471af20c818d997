import * as grpc from '@grpc/grpc-js';
import { protocolServices } from '../../src/provider/protocol-services';

describe('protocolServices', () => {
  test('every RPC of the three services, with its gRPC path', () => {
    const services = protocolServices();
    expect(Object.values(services.provider).map((m) => m.path)).toEqual(expect.arrayContaining([
      '/tfplugin6.Provider/GetProviderSchema', '/tfplugin6.Provider/ReadResource', '/tfplugin6.Provider/PlanResourceChange',
      '/tfplugin6.Provider/ApplyResourceChange', '/tfplugin6.Provider/ImportResourceState', '/tfplugin6.Provider/StopProvider',
    ]));
    expect(Object.values(services.controller).map((m) => m.path)).toEqual(['/plugin.GRPCController/Shutdown']);
    expect(Object.values(services.health).map((m) => m.path)).toEqual(['/grpc.health.v1.Health/Check']);
    expect(Object.values(services.provider).every((m) => !m.requestStream && !m.responseStream)).toBe(true);
  });

  test('messages round-trip as proto-loader made them: field names as written, enums by name, bytes as Buffers, defaults filled in', () => {
    const read = protocolServices().provider.ReadResource;
    const request = { type_name: 'google_ml_engine_job', current_state: { msgpack: Buffer.from([0x80]) }, private: Buffer.alloc(0) };
    const decoded = read.requestDeserialize(read.requestSerialize(request)) as any;
    expect(decoded.type_name).toBe('google_ml_engine_job');
    expect(Buffer.isBuffer(decoded.current_state.msgpack)).toBe(true);
    expect([...decoded.current_state.msgpack]).toEqual([0x80]);
    const response = { diagnostics: [{ severity: 'ERROR', summary: 's', detail: 'd', attribute: { steps: [{ attribute_name: 'labels' }] } }] };
    const back = read.responseDeserialize(read.responseSerialize(response)) as any;
    expect(back.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 's', detail: 'd', attribute: { steps: [{ attribute_name: 'labels', selector: 'attribute_name' }] } });
    expect(back.new_state).toBeNull();
  });

  test('a client made from the definitions has a method per RPC', () => {
    const Client = grpc.makeGenericClientConstructor(protocolServices().provider, 'Provider');
    expect(typeof (Client.prototype as any).GetProviderSchema).toBe('function');
  });
});
