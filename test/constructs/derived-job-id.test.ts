import { execFileSync } from 'child_process';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { DerivedJobId } from '../../src/constructs/derived-job-id';
import { derivedJobId } from '../../src/constructs/job-identity';
import { resolveInStack } from '../../src/constructs/job-validation';

describe('DerivedJobId', () => {
  test('the token resolves to the prefix and the hash of the spec resolved in its stack', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'ids');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const identity = new DerivedJobId('train', { trainingInput: { region: region.stringValue, args: ['--epochs=3', undefined] } });

    // WHEN
    const jobId = resolveInStack(stack, identity.toToken());

    // THEN
    const spec = { trainingInput: { region: '${var.region}', args: ['--epochs=3'] } };
    expect(jobId).toBe(derivedJobId('train', spec));
    expect(identity.resolution(stack)).toEqual({ spec, jobId });
    expect(identity.resolution(stack)).toBe(identity.resolution(stack));
    expect(Token.isUnresolved(identity.toToken())).toBe(true);
  });

  test('a spec without tokens is hashed at once, from a copy: its id is a plain string', () => {
    // GIVEN
    const args = ['--epochs=3'];
    const spec = { trainingInput: { region: 'us-central1', args, jobDir: undefined } };

    // WHEN
    const identity = new DerivedJobId('train', spec);
    args.push('--later');

    // THEN
    const copy = { trainingInput: { region: 'us-central1', args: ['--epochs=3'] } };
    expect(identity.plainSpec).toEqual(copy);
    expect(identity.toJobId()).toBe(derivedJobId('train', copy));
    expect(Token.isUnresolved(identity.toJobId())).toBe(false);
    expect(identity.resolution(new TerraformStack(Testing.app(), 'ids'))).toEqual({ spec: copy, jobId: identity.toJobId() });
  });

  test('a spec with a token is hashed at synth: its id is a token until then', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'ids');
    const region = new TerraformVariable(stack, 'region', { type: 'string' });

    // WHEN
    const identity = new DerivedJobId('train', { trainingInput: { region: region.stringValue } });

    // THEN
    expect(identity.plainSpec).toBeUndefined();
    expect(Token.isUnresolved(identity.toJobId())).toBe(true);
    expect(resolveInStack(stack, identity.toJobId())).toBe(derivedJobId('train', { trainingInput: { region: '${var.region}' } }));
  });

  test('a synthesized stack is not kept alive by the id tokens cdktf keeps for good', () => {
    // GIVEN a process that synthesizes a stack of L2 jobs and drops it
    const lib = path.join(__dirname, '..', '..', 'lib');
    const script = `
      const { Testing, TerraformStack } = require('cdktf');
      const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
      const lib = require(${JSON.stringify(lib)});
      let stack = new TerraformStack(Testing.app(), 'dropped');
      new GoogleProvider(stack, 'google', { project: 'p' });
      for (let i = 0; i < 3; i++) new lib.MlEngineTrainingJob(stack, 'job' + i, { region: 'us-central1',
        code: lib.TrainingCode.customContainer({ imageUri: 'gcr.io/p/trainer:1' }), master: { machineType: lib.MachineType.N1_STANDARD_8 } });
      Testing.synth(stack, true);
      const ref = new WeakRef(stack);
      stack = undefined;
      setImmediate(() => { global.gc(); process.stdout.write(ref.deref() === undefined ? 'collected' : 'retained'); });`;

    // WHEN
    const outcome = execFileSync(process.execPath, ['--expose-gc', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });

    // THEN
    expect(outcome).toBe('collected');
  });
});
