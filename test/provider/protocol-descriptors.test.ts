import { PROTO_FILES, protocolDescriptors, protoDirectory } from '../../src/provider/protocol-descriptors';
import * as fs from 'fs';
import * as path from 'path';

describe('protocolDescriptors', () => {
  test('the three .proto files, parsed with field names as written', () => {
    for (const file of PROTO_FILES) expect(fs.existsSync(path.join(protoDirectory(), file))).toBe(true);
    const json = protocolDescriptors() as any;
    const tfplugin6 = json.nested.tfplugin6.nested;
    expect(Object.keys(tfplugin6.Provider.methods)).toContain('PlanResourceChange');
    expect(tfplugin6.PlanResourceChange.nested.Response.fields.requires_replace).toMatchObject({ rule: 'repeated', type: 'AttributePath' });
    expect(json.nested.plugin.nested.GRPCController.methods.Shutdown).toEqual({ requestType: 'Empty', responseType: 'Empty' });
    expect(json.nested.grpc.nested.health.nested.v1.nested.Health.methods.Check).toBeDefined();
  });
});
