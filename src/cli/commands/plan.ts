import * as fs from 'fs';
import { Command } from 'commander';
import { Job } from '../../model/job';
import { buildPlan } from '../../plan/build-plan';
import { PlanResult } from '../../plan/plan-result';
import { PriorCustomJob, PriorJob } from '../../plan/plan-inputs';
import { defaultQuotas, loadQuotaFile } from '../../plan/project-quotas';
import { unusedQuotaHints } from '../../plan/quota-hints';
import { PriorJobs, readPriorJobs, readProjectJobLists } from '../../plan/read-prior-state';
import { readSynthesized } from '../../plan/read-synthesized';
import { renderPlanHtml } from '../../plan/render/plan-html';
import { renderPlanJson } from '../../plan/render/plan-json';
import { renderPlanMarkdown } from '../../plan/render/plan-markdown';
import { renderPlanText } from '../../plan/render/plan-text';
import { isAtOrAbove } from '../../report/check-report';
import { CliIo } from '../cli-io';
import { addReportOptions, catalogOption, failOnOption, formatOption, todayOption } from '../options';
import { UsageError } from '../usage-error';
import { Writable } from '../../model/writable';
import { writeOutput } from '../write-output';

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;

interface PlanOptions {
  state: string[];
  jobs: string[];
  quotas?: string;
  catalog?: string;
  format: string;
  failOn: string;
  today?: string;
  out?: string;
  force?: boolean;
}

/** `mljob plan [INPUT]`: the offline plan of the synthesized jobs against a prior state, with quotas, queue and cost. */
export function registerPlan(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const command = program
    .command('plan')
    .description('plan the synthesized jobs offline: create / update / replace / cancel, quotas, worst-case queue and cost')
    .argument('[input]', 'a cdktf output directory, a stack directory, a cdk.tf.json or a plan JSON', 'cdktf.out')
    .option('--state <[stack=]file>', 'a Terraform state (v4, `terraform state pull`) or a directory of terraform.<stack>.tfstate files; repeatable', collect, [])
    .option('--jobs <file>', 'the jobs that exist in the project: a REST list response, `gcloud ai-platform jobs list --format=json` or `gcloud ai custom-jobs list --format=json`; repeatable', collect, [])
    .option('--quotas <file>', 'your project\'s quotas (YAML/JSON: acceleratorsPerRegion, vcpusPerRegion, vcpusPerProject)');
  addReportOptions(command, FORMATS, 'plan')
    .action((input: string, options: PlanOptions) => {
      const format = formatOption(options.format, FORMATS);
      const failOn = failOnOption(options.failOn);
      const today = todayOption(options.today);
      const catalog = catalogOption(options.catalog);
      const synthesized = readSynthesized(input);
      const states = options.state.map((spec) => readStateOption(spec, synthesized.stacks));
      const lists = options.jobs.map((file) => readProjectJobLists(file));
      const projectJobs: Job[] = lists.flatMap((list) => list.jobs);
      const quotas = options.quotas ? loadQuotaFile(options.quotas, catalog) : defaultQuotas(catalog);
      const plan = buildPlan({
        desired: synthesized.jobs,
        desiredCustomJobs: synthesized.customJobs,
        stacks: synthesized.stacks,
        prior: states.flatMap((state) => state.jobs),
        priorCustomJobs: states.flatMap((state) => state.customJobs),
        projectJobs,
        projectCustomJobs: lists.flatMap((list) => list.customJobs),
        catalog,
        quotas,
        ...(today ? { today } : {}),
      });
      writeOutput(io, renderPlan(plan, format), options.out, options.force);
      for (const hint of unusedQuotaHints(plan, quotas)) io.err(`mljob: warning: ${hint}\n`);
      setExitCode(failOn !== 'never' && plan.findings.some((finding) => isAtOrAbove(finding.severity, failOn)) ? 1 : 0);
    });
}

/** Renders a plan in one of the formats of `mljob plan`. */
export function renderPlan(plan: PlanResult, format: (typeof FORMATS)[number]): string {
  if (format === 'json') return renderPlanJson(plan);
  if (format === 'markdown') return renderPlanMarkdown(plan);
  if (format === 'html') return renderPlanHtml(plan);
  return renderPlanText(plan);
}

/**
 * `--state [STACK=]FILE`: a state belongs to the stack named before `=`, else to the stack its file name names
 * (`terraform.<stack>.tfstate`, cdktf's local backend), else to the only stack.
 */
function readStateOption(spec: string, stacks: readonly string[]): PriorJobs {
  const equals = spec.indexOf('=');
  const named = equals > 0 && stacks.includes(spec.slice(0, equals)) ? spec.slice(0, equals) : undefined;
  // A file name may hold `=`; else STACK=FILE names a stack the input must have.
  if (equals > 0 && !named && !fs.existsSync(spec)) {
    throw new UsageError(`--state ${spec}: no stack "${spec.slice(0, equals)}" in the input (stacks: ${stacks.join(', ') || 'none'})`);
  }
  const file = named ? spec.slice(equals + 1) : spec;
  const read = readPriorJobs(file, named);
  // The jobs were just read for this option: a job the state names no stack for is given the only stack in place.
  const match = (job: Writable<PriorJob | PriorCustomJob>): void => {
    if (job.stack && stacks.includes(job.stack)) return;
    if (job.stack) throw new UsageError(`--state ${spec}: the state is for stack "${job.stack}", which the input does not have (stacks: ${stacks.join(', ') || 'none'})`);
    if (stacks.length === 1) job.stack = stacks[0];
    else throw new UsageError(`--state ${spec}: cannot tell which of ${stacks.length} stacks the state belongs to; name it: --state STACK=${file}`);
  };
  for (const job of read.jobs) match(job);
  for (const job of read.customJobs) match(job);
  return read;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
