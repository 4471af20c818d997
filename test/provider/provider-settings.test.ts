import { DEFAULT_ENDPOINT, isLoopbackEndpoint, parseDuration, providerSchema, providerSettings, validateProviderConfig } from '../../src/provider/provider-settings';
import { conformBlock, TerraformObject, UNKNOWN } from '../../src/provider/terraform-value';

const config = (fields: object): TerraformObject => conformBlock(fields, providerSchema()) as TerraformObject;

describe('provider settings', () => {
  test('the block wins over the environment, the environment over the defaults', () => {
    const env = { GOOGLE_PROJECT: 'env-project', GOOGLE_OAUTH_ACCESS_TOKEN: 'env-token' };
    expect(providerSettings(config({ project: 'p1' }), env).settings).toEqual({ project: 'p1', accessToken: 'env-token', endpoint: DEFAULT_ENDPOINT, requestTimeoutMs: 120_000 });
    expect(providerSettings(config({ ml_engine_custom_endpoint: 'http://127.0.0.1:8089/v1', request_timeout: '1m30s' }), {}).settings)
      .toEqual({ endpoint: 'http://127.0.0.1:8089/v1/', requestTimeoutMs: 90_000 });
  });

  test('the Vertex AI endpoint: the block, then GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT, else none (each location\'s regional endpoint)', () => {
    expect(providerSettings(config({ vertex_ai_custom_endpoint: 'http://127.0.0.1:8089/v1' }), {}).settings.vertexEndpoint).toBe('http://127.0.0.1:8089/v1/');
    expect(providerSettings(config({}), { GOOGLE_VERTEX_AI_CUSTOM_ENDPOINT: 'http://127.0.0.1:9/v1/' }).settings.vertexEndpoint).toBe('http://127.0.0.1:9/v1/');
    expect(providerSettings(config({}), {}).settings.vertexEndpoint).toBeUndefined();
    expect(validateProviderConfig(config({ vertex_ai_custom_endpoint: 'aiplatform.googleapis.com' })).map((d) => d.summary)).toEqual(['Invalid vertex_ai_custom_endpoint']);
  });

  test('bad values are errors on their attributes; unknown values are accepted', () => {
    const diagnostics = validateProviderConfig(config({ ml_engine_custom_endpoint: 'ml.googleapis.com', request_timeout: '10', project: '' }));
    expect(diagnostics.map((d) => [d.summary, d.attribute?.steps])).toEqual([
      ['Invalid ml_engine_custom_endpoint', [{ attribute_name: 'ml_engine_custom_endpoint' }]],
      ['Invalid request_timeout', [{ attribute_name: 'request_timeout' }]],
      ['Empty project', [{ attribute_name: 'project' }]],
    ]);
    expect(validateProviderConfig(config({ ml_engine_custom_endpoint: UNKNOWN, project: UNKNOWN }))).toEqual([]);
  });

  test('durations and loopback endpoints', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('0s')).toBeUndefined();
    expect(parseDuration('1 m')).toBeUndefined();
    expect(isLoopbackEndpoint('http://localhost:8089/v1/')).toBe(true);
    expect(isLoopbackEndpoint('https://127.0.0.1/v1/')).toBe(false);
    expect(isLoopbackEndpoint('http://10.0.0.1/v1/')).toBe(false);
  });
});
