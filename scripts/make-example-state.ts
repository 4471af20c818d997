// Writes examples/prior-state/: Terraform v4 states that `npm start` plans the examples against. They describe an
// earlier deployment, so the plan shows each kind of change: labels updated in place, a running tuning job replaced
// (cancelled first), a job replaced for a value known only at apply, a running job removed from the code (cancelled),
// a job unchanged, and new jobs.
// Run after `cdktf synth`: npx ts-node --project tsconfig.dev.json --transpile-only scripts/make-example-state.ts
import * as fs from 'fs';
import * as path from 'path';
import { Job } from '../src/model/job';
import { synthesizedJobs, terraformState, StateJob } from '../test/plan/plan-test-helpers';

const OUT = path.resolve(__dirname, '..', 'cdktf.out');
const DIR = path.resolve(__dirname, '..', 'examples', 'prior-state');

function only(stack: string): [string, Job] {
  const entries = Object.entries(synthesizedJobs(OUT, stack));
  if (entries.length !== 1) throw new Error(`${stack}: expected one job, found ${entries.length}`);
  return entries[0];
}

function write(stack: string, jobs: StateJob[]): void {
  fs.writeFileSync(path.join(DIR, `terraform.${stack}.tfstate`), JSON.stringify(terraformState(jobs), null, 2) + '\n');
}

fs.mkdirSync(DIR, { recursive: true });

// Labels changed since the deployment: updated in place.
const [gpuName, gpuJob] = only('distributed-gpu-training');
write('distributed-gpu-training', [{ name: gpuName, job: { ...gpuJob, labels: { ...gpuJob.labels, team: 'ml-research' } }, state: 'RUNNING' }]);

// The tuning job ran with 10 trials under an older id; the code now asks for 20: replaced, the running one cancelled.
const [tuneName, tuneJob] = only('hyperparameter-tuning');
const input = tuneJob.trainingInput!;
write('hyperparameter-tuning', [{
  name: tuneName,
  job: { ...tuneJob, jobId: 'census_tuning_1a2b3c4d', trainingInput: { ...input, hyperparameters: { ...input.hyperparameters!, maxTrials: 10 } } },
  state: 'RUNNING',
}]);

// The TPU job is unchanged and done; an older TPU job still runs but is gone from the code: cancelled.
const [tpuName, tpuJob] = only('tpu-training');
write('tpu-training', [
  { name: tpuName, job: tpuJob, state: 'SUCCEEDED' },
  { name: 'resnet_tpu_v1_0F3C2A11', job: { ...tpuJob, jobId: 'resnet_tpu_v1' }, state: 'RUNNING' },
]);

// The batch prediction job as deployed, its model name resolved in the state. Its model is not in the state (new in
// this plan), so the reference is known only at apply: Terraform replaces the job, under its derived id (MLJ-PLAN-003).
const [predictName, predictJob] = only('batch-prediction');
write('batch-prediction', [{
  name: predictName,
  job: { ...predictJob, predictionInput: { ...predictJob.predictionInput!, modelName: 'projects/my-ml-project/models/census' } },
  state: 'SUCCEEDED',
}]);
console.log(`wrote ${fs.readdirSync(DIR).length} state files to ${path.relative(process.cwd(), DIR)}/`);
