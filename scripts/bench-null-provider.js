/**
 * The floor of `npm run bench:provider`: a Terraform provider that serves `google_ml_engine_job` with the very schema
 * of the mljobs provider, over the same gRPC, TLS and msgpack code (lib/provider), and does nothing else. Validation
 * finds nothing, a refresh returns the state it got, a plan returns Terraform's proposed value, an apply returns the
 * plan; only UpgradeResourceState does what every provider must (the JSON state completed to the schema, as msgpack).
 * No rules, no diff, no API.
 *
 * What a no-change `terraform plan` costs with it is what Terraform itself spends on a resource of this schema (98
 * attributes, 19 nested blocks, against terraform_data's 4 attributes) plus the start of a Node.js provider: no provider
 * of `google_ml_engine_job` in Node.js can plan faster. It also serves `nullml_data`, with terraform_data's shape,
 * which parts the cost of a plugin process from the cost of the schema. bench-provider.js runs it through `dev_overrides`, never
 * installed; Terraform starts it as it starts any provider. It runs only bundled (`bundleNullProvider` in
 * scripts/bundle-provider.js), with the same start as the real provider: one file through the V8 code cache.
 */
'use strict';
// The sources, not lib/: bench-provider.js bundles this file as scripts/bundle-provider.js bundles the provider (one
// file, the protocol precomputed, run through the V8 code cache), so both start alike.
const { startServer } = require('../src/provider/grpc-server');
const { handshakeCertificate, makePluginCertificate } = require('../src/provider/plugin-certificate');
const { schemaMessage } = require('../src/provider/schema-message');
const { decodeBlock, encodeBlock } = require('../src/provider/dynamic-value');
const { jobSchema, RESOURCE_TYPE } = require('../src/model/provider-schema');

/**
 * `nullml_data`: the shape of Terraform's built-in terraform_data (id, input, output, triggers_replace), its values
 * maps of strings (terraform_data's are dynamic, which msgpack wraps with their type: not worth it here).
 */
const DATA_SCHEMA = {
  attributes: {
    id: { type: 'string', computed: true },
    input: { type: ['map', 'string'], optional: true },
    output: { type: ['map', 'string'], computed: true },
    triggers_replace: { type: ['map', 'string'], optional: true },
  },
};
const SCHEMAS = { [RESOURCE_TYPE]: jobSchema(), nullml_data: DATA_SCHEMA };
const CAPABILITIES = { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };
const none = () => ({ diagnostics: [] });

const service = {
  getMetadata: () => ({ server_capabilities: CAPABILITIES, diagnostics: [], resources: Object.keys(SCHEMAS).map((type) => ({ type_name: type })) }),
  getProviderSchema: () => ({
    provider: schemaMessage({ attributes: {} }),
    resource_schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([type, block]) => [type, schemaMessage(block, 0)])),
    data_source_schemas: {},
    diagnostics: [],
    server_capabilities: CAPABILITIES,
  }),
  validateProviderConfig: none,
  validateResourceConfig: none,
  configureProvider: none,
  upgradeResourceState: (request) => {
    const block = SCHEMAS[request.type_name];
    return { upgraded_state: encodeBlock(decodeBlock({ json: request.raw_state.json }, block), block), diagnostics: [] };
  },
  readResource: (request) => ({ new_state: request.current_state, diagnostics: [], private: request.private }),
  planResourceChange: (request) => ({ planned_state: request.proposed_new_state, requires_replace: [], planned_private: request.prior_private, diagnostics: [] }),
  applyResourceChange: (request) => ({ new_state: request.planned_state, private: request.planned_private, diagnostics: [] }),
  importResourceState: none,
  stopProvider: () => ({ Error: '' }),
};

async function main() {
  const certificate = makePluginCertificate();
  const server = await startServer(service, { certificate, clientCertPem: process.env.PLUGIN_CLIENT_CERT, onShutdown: () => process.exit(0) });
  process.stdout.write(`1|6|tcp|127.0.0.1:${server.port}|grpc|${handshakeCertificate(certificate.certDer)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench-null-provider: ${error.message}\n`);
  process.exit(1);
});
