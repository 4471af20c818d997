import { TerraformStack } from 'cdktf';
import { Accelerator, Duration, MachineType, MlEngineTrainingJob, TrainingCode } from '../../../src';
import { Job } from '../../../src/model/job';
import { buildPlan } from '../../../src/plan/build-plan';
import { renderPlanMarkdown } from '../../../src/plan/render/plan-markdown';
import { desiredCustomJob, desiredJob, mljob, priorCustomJob, priorJob, synthApp, tempDir, writeFile } from '../plan-test-helpers';

const TODAY = '2026-11-24';

function gpuJob(stack: TerraformStack, id: string, gpus: number, hours: number, maxWait?: Duration): void {
  new MlEngineTrainingJob(stack, id, {
    region: 'us-central1',
    labels: { team: 'vision' },
    code: TrainingCode.customContainer({ imageUri: 'gcr.io/my-ml-project/trainer:1.4.2' }),
    master: { machineType: MachineType.N1_STANDARD_8, accelerator: Accelerator.nvidiaTeslaV100(gpus) },
    scheduling: { maxRunningTime: Duration.hours(hours), ...(maxWait ? { maxWaitTime: maxWait } : {}) },
  });
}

/** The lines of the first fenced mermaid block, without the fences. */
function mermaidBody(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf('```mermaid');
  expect(start).toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1, lines.indexOf('```', start + 1));
}

/** The rows of the markdown table under `heading`. */
function tableAfter(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

/** A task line of the chart: `    <label> :[tags, ]jN, start, end`. */
const TASK = / :((active|crit|milestone), )*j\d+, /;

/** Text without its code spans, as CommonMark reads them: a run of backticks up to the next run of the same length. */
function withoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const run = /`+/.exec(text.slice(i));
    if (!run) return out + text.slice(i);
    const open = i + run.index;
    out += text.slice(i, open);
    const fence = run[0];
    let close = -1;
    for (let j = open + fence.length; j < text.length;) {
      const next = /`+/.exec(text.slice(j));
      if (!next) break;
      if (next[0].length === fence.length) {
        close = j + next.index;
        break;
      }
      j += next.index + next[0].length;
    }
    if (close < 0) {
      out += fence;
      i = open + fence.length;
    } else {
      i = close + fence.length;
    }
  }
  return out;
}

/** The cells of a table row as GitHub splits it: on every pipe that is not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
}

describe('mljob plan --format markdown: the schedule as a Mermaid gantt chart and the quota use', () => {
  test('two jobs that share 8 V100: the second waits for the first in the chart, and the quota is full for 12 hours', async () => {
    // GIVEN
    const out = synthApp({ vision: (stack) => {
      gpuJob(stack, 'first', 8, 6);
      gpuJob(stack, 'second', 8, 6, Duration.hours(1));
    } });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_V100: 8\n');

    // WHEN
    const run = await mljob('plan', out, '--quotas', quotas, '--format', 'markdown', '--today', TODAY);

    // THEN
    expect(run.code).toBe(0);
    const tasks = mermaidBody(run.stdout).filter((line) => TASK.test(line));
    expect(tasks).toEqual([
      expect.stringMatching(/^ {4}1\. vision\/first_[0-9A-F]{8} :j1, 2000-01-01 00:00:00, 2000-01-01 06:00:00$/),
      expect.stringMatching(/^ {4}2\. vision\/second_[0-9A-F]{8} - may wait past its max wait of 1h :crit, j2, 2000-01-01 06:00:00, 2000-01-01 12:00:00$/),
    ]);
    const rows = tableAfter(run.stdout, '### Quota use').slice(2).map(cells);
    expect(rows).toEqual([
      ['NVIDIA_TESLA_V100 in us-central1', '8', '8', '0h', '2', ''],
      ['vCPUs in the project', '450 (default)', '8', '0h', '2', ''],
      ['vCPUs in us-central1', '450 (default)', '8', '0h', '2', ''],
    ]);
    expect(run.stdout).toContain(`### Quota use (worst case; limits from \`${quotas}\`)`);
  });

  test('a job that can never start is a critical milestone in the chart and named in the quota table', async () => {
    const out = synthApp({ vision: (stack) => gpuJob(stack, 'big', 8, 6) });
    const quotas = writeFile(tempDir(), 'quotas.yaml', 'acceleratorsPerRegion:\n  us-central1:\n    NVIDIA_TESLA_V100: 4\n');

    const md = (await mljob('plan', out, '--quotas', quotas, '--format', 'markdown', '--today', TODAY)).stdout;

    expect(mermaidBody(md)).toEqual(expect.arrayContaining([
      '    section Never start',
      expect.stringMatching(/^ {4}1\. vision\/big_[0-9A-F]{8} - exceeds NVIDIA_TESLA_V100 in us-central1 :milestone, crit, j1, 2000-01-01 00:00:00, 0s$/),
    ]));
    const v100 = cells(tableAfter(md, '### Quota use')[2]);
    expect(v100.slice(0, 5)).toEqual(['NVIDIA_TESLA_V100 in us-central1', '4', '0', '', '0']);
    expect(v100[5]).toMatch(/^:x: `vision\/google_ml_engine_job\.big_[0-9A-F]{8}`$/);
  });

  test('hostile resource and region names break neither the chart nor the tables', async () => {
    // GIVEN a hand-written cdk.tf.json (names are only checked by Terraform) and a quota file for the odd region
    const dir = tempDir();
    const name = 'a`|\n```\n%%{init}%% [x](https://evil.example) @octocat <b>';
    const region = 'eu|`x\n<i>';
    writeFile(dir, 'cdk.tf.json', { resource: { google_ml_engine_job: {
      [name]: { job_id: 'j1', training_input: [{ region, scale_tier: 'CUSTOM', master_type: 'n1-standard-8', master_config: [{ image_uri: 'gcr.io/p/t:1', accelerator_config: [{ type: 'NVIDIA_TESLA_T4', count: 1 }] }], scheduling: [{ max_running_time: '3600s' }] }] },
      b: { job_id: 'j2', training_input: [{ region: 'us-central1', scale_tier: 'BASIC', master_config: [{ image_uri: 'gcr.io/p/t:1' }] }] },
    } } });
    const quotas = writeFile(tempDir(), 'q.json', { acceleratorsPerRegion: { [region]: { NVIDIA_TESLA_T4: 4 } } });

    // WHEN
    const md = (await mljob('plan', dir, '--quotas', quotas, '--format', 'markdown', '--today', TODAY)).stdout;

    // THEN one fenced block, whose task lines hold no character Mermaid reads as syntax
    expect(md.match(/^```/gm)).toHaveLength(2);
    const tasks = mermaidBody(md).filter((line) => TASK.test(line));
    expect(tasks).toHaveLength(2);
    for (const task of tasks) expect(task.split(' :')[0]).toMatch(/^ {4}\d+\. [^#:;%`<>&"@\n]*$/);
    // every table row has as many cells as its header
    for (const heading of ['| job | action |', '| job | priority |', '| quota |']) {
      const start = md.split('\n').findIndex((line) => line.startsWith(heading));
      const rows = tableAfter(md, md.split('\n')[start - 2]);
      for (const row of rows) expect(cells(row)).toHaveLength(cells(rows[0]).length);
    }
    // outside code spans (which cannot leave their cell): no raw HTML, links or mentions
    const outsideCode = md.replace(/^```mermaid[\s\S]*?^```$/m, '').split('\n')
      .map((line) => (line.startsWith('|') ? cells(line).map(withoutCodeSpans).join(' | ') : withoutCodeSpans(line))).join('\n');
    expect(outsideCode).not.toMatch(/<(?!br>)[a-z]/i);
    expect(outsideCode).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
    expect(outsideCode).not.toContain('@octocat');
    expect(cells(tableAfter(md, '### Quota use')[2])[0]).toBe('NVIDIA_TESLA_T4 in eu\\|`x<br>&lt;i&gt;');
  });
});

describe('renderPlanMarkdown: the changes table and summary', () => {
  const job = (jobId: string, masterType = 'n1-standard-8'): Job => ({
    jobId,
    trainingInput: { region: 'us-central1', scaleTier: 'CUSTOM', masterType, masterConfig: { imageUri: 'gcr.io/p/t:1' }, scheduling: { maxRunningTime: '7200s' } },
  });

  test('each change says what happens to the old job; the summary counts match the rows', () => {
    // GIVEN a running job replaced, a running job removed, a job of unknown state removed and an ended one removed
    const plan = buildPlan({
      desired: [desiredJob('r', job('r_2', 'n1-standard-16'))],
      prior: [priorJob('r', job('r_1'), 'RUNNING'), priorJob('a', job('a_1'), 'RUNNING'), priorJob('u', job('u_1'), undefined), priorJob('f', job('f_1'), 'SUCCEEDED')],
      stacks: ['vision'],
      today: TODAY,
    });

    // WHEN
    const md = renderPlanMarkdown(plan);

    // THEN
    expect(md).toContain('**Plan:** 0 to add, 0 to change, 1 to replace, 1 to cancel, 1 to cancel if still active, 1 to forget.');
    expect(md).toContain('| `vision/google_ml_engine_job.r` | -/+ replace | forces replacement: `jobId`, `trainingInput.masterType`; cancels the RUNNING job |');
    expect(md).toContain('| `vision/google_ml_engine_job.a` | - delete | cancels the RUNNING job |');
    expect(md).toContain('| `vision/google_ml_engine_job.u` | - delete | cancels the job if still active (state unknown) |');
    expect(md).toContain('| `vision/google_ml_engine_job.f` | - delete | forgets the ended job |');
  });
});

describe('renderPlanMarkdown: Vertex AI custom jobs', () => {
  test('named by display name; a replace deletes the old job; the schedule shows them as vertex.<name>; the pricing basis is said', () => {
    const job = (displayName: string, machineType: string) => ({
      displayName,
      jobSpec: { workerPoolSpecs: [{ replicaCount: 1, machineSpec: { machineType }, containerSpec: { imageUri: 'gcr.io/p/t:1' } }] },
    });
    const markdown = renderPlanMarkdown(buildPlan({
      desired: [],
      desiredCustomJobs: [desiredCustomJob('a', job('train-a', 'n1-standard-4')), desiredCustomJob('b', job('train-b', 'n1-standard-8'))],
      priorCustomJobs: [priorCustomJob('b', job('train-b', 'n1-standard-4'), 'JOB_STATE_RUNNING')],
      stacks: ['vision'],
      today: TODAY,
    }));
    expect(markdown).toContain('| `vision/google_vertex_ai_custom_job.a` | + create | custom job `train-a` |');
    expect(markdown).toContain('| `vision/google_vertex_ai_custom_job.b` | -/+ replace | forces replacement: `jobSpec.workerPoolSpecs.0.machineSpec.machineType`; cancels the JOB_STATE_RUNNING job; deletes the old job |');
    expect(mermaidBody(markdown).join('\n')).toContain('vision/vertex.a');
    expect(markdown).toContain('Vertex AI custom jobs are priced with the same AI Platform Training units');
  });
});
