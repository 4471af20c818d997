import * as fc from 'fast-check';
import { Job } from '../../src/model/job';
import { CtyType, jobSchema, SchemaBlock } from '../../src/model/provider-schema';
import { jobFromTerraform, jobToTerraform } from '../../src/model/terraform-mapping';
import { diffJobs, diffMatchingJob } from '../../src/plan/job-diff';

/** A training job as the code writes it. */
const JOB: Job = {
  jobId: 'census_1a2b3c4d',
  labels: { team: 'vision', owner: 'ana' },
  trainingInput: {
    region: 'us-central1',
    scaleTier: 'BASIC',
    runtimeVersion: '2.1',
    pythonVersion: '3.7',
    pythonModule: 'trainer.task',
    packageUris: ['gs://bucket/trainer-0.1.tar.gz'],
    args: ['--epochs', '10'],
  },
};

/** The job as `mljob plan` reads it from `cdk.tf.json`: Terraform attributes through the one mapping. */
function desiredOf(job: Job): Job {
  return jobFromTerraform(jobToTerraform(job).attributes).job;
}

/**
 * The job as a Terraform state records it: the provider (SDKv2) stores every unset attribute of a block as its zero
 * value ("", 0, false, [], {}), and unset blocks as [].
 */
function priorOf(job: Job, state = 'RUNNING'): Job {
  const attributes = zeroFilled(jobToTerraform({ ...job, state, createTime: '2026-11-20T08:00:00Z', etag: 'BwXabc=' }).attributes, jobSchema());
  return jobFromTerraform({ ...attributes, id: `projects/p/jobs/${job.jobId}`, project: 'p' }).job;
}

function zeroFilled(values: Record<string, unknown>, block: SchemaBlock): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) out[name] = values[name] ?? zeroOf(attribute.type);
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const items = (values[name] as Array<Record<string, unknown>> | undefined) ?? [];
    out[name] = items.map((item) => zeroFilled(item, blockType.block));
  }
  return out;
}

function zeroOf(type: CtyType): unknown {
  if (type === 'string') return '';
  if (type === 'number') return 0;
  if (type === 'bool') return false;
  return (type as [string, unknown])[0] === 'map' ? {} : [];
}

/** The job with its training input changed. */
function withTraining(job: Job, change: Record<string, unknown>): Job {
  return { ...job, trainingInput: { ...job.trainingInput, ...change } as Job['trainingInput'] };
}

describe('diffJobs: fields compare by their schema type', () => {
  test('the same job against its own state is no change, zero values and output-only fields included', () => {
    // GIVEN the code's job and the state of the same job (zero-filled, with state, etag, createTime)
    // WHEN they are compared
    const diff = diffJobs(desiredOf(JOB), priorOf(JOB), 'terraform');

    // THEN nothing differs
    expect(diff).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
  });

  test.each([
    ['runtimeVersion', '2.1', '2.10'],
    ['pythonVersion', '3.1', '3.10'],
    ['runtimeVersion', '1.15', '1.150'],
  ])('strings stay strings: %s %s -> %s replaces the job', (field, before, after) => {
    const diff = diffJobs(desiredOf(withTraining(JOB, { [field]: after })), priorOf(withTraining(JOB, { [field]: before })), 'terraform');
    expect(diff.replacePaths).toEqual([`trainingInput.${field}`]);
  });

  test('args compare as strings: "10" -> "10.0" replaces the job', () => {
    const diff = diffJobs(desiredOf(withTraining(JOB, { args: ['--epochs', '10.0'] })), priorOf(JOB), 'terraform');
    expect(diff.replacePaths).toEqual(['trainingInput.args']);
  });

  test('list items are not dropped as zero values: args ["", "x"] is not ["x"], ["0"] is not []', () => {
    expect(diffJobs(desiredOf(withTraining(JOB, { args: ['', 'x'] })), priorOf(withTraining(JOB, { args: ['x'] })), 'terraform').replacePaths).toEqual(['trainingInput.args']);
    expect(diffJobs(desiredOf(withTraining(JOB, { args: ['0'] })), priorOf(withTraining(JOB, { args: [] })), 'terraform').replacePaths).toEqual(['trainingInput.args']);
  });

  test('an enum is a string: scaleTier "basic" is not "BASIC"', () => {
    expect(diffJobs(desiredOf(withTraining(JOB, { scaleTier: 'basic' })), priorOf(JOB), 'terraform').replacePaths).toEqual(['trainingInput.scaleTier']);
  });

  test('a field set to its zero value equals the absent field ("", 0, false, empty list, empty block)', () => {
    // GIVEN the code sets zero values the state does not distinguish from unset attributes
    const zeros = withTraining(JOB, { jobDir: '', workerCount: 0, enableWebAccess: false, packageUris: JOB.trainingInput?.packageUris, scheduling: { priority: 0 } });

    // THEN there is no change
    expect(diffJobs(desiredOf(zeros), priorOf(JOB), 'terraform')).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
  });

  test('a zero value against a set value is a change', () => {
    const diff = diffJobs(desiredOf(withTraining(JOB, { scheduling: { priority: 0 } })), priorOf(withTraining(JOB, { scheduling: { priority: 100 } })), 'terraform');
    expect(diff.replacePaths).toEqual(['trainingInput.scheduling.priority']);
  });

  test('int64 fields compare as integers: the REST string "4" equals 4, and integers past 2^53 compare exactly', () => {
    // GIVEN workerCount written as the string REST sends
    const rest = withTraining(JOB, { scaleTier: 'CUSTOM', masterType: 'n1-standard-4', workerType: 'n1-standard-4', workerCount: '4' as unknown as number });
    expect(diffJobs(desiredOf(rest), priorOf(withTraining(rest, { workerCount: 4 })), 'terraform').replacePaths).toEqual([]);

    // AND a count past 2^53, which a JavaScript number cannot hold: kept as a string by the mapping, compared exactly
    const big = withTraining(rest, { workerCount: '9007199254740993' as unknown as number });
    expect(diffJobs(desiredOf(big), priorOf(big), 'terraform').replacePaths).toEqual([]);
    expect(diffJobs(desiredOf(big), priorOf(withTraining(rest, { workerCount: '9007199254740995' as unknown as number })), 'terraform').replacePaths)
      .toEqual(['trainingInput.workerCount']);
  });

  test('a double compares as a number; a list of objects names the item that differs', () => {
    const tuning = (maxValue: number) => withTraining(JOB, {
      hyperparameters: { goal: 'MAXIMIZE', params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0.0001, maxValue }] },
    });
    expect(diffJobs(desiredOf(tuning(0.1)), priorOf(tuning(0.1)), 'terraform').replacePaths).toEqual([]);
    expect(diffJobs(desiredOf(tuning(0.2)), priorOf(tuning(0.1)), 'terraform').replacePaths).toEqual(['trainingInput.hyperparameters.params.0.maxValue']);
  });

  test('a field the schema does not know compares exactly', () => {
    const odd = { ...JOB, trainingInput: { ...JOB.trainingInput, futureField: '1' } } as unknown as Job;
    const diff = diffJobs(odd, priorOf(JOB), 'literal');
    expect(diff.replacePaths).toEqual(['trainingInput.futureField']);
  });

  test('a changed jobId is a replace path', () => {
    expect(diffJobs(desiredOf({ ...JOB, jobId: 'census_99999999' }), priorOf(JOB), 'terraform').replacePaths).toEqual(['jobId']);
  });
});

describe('diffJobs: labels compare exactly', () => {
  test.each([
    ['a value "007" -> "7"', { team: 'vision', owner: '007' }, { team: 'vision', owner: '7' }],
    ['an added label with an empty value', { team: 'vision' }, { team: 'vision', owner: '' }],
    ['a removed label', { team: 'vision', owner: 'ana' }, { team: 'vision' }],
    ['a numeric-looking value "1.0" -> "1"', { v: '1.0' }, { v: '1' }],
  ])('%s is a label change, not a replacement', (_name, before, after) => {
    const diff = diffJobs(desiredOf({ ...JOB, labels: after }), priorOf({ ...JOB, labels: before }), 'terraform');
    expect(diff).toEqual({ labelsChanged: true, replacePaths: [], unknownPaths: [] });
  });

  test('no labels equal empty labels', () => {
    const { labels: _labels, ...bare } = JOB;
    expect(diffJobs(desiredOf(bare), priorOf({ ...bare, labels: {} }), 'terraform').labelsChanged).toBe(false);
    expect(diffJobs(desiredOf({ ...bare, labels: {} }), priorOf(bare), 'terraform').labelsChanged).toBe(false);
  });

  test('a label that refers to another resource may change', () => {
    const diff = diffJobs(desiredOf({ ...JOB, labels: { team: '${var.team}', owner: 'ana' } }), priorOf(JOB), 'terraform');
    expect(diff.labelsChanged).toBe(true);
    expect(diff.replacePaths).toEqual([]);
  });
});

describe('diffJobs: references and escaped strings', () => {
  test('a reference is unknown until apply, not a change', () => {
    const diff = diffJobs(desiredOf(withTraining(JOB, { serviceAccount: '${google_service_account.trainer.email}' })), priorOf(withTraining(JOB, { serviceAccount: 'sa@p.iam.gserviceaccount.com' })), 'terraform');
    expect(diff).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: ['trainingInput.serviceAccount'] });
  });

  test('a reference among list items names the item; a known item that differs still replaces', () => {
    const desired = desiredOf(withTraining(JOB, { args: ['--data', '${google_storage_bucket.b.url}', '--epochs', '20'] }));
    const prior = priorOf(withTraining(JOB, { args: ['--data', 'gs://b', '--epochs', '10'] }));
    const diff = diffJobs(desired, prior, 'terraform');
    expect(diff.unknownPaths).toEqual(['trainingInput.args.1']);
    expect(diff.replacePaths).toEqual(['trainingInput.args']);
  });

  test('an escaped $${ is the literal ${ the state holds: no change, nothing unknown', () => {
    // GIVEN an arg with a shell variable, escaped in cdk.tf.json as cdktf and Terraform require
    const desired = desiredOf(withTraining(JOB, { args: ['--out', '$${AIP_MODEL_DIR}/model', '%%{literal}'] }));
    // AND the state, which holds what Terraform sent: the unescaped text
    const prior = priorOf(withTraining(JOB, { args: ['--out', '${AIP_MODEL_DIR}/model', '%{literal}'] }));

    // THEN the job is unchanged and no value is called unknown
    expect(diffJobs(desired, prior, 'terraform')).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
  });

  test('a real change inside an escaped string is a change', () => {
    const desired = desiredOf(withTraining(JOB, { args: ['--out', '$${AIP_MODEL_DIR}/model-v2'] }));
    const prior = priorOf(withTraining(JOB, { args: ['--out', '${AIP_MODEL_DIR}/model'] }));
    expect(diffJobs(desired, prior, 'terraform')).toEqual({ labelsChanged: false, replacePaths: ['trainingInput.args'], unknownPaths: [] });
  });

  test('an escaped label value is a literal', () => {
    const desired = desiredOf({ ...JOB, labels: { team: '$${x}' } });
    expect(diffJobs(desired, priorOf({ ...JOB, labels: { team: '${x}' } }), 'terraform').labelsChanged).toBe(false);
    expect(diffJobs(desired, priorOf({ ...JOB, labels: { team: '$${x}' } }), 'terraform').labelsChanged).toBe(true);
  });

  test('literal strings (a plan\'s planned values) are the text itself, ${ included', () => {
    const job = withTraining(JOB, { args: ['${HOME}'] });
    expect(diffJobs(desiredOf(job), priorOf(job), 'literal')).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
  });
});

describe('diffJobs: the walk that first tells a matching job apart never hides a difference', () => {
  /** A job with a value at every depth: nested blocks, a list of blocks, lists of strings, numbers, labels. */
  const DEEP: Job = {
    jobId: 'deep_job',
    labels: { team: 'vision' },
    trainingInput: {
      region: 'us-central1',
      scaleTier: 'CUSTOM',
      masterType: 'n1-standard-8',
      masterConfig: { imageUri: 'gcr.io/p/trainer:1', acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } },
      workerType: 'n1-standard-8',
      workerCount: 2,
      args: ['--epochs=10', '--seed=1'],
      scheduling: { maxRunningTime: '3600s', priority: 100 },
      hyperparameters: {
        goal: 'MAXIMIZE',
        hyperparameterMetricTag: 'accuracy',
        maxTrials: 8,
        params: [{ parameterName: 'lr', type: 'DOUBLE', minValue: 0.0001, maxValue: 0.1, scaleType: 'UNIT_LOG_SCALE' }],
      },
    },
  };

  /** Leaves of DEEP and a way to give each another value of its own type. */
  const LEAVES: Array<[path: string, edit: (job: any, text: string, n: number) => void]> = [
    ['trainingInput.region', (job, text) => { job.trainingInput.region = `us-z${text}`; }],
    ['trainingInput.masterConfig.imageUri', (job, text) => { job.trainingInput.masterConfig.imageUri = `gcr.io/p/${text}`; }],
    ['trainingInput.masterConfig.acceleratorConfig.count', (job, _text, n) => { job.trainingInput.masterConfig.acceleratorConfig.count = n + 2; }],
    ['trainingInput.workerCount', (job, _text, n) => { job.trainingInput.workerCount = n + 3; }],
    ['trainingInput.args', (job, text) => { job.trainingInput.args[1] = `--seed=x${text}`; }],
    ['trainingInput.scheduling.priority', (job, _text, n) => { job.trainingInput.scheduling.priority = n + 101; }],
    ['trainingInput.hyperparameters.maxTrials', (job, _text, n) => { job.trainingInput.hyperparameters.maxTrials = n + 9; }],
    ['trainingInput.hyperparameters.params', (job, text) => { job.trainingInput.hyperparameters.params[0].parameterName = `lr_${text}`; }],
    ['trainingInput.hyperparameters.params', (job, _text, n) => { job.trainingInput.hyperparameters.params[0].maxValue = 0.2 + n; }],
  ];

  test('a job matches its own state; any one leaf changed at any depth is reported as a replace path', () => {
    expect(diffJobs(desiredOf(DEEP), priorOf(DEEP), 'terraform')).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
    fc.assert(fc.property(
      fc.integer({ min: 0, max: LEAVES.length - 1 }),
      fc.stringMatching(/^[a-z0-9]{1,12}$/),
      fc.nat(1000),
      (leaf, text, n) => {
        const [path, edit] = LEAVES[leaf];
        const edited = JSON.parse(JSON.stringify(DEEP));
        edit(edited, text, n);
        const diff = diffJobs(desiredOf(edited), priorOf(DEEP), 'terraform');
        expect(diff.replacePaths.some((changed) => changed === path || changed.startsWith(`${path}.`) || changed.startsWith(`${path}[`))).toBe(true);
        expect(diff.labelsChanged).toBe(false);
      },
    ));
  });

  test('a changed or added label is a label change and nothing else', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), fc.stringMatching(/^[a-z0-9]{0,12}$/), (key, value) => {
      fc.pre(!(key === 'team' && value === 'vision'));
      const edited = { ...DEEP, labels: { ...DEEP.labels, [key]: value } };
      const diff = diffJobs(desiredOf(edited), priorOf(DEEP), 'terraform');
      expect(diff).toEqual({ labelsChanged: true, replacePaths: [], unknownPaths: [] });
    }));
  });
});

describe('diffMatchingJob: the Terraform-level match agrees with diffJobs of the mapped jobs', () => {
  /** mulberry32: the blocks of one case from one seed, so fast-check can report it. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  type Rnd = () => number;
  const pick = <T>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

  /** A scalar of a cty type, sometimes a zero value, a reference, an escape, a numeric string or a wrong type. */
  function scalarOf(rnd: Rnd, type: string): unknown {
    if (type === 'number') return pick(rnd, [0, 1, 2, 8, 1.5, '1', '01', '0', '${var.n}', 'x']);
    if (type === 'bool') return pick(rnd, [true, false, 'true', 'false', '${var.b}']);
    return pick(rnd, ['', 'a', 'b', 'us-central1', '${var.s}', '$${s}', 'a{b', '12']);
  }

  function valueOf(rnd: Rnd, type: CtyType): unknown {
    if (typeof type === 'string') return scalarOf(rnd, type);
    const [kind, inner] = type as [string, CtyType];
    if (kind === 'map') {
      const out: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 3); i > 0; i--) out[pick(rnd, ['a', 'b', 'team', '__proto__'])] = scalarOf(rnd, inner as string);
      return rnd() < 0.1 ? '${var.m}' : out;
    }
    if (typeof inner !== 'string') return [];
    if (rnd() < 0.1) return '${var.l}';
    return Array.from({ length: Math.floor(rnd() * 3) }, () => scalarOf(rnd, inner));
  }

  /** A block of the schema with some of its fields set, nested blocks as objects or lists, at most `depth` deep. */
  function blockOf(rnd: Rnd, block: SchemaBlock, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
      if (rnd() < 0.3) out[name] = rnd() < 0.1 ? null : valueOf(rnd, attribute.type);
    }
    for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
      if (depth <= 0 || rnd() < 0.35) continue;
      const single = blockType.max_items === 1;
      if (single) {
        const item = blockOf(rnd, blockType.block, depth - 1);
        out[name] = pick(rnd, [item, [item], [item], [], null, '${var.block}']);
      } else {
        out[name] = Array.from({ length: Math.floor(rnd() * 3) }, () => blockOf(rnd, blockType.block, depth - 1));
      }
    }
    if (rnd() < 0.1) out.not_a_field = 'x';
    return out;
  }

  /** The same block as another writer may spell it: single blocks as lists or objects, zero values added or dropped, a leaf changed now and then. */
  function variantOf(rnd: Rnd, value: unknown, block: SchemaBlock | undefined, change: number): unknown {
    if (Array.isArray(value)) return value.map((item) => variantOf(rnd, item, block, change));
    if (!block || typeof value !== 'object' || value === null) return value;
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort(() => rnd() - 0.5)) {
      const attribute = block.attributes?.[key];
      const blockType = block.block_types?.[key];
      let item = source[key];
      if (rnd() < change / 2) continue;
      if (rnd() < change) item = attribute ? valueOf(rnd, attribute.type) : blockType ? [] : 'y';
      else if (blockType) {
        item = variantOf(rnd, item, blockType.block, change);
        if (blockType.max_items === 1 && item !== null && typeof item === 'object') item = Array.isArray(item) ? (item.length === 1 && rnd() < 0.5 ? item[0] : item) : rnd() < 0.5 ? [item] : item;
      }
      if (attribute && typeof attribute.type === 'string' && rnd() < 0.1) item = attribute.type === 'number' && typeof item === 'number' ? String(item) : item;
      out[key] = item;
    }
    // Zero values where the other has none, as a state records unset attributes; now and then a value.
    for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
      if (!(name in out) && rnd() < 0.3) out[name] = rnd() < change ? valueOf(rnd, attribute.type) : pick(rnd, [zeroOf(attribute.type), null]);
    }
    for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
      if (!(name in out) && rnd() < 0.3) out[name] = rnd() < change ? [blockOf(rnd, blockType.block, 2)] : pick(rnd, [[], null, [{}]]);
    }
    return out;
  }

  /** The objects of a Terraform block with their schema blocks, nested blocks included. */
  function objectsOf(value: unknown, block: SchemaBlock, out: Array<[Record<string, unknown>, SchemaBlock]> = []): Array<[Record<string, unknown>, SchemaBlock]> {
    if (Array.isArray(value)) {
      for (const item of value) objectsOf(item, block, out);
    } else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      out.push([object, block]);
      for (const [name, blockType] of Object.entries(block.block_types ?? {})) if (name in object) objectsOf(object[name], blockType.block, out);
    }
    return out;
  }

  /** One edit somewhere in the block, in place: a key removed, an attribute set, a nested block set. */
  function editOne(rnd: Rnd, value: Record<string, unknown>, schema: SchemaBlock): void {
    const [object, block] = pick(rnd, objectsOf(value, schema));
    const edit = rnd();
    const keys = Object.keys(object);
    if (edit < 0.3 && keys.length) {
      delete object[pick(rnd, keys)];
    } else if (edit < 0.7 || !Object.keys(block.block_types ?? {}).length) {
      const [name, attribute] = pick(rnd, Object.entries(block.attributes ?? {}));
      object[name] = valueOf(rnd, attribute.type);
    } else {
      const [name, blockType] = pick(rnd, Object.entries(block.block_types ?? {}));
      object[name] = pick(rnd, [[blockOf(rnd, blockType.block, 2)], [], [{}], blockOf(rnd, blockType.block, 2)]);
    }
  }

  test('one edit anywhere, on either side: when it decides, it decides as diffJobs does', () => {
    const schema = jobSchema();
    let decided = 0;
    fc.assert(fc.property(fc.integer(), fc.boolean(), (seed, onPrior) => {
      const rnd = random(seed);
      const desired = blockOf(rnd, schema, 4);
      const prior = { ...(variantOf(rnd, desired, schema, 0) as Record<string, unknown>), state: 'SUCCEEDED', id: 'projects/p/jobs/x', project: 'p' };
      editOne(rnd, onPrior ? prior : desired, schema);
      const desiredJob = jobFromTerraform(desired).job;
      const fast = diffMatchingJob(desired, desiredJob, prior, 'terraform');
      if (fast !== undefined) {
        decided++;
        expect(fast).toEqual(diffJobs(desiredJob, jobFromTerraform(prior).job, 'terraform'));
      }
    }), { numRuns: 3000 });
    expect(decided).toBeGreaterThan(300);
  });

  test('whenever it decides, it decides as diffJobs does; a job matches its own zero-filled state', () => {
    const schema = jobSchema();
    let decided = 0;
    fc.assert(fc.property(fc.integer(), fc.constantFrom(0, 0, 0.05, 0.3), (seed, change) => {
      const rnd = random(seed);
      const desired = blockOf(rnd, schema, 4);
      const prior = { ...(variantOf(rnd, desired, schema, change) as Record<string, unknown>), state: 'SUCCEEDED', id: 'projects/p/jobs/x', project: 'p' };
      const desiredJob = jobFromTerraform(desired).job;
      for (const strings of ['terraform', 'literal'] as const) {
        const fast = diffMatchingJob(desired, desiredJob, prior, strings);
        if (fast !== undefined) {
          decided++;
          expect(fast).toEqual(diffJobs(desiredJob, jobFromTerraform(prior).job, strings));
        }
      }
    }), { numRuns: 2000 });
    // The walk is only useful if it decides often.
    expect(decided).toBeGreaterThan(500);
    const attributes = jobToTerraform({ ...JOB, trainingInput: { ...JOB.trainingInput, scheduling: { maxRunningTime: '3600s' }, masterConfig: { acceleratorConfig: { type: 'NVIDIA_TESLA_T4', count: 1 } } } }).attributes;
    expect(diffMatchingJob(attributes, jobFromTerraform(attributes).job, { ...zeroFilled(attributes, schema), state: 'RUNNING' }, 'terraform')).toEqual({ labelsChanged: false, replacePaths: [], unknownPaths: [] });
  });
});
