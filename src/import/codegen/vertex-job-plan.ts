import { PrebuiltTrainingImage } from '../../constructs/vertex/prebuilt-training-image';
import { VertexTrainingCode } from '../../constructs/vertex/vertex-training-code';
import { EncryptionKey } from '../../constructs/values/encryption-key';
import { apiCustomJobShape } from '../../model/api-schema';
import { Built, builtArray, builtBoolean, builtCall, builtLiteral, builtNumber, builtObject, builtString, builtStrings } from './built';
import { fitToShape } from './l1-job-plan';
import { booleanField, Fields, numberField, objectField, stringField, stringMapField, stringsField } from './job-fields';
import { durationCode } from './value-classes';
import { bootDiskTypeCode, computeMachineTypeCode, schedulingStrategyCode, vertexAcceleratorCode } from './vertex-value-classes';

/** The construct classes generated code instantiates for a custom job. */
export type CustomJobConstructClass = 'VertexCustomJob' | 'VertexAiCustomJob';

/** How one custom job becomes code: a construct class and its props (as code and as the value they evaluate to). */
export interface CustomJobConstructPlan {
  readonly className: CustomJobConstructClass;
  readonly props: Built;
}

/** A plan, or why the L2 cannot express the job (the generator then falls back to the L1). */
export type CustomJobPlanResult = CustomJobConstructPlan | { readonly cannotExpress: string };

/** The props every custom job construct takes besides its spec. */
export interface CustomJobCommonProps {
  readonly displayName?: Built;
  readonly location?: Built;
  readonly project?: Built;
  readonly labels?: Built;
}

/** The roles of the pools after the primary, in Vertex's positional order. */
const ROLES = ['workers', 'parameterServers', 'evaluators'] as const;

/**
 * The props of the `VertexCustomJob` L2 for a custom job in its canonical API form: pool 0 → `primary` (its task →
 * `code`), pools 1-3 → `workers`, `parameterServers`, `evaluators` (an empty pool left out, a pool with another task
 * gets its own `code`), `scheduling.timeout` as a `Duration`, and the job-level fields. What the props do not hold
 * exactly is left for the caller's comparison to set through `addOverride`; a job whose shape the props cannot
 * hold at all (more than four pools, a pool without a task or machine type) is `cannotExpress`.
 */
export function vertexJobPlan(job: Fields, common: CustomJobCommonProps): CustomJobPlanResult {
  const spec = objectField(job, 'jobSpec');
  const pools = spec?.workerPoolSpecs;
  if (!Array.isArray(pools) || pools.length === 0) return { cannotExpress: 'jobSpec.workerPoolSpecs is not a list of pools' };
  if (pools.length > 4) return { cannotExpress: `the job has ${pools.length} worker pools; the L2 has four roles` };
  const primary = objectOf(pools[0]);
  const code = primary ? codeOf(primary) : undefined;
  if (!primary || !code) return { cannotExpress: 'the primary pool (workerPoolSpecs[0]) has no container or Python package task' };
  const primaryMachine = machineOf(primary);
  if (!primaryMachine) return { cannotExpress: 'the primary pool has no machineSpec.machineType' };

  const entries: Array<readonly [string, Built | undefined]> = [
    ['displayName', common.displayName],
    ['location', common.location],
    ['project', common.project],
    ['code', code],
    ['primary', builtObject(primaryMachine)],
  ];
  for (let i = 1; i < pools.length; i++) {
    const pool = objectOf(pools[i]);
    if (!pool) return { cannotExpress: `workerPoolSpecs[${i}] is not an object` };
    if (Object.keys(pool).length === 0) continue;
    const machine = machineOf(pool);
    const own = codeOf(pool);
    if (!machine || !own) return { cannotExpress: `workerPoolSpecs[${i}] has no machine type or no task` };
    const replicas = numberField(pool, 'replicaCount');
    const sameCode = JSON.stringify(own.value) === JSON.stringify(code.value);
    entries.push([ROLES[i - 1], builtObject([
      ...machine,
      ['replicaCount', replicas === undefined ? undefined : builtNumber(replicas)],
      ['code', sameCode ? undefined : own],
    ])]);
  }
  const scheduling = objectField(spec, 'scheduling');
  const timeout = stringField(scheduling, 'timeout');
  const restart = booleanField(scheduling, 'restartJobOnWorkerRestart');
  const disableRetries = booleanField(scheduling, 'disableRetries');
  const strategy = stringField(scheduling, 'strategy');
  const maxWait = stringField(scheduling, 'maxWaitDuration');
  const timeoutCode = timeout === undefined ? undefined : durationCode(timeout);
  const maxWaitCode = maxWait === undefined ? undefined : durationCode(maxWait);
  const strategyCode = strategy === undefined ? undefined : schedulingStrategyCode(strategy);
  if (timeoutCode || restart !== undefined || disableRetries !== undefined || strategyCode || maxWaitCode) {
    entries.push(['scheduling', builtObject([
      ['timeout', timeoutCode],
      ['restartJobOnWorkerRestart', restart === undefined ? undefined : builtBoolean(restart)],
      ['disableRetries', disableRetries === undefined ? undefined : builtBoolean(disableRetries)],
      ['strategy', strategyCode],
      ['maxWaitDuration', maxWaitCode],
    ])]);
  }
  const output = stringField(objectField(spec, 'baseOutputDirectory'), 'outputUriPrefix');
  const serviceAccount = stringField(spec, 'serviceAccount');
  const network = stringField(spec, 'network');
  const reservedIpRanges = stringsField(spec, 'reservedIpRanges');
  const persistentResourceId = stringField(spec, 'persistentResourceId');
  const psc = pscOf(objectField(spec, 'pscInterfaceConfig'));
  const webAccess = booleanField(spec, 'enableWebAccess');
  const dashboardAccess = booleanField(spec, 'enableDashboardAccess');
  const tensorboard = stringField(spec, 'tensorboard');
  const experiment = stringField(spec, 'experiment');
  const experimentRun = stringField(spec, 'experimentRun');
  const kmsKeyName = stringField(objectField(job, 'encryptionSpec'), 'kmsKeyName');
  entries.push(
    ['baseOutputDirectory', output === undefined ? undefined : builtString(output)],
    ['serviceAccount', serviceAccount === undefined ? undefined : builtString(serviceAccount)],
    ['network', network === undefined ? undefined : builtString(network)],
    ['reservedIpRanges', reservedIpRanges === undefined ? undefined : builtStrings(reservedIpRanges)],
    ['pscInterfaceConfig', psc],
    ['persistentResourceId', persistentResourceId === undefined ? undefined : builtString(persistentResourceId)],
    ['encryptionKey', kmsKeyName === undefined ? undefined : builtCall('EncryptionKey.fromKeyName', [builtString(kmsKeyName)], EncryptionKey.fromKeyName(kmsKeyName))],
    ['labels', common.labels],
    ['enableWebAccess', webAccess === undefined ? undefined : builtBoolean(webAccess)],
    ['enableDashboardAccess', dashboardAccess === undefined ? undefined : builtBoolean(dashboardAccess)],
    ['tensorboard', tensorboard === undefined ? undefined : builtString(tensorboard)],
    ['experiment', experiment === undefined ? undefined : builtString(experiment)],
    ['experimentRun', experimentRun === undefined ? undefined : builtString(experimentRun)],
  );
  return { className: 'VertexCustomJob', props: builtObject(entries, true) };
}

/**
 * The props of the L1 `VertexAiCustomJob` for a custom job the L2 cannot express: the job's own fields in API form
 * (the L1 structs use the same camelCase names), as far as they have the types the generated structs declare.
 */
export function vertexL1Plan(job: Fields, common: CustomJobCommonProps): CustomJobConstructPlan {
  const shape = apiCustomJobShape().fields!;
  const entries: Array<readonly [string, Built | undefined]> = [
    ['displayName', common.displayName],
    ['location', common.location],
    ['project', common.project],
    ['labels', common.labels],
  ];
  for (const name of ['encryptionSpec', 'jobSpec']) {
    const fitted = job[name] === undefined ? undefined : fitToShape(job[name], shape[name]);
    entries.push([name, fitted === undefined ? undefined : builtLiteral(fitted)]);
  }
  return { className: 'VertexAiCustomJob', props: builtObject(entries, true) };
}

/**
 * The `pscInterfaceConfig` prop: the network attachment and the DNS peering configs whose three fields are strings
 * (an entry that is not is left to the caller's comparison, which sets the job's value through `addOverride`).
 */
function pscOf(psc: Fields | undefined): Built | undefined {
  if (!psc) return undefined;
  const attachment = stringField(psc, 'networkAttachment');
  const configs = Array.isArray(psc.dnsPeeringConfigs) ? psc.dnsPeeringConfigs.map((c) => objectOf(c)) : undefined;
  const dns = configs?.map((c) => [stringField(c, 'domain'), stringField(c, 'targetProject'), stringField(c, 'targetNetwork')] as const);
  const complete = dns?.every((fields) => fields.every((f) => f !== undefined));
  return builtObject([
    ['networkAttachment', attachment === undefined ? undefined : builtString(attachment)],
    ['dnsPeeringConfigs', dns && complete
      ? builtArray(dns.map(([domain, project, network]) => builtObject([['domain', builtString(domain!)], ['targetProject', builtString(project!)], ['targetNetwork', builtString(network!)]])))
      : undefined],
  ]);
}

/** The `nfsMounts` prop of a pool, when every mount has a string server, path and mount point. */
function nfsMountsOf(pool: Fields): Built | undefined {
  const mounts = pool.nfsMounts;
  if (!Array.isArray(mounts)) return undefined;
  const fields = mounts.map((m) => objectOf(m)).map((m) => [stringField(m, 'server'), stringField(m, 'path'), stringField(m, 'mountPoint')] as const);
  if (fields.some((f) => f.some((v) => v === undefined))) return undefined;
  return builtArray(fields.map(([server, path, mountPoint]) => builtObject([['server', builtString(server!)], ['path', builtString(path!)], ['mountPoint', builtString(mountPoint!)]])));
}

/** The machine entries of a pool's props: machine type, accelerator, TPU topology, boot disk, NFS mounts. */
function machineOf(pool: Fields): Array<readonly [string, Built | undefined]> | undefined {
  const machine = objectField(pool, 'machineSpec');
  const machineType = stringField(machine, 'machineType');
  if (machineType === undefined) return undefined;
  const acceleratorType = stringField(machine, 'acceleratorType');
  const acceleratorCount = numberField(machine, 'acceleratorCount');
  const topology = stringField(machine, 'tpuTopology');
  const disk = objectField(pool, 'diskSpec');
  const diskType = stringField(disk, 'bootDiskType');
  const diskSize = numberField(disk, 'bootDiskSizeGb');
  return [
    ['machineType', computeMachineTypeCode(machineType)],
    ['accelerator', acceleratorType === undefined ? undefined : vertexAcceleratorCode(acceleratorType, acceleratorCount ?? 1)],
    ['tpuTopology', topology === undefined ? undefined : builtString(topology)],
    ['bootDisk', diskType === undefined && diskSize === undefined
      ? undefined
      : builtObject([['sizeGb', diskSize === undefined ? undefined : builtNumber(diskSize)], ['type', diskType === undefined ? undefined : bootDiskTypeCode(diskType)]])],
    ['nfsMounts', nfsMountsOf(pool)],
  ];
}

/** `VertexTrainingCode.container({…})` or `.pythonPackage({…})` of a pool's task, or undefined when it has none. */
function codeOf(pool: Fields): Built | undefined {
  const container = objectField(pool, 'containerSpec');
  const python = objectField(pool, 'pythonPackageSpec');
  if (container && !python) {
    const imageUri = stringField(container, 'imageUri');
    if (imageUri === undefined) return undefined;
    const command = stringsField(container, 'command');
    const args = stringsField(container, 'args');
    const env = envOf(container);
    const options = builtObject([
      ['imageUri', builtString(imageUri)],
      ['command', command === undefined ? undefined : builtStrings(command)],
      ['args', args === undefined ? undefined : builtStrings(args)],
      ['env', env],
    ]);
    return builtCall('VertexTrainingCode.container', [options], VertexTrainingCode.container(options.value as never));
  }
  if (python && !container) {
    const executor = stringField(python, 'executorImageUri');
    const packages = stringsField(python, 'packageUris');
    const module = stringField(python, 'pythonModule');
    if (executor === undefined || packages === undefined || module === undefined) return undefined;
    const args = stringsField(python, 'args');
    const env = envOf(python);
    const image = builtCall('PrebuiltTrainingImage.fromUri', [builtString(executor)], PrebuiltTrainingImage.fromUri(executor));
    const options = builtObject([
      ['executorImage', image],
      ['packageUris', builtStrings(packages)],
      ['pythonModule', builtString(module)],
      ['args', args === undefined ? undefined : builtStrings(args)],
      ['env', env],
    ]);
    return builtCall('VertexTrainingCode.pythonPackage', [options], VertexTrainingCode.pythonPackage(options.value as never));
  }
  return undefined;
}

/** The env list as the `{ NAME: 'value' }` map of the props, when every entry is a name and a value. */
function envOf(task: Fields): Built | undefined {
  const env = task.env;
  if (!Array.isArray(env)) return undefined;
  const pairs = env.map((entry) => objectOf(entry)).map((entry) => [stringField(entry, 'name'), stringField(entry, 'value')] as const);
  if (pairs.some(([name, value]) => name === undefined || value === undefined)) return undefined;
  return builtObject(pairs.map(([name, value]) => [name as string, builtString(value as string)] as const));
}

function objectOf(value: unknown): Fields | undefined {
  return objectField({ value }, 'value');
}

/** The labels prop of a job: its string map, keys sorted. */
export function labelsBuilt(job: Fields): Built | undefined {
  const labels = stringMapField(job, 'labels');
  return labels === undefined ? undefined : builtObject(Object.keys(labels).sort().map((k) => [k, builtString(labels[k])] as const));
}
