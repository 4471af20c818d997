import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { MachineType, MlEngineTrainingJob, TrainingCode, VertexCustomJob } from '../../src';
import { parseFrame } from '../../src/constructs/caller-location';
import { tempDir } from '../plan/plan-test-helpers';

function addJob(stack: TerraformStack): MlEngineTrainingJob {
  new GoogleProvider(stack, 'google', { project: 'my-ml-project' });
  return new MlEngineTrainingJob(stack, 'census', {
    region: 'us-central1',
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1' }),
    master: { machineType: MachineType.N1_STANDARD_8 },
  });
}

/** The `//` block of the job in the synthesized cdk.tf.json (Testing.synth leaves metadata out). */
function metadataOf(app: App, stack: TerraformStack): { [key: string]: any } {
  app.synth();
  const config = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
  return Object.values(config.resource.google_ml_engine_job as { [name: string]: any })[0]['//'];
}

describe('the source line of an L2 job', () => {
  test('is recorded in cdk.tf.json, relative to the working directory, at the line that created the job', () => {
    const app = new App({ outdir: tempDir(), stackTraces: true });
    const stack = new TerraformStack(app as Construct, 'training');

    addJob(stack);

    const source: string = metadataOf(app, stack).mljob.source;
    const [file, line, column] = source.split(':');
    expect(file).toBe('test/constructs/source-location.test.ts');
    expect(fs.readFileSync(path.join(__dirname, 'source-location.test.ts'), 'utf8').split('\n')[Number(line) - 1].slice(Number(column) - 1)).toMatch(/^new MlEngineTrainingJob\(stack, 'census'/);
  });

  test('of a job made by a factory of this library is the line that called the factory, not the factory\'s own', () => {
    const app = new App({ outdir: tempDir(), stackTraces: true });
    const stack = new TerraformStack(app as Construct, 'training');
    const mlEngine = addJob(stack);

    VertexCustomJob.fromMlEngineTrainingJob(stack, 'census-vertex', mlEngine);

    app.synth();
    const config = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'training', 'cdk.tf.json'), 'utf8'));
    const source: string = (Object.values(config.resource.google_vertex_ai_custom_job)[0] as any)['//'].mljob.source;
    const [file, line, column] = source.split(':');
    expect(file).toBe('test/constructs/source-location.test.ts');
    expect(fs.readFileSync(path.join(__dirname, 'source-location.test.ts'), 'utf8').split('\n')[Number(line) - 1].slice(Number(column) - 1)).toMatch(/^fromMlEngineTrainingJob\(stack, 'census-vertex'/);
  });

  test('is not recorded when the app turns stack traces off', () => {
    const app = new App({ outdir: tempDir(), stackTraces: false });
    const stack = new TerraformStack(app as Construct, 'training');
    addJob(stack);
    expect(metadataOf(app, stack).metadata.path).toBe('training/census/Resource');
    expect(metadataOf(app, stack).mljob).toBeUndefined();
  });

  test('stack frames of both V8 shapes are read; anything else is not a location', () => {
    expect(parseFrame('    at Object.<anonymous> (/work/app/main.ts:12:5)')).toEqual({ file: '/work/app/main.ts', line: 12, column: 5 });
    expect(parseFrame('    at /work/app/main.js:3:17')).toEqual({ file: '/work/app/main.js', line: 3, column: 17 });
    expect(parseFrame('    at C:\\app\\main.ts:7:1')).toEqual({ file: 'C:\\app\\main.ts', line: 7, column: 1 });
    expect(parseFrame('    at new Promise (<anonymous>)')).toBeUndefined();
    // Paths with spaces and parentheses, and ES module URLs.
    expect(parseFrame('    at Object.<anonymous> (/home/a b/my (copy)/main.ts:8:1)')).toEqual({ file: '/home/a b/my (copy)/main.ts', line: 8, column: 1 });
    expect(parseFrame('    at C:\\Users\\First Last\\proj\\main.ts:7:1')).toEqual({ file: 'C:\\Users\\First Last\\proj\\main.ts', line: 7, column: 1 });
    expect(parseFrame('    at file:///tmp/my%20proj/main.mjs:3:9')).toEqual({ file: '/tmp/my proj/main.mjs', line: 3, column: 9 });
  });
});
