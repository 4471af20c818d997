import { CustomJob, CustomJobScheduling, PscInterfaceConfig, WorkerPoolSpec } from '../../model/custom-job';
import { Duration } from '../values/duration';
import { EncryptionKey } from '../values/encryption-key';
import { ComputeMachineType } from './compute-machine-type';
import { PrebuiltTrainingImage } from './prebuilt-training-image';
import { VertexAccelerator } from './vertex-accelerator';
import { SchedulingStrategy } from './scheduling-strategy';
import { VertexCustomJobProps, VertexPscInterfaceConfig, VertexScheduling } from './vertex-custom-job-props';
import { VertexTrainingCode } from './vertex-training-code';
import { BootDiskType, VertexWorkerPool } from './vertex-worker-pool';

/**
 * The `VertexCustomJob` props of a REST-shaped CustomJob: pool 0 → primary, 1 → workers, 2 → parameter servers, 3 →
 * evaluators (empty pools left out); the primary pool's code is the job's code, another pool gets its own only when
 * it differs. Rendering the props gives the same CustomJob back.
 */
export function propsFromCustomJob(job: CustomJob, location?: string, project?: string): VertexCustomJobProps {
  const pools = job.jobSpec.workerPoolSpecs;
  const primary = pools[0];
  const code = codeOf(primary);
  const pool = (index: number): VertexWorkerPool | undefined => {
    const spec = pools[index];
    if (!spec || !spec.machineSpec?.machineType) return undefined;
    const own = codeOf(spec);
    return { ...poolOf(spec), replicaCount: Number(spec.replicaCount ?? 1), ...(sameCode(own, code) ? {} : { code: own }) };
  };
  const workers = pool(1);
  const parameterServers = pool(2);
  const evaluators = pool(3);
  const spec = job.jobSpec;
  return {
    displayName: job.displayName,
    ...(location !== undefined ? { location } : {}),
    ...(project !== undefined ? { project } : {}),
    code,
    primary: poolOf(primary),
    ...(workers ? { workers } : {}),
    ...(parameterServers ? { parameterServers } : {}),
    ...(evaluators ? { evaluators } : {}),
    ...(spec.scheduling ? { scheduling: schedulingOf(spec.scheduling) } : {}),
    ...(spec.baseOutputDirectory ? { baseOutputDirectory: spec.baseOutputDirectory.outputUriPrefix } : {}),
    ...(spec.serviceAccount !== undefined ? { serviceAccount: spec.serviceAccount } : {}),
    ...(spec.network !== undefined ? { network: spec.network } : {}),
    ...(spec.reservedIpRanges !== undefined ? { reservedIpRanges: [...spec.reservedIpRanges] } : {}),
    ...(spec.persistentResourceId !== undefined ? { persistentResourceId: spec.persistentResourceId } : {}),
    ...(spec.pscInterfaceConfig ? { pscInterfaceConfig: pscOf(spec.pscInterfaceConfig) } : {}),
    ...(spec.enableWebAccess !== undefined ? { enableWebAccess: spec.enableWebAccess } : {}),
    ...(spec.enableDashboardAccess !== undefined ? { enableDashboardAccess: spec.enableDashboardAccess } : {}),
    ...(spec.tensorboard !== undefined ? { tensorboard: spec.tensorboard } : {}),
    ...(spec.experiment !== undefined ? { experiment: spec.experiment } : {}),
    ...(spec.experimentRun !== undefined ? { experimentRun: spec.experimentRun } : {}),
    ...(job.encryptionSpec ? { encryptionKey: EncryptionKey.fromKeyName(job.encryptionSpec.kmsKeyName) } : {}),
    ...(job.labels ? { labels: { ...job.labels } } : {}),
  };
}

function schedulingOf(s: CustomJobScheduling): VertexScheduling {
  return {
    ...(s.timeout !== undefined ? { timeout: Duration.parse(s.timeout) } : {}),
    ...(s.restartJobOnWorkerRestart !== undefined ? { restartJobOnWorkerRestart: s.restartJobOnWorkerRestart } : {}),
    ...(s.disableRetries !== undefined ? { disableRetries: s.disableRetries } : {}),
    ...(s.strategy !== undefined ? { strategy: SchedulingStrategy.of(s.strategy) } : {}),
    ...(s.maxWaitDuration !== undefined ? { maxWaitDuration: Duration.parse(s.maxWaitDuration) } : {}),
  };
}

function pscOf(psc: PscInterfaceConfig): VertexPscInterfaceConfig {
  return {
    ...(psc.networkAttachment !== undefined ? { networkAttachment: psc.networkAttachment } : {}),
    ...(psc.dnsPeeringConfigs ? { dnsPeeringConfigs: psc.dnsPeeringConfigs.map((d) => ({ domain: d.domain, targetProject: d.targetProject, targetNetwork: d.targetNetwork })) } : {}),
  };
}

function poolOf(spec: WorkerPoolSpec) {
  const machine = spec.machineSpec ?? {};
  return {
    machineType: ComputeMachineType.of(machine.machineType ?? ''),
    ...(machine.acceleratorType ? { accelerator: VertexAccelerator.of(machine.acceleratorType, Number(machine.acceleratorCount ?? 1)) } : {}),
    ...(machine.tpuTopology !== undefined ? { tpuTopology: machine.tpuTopology } : {}),
    ...(spec.nfsMounts ? { nfsMounts: spec.nfsMounts.map((m) => ({ server: m.server, path: m.path, mountPoint: m.mountPoint })) } : {}),
    ...(spec.diskSpec ? { bootDisk: { ...(spec.diskSpec.bootDiskType ? { type: BootDiskType.of(spec.diskSpec.bootDiskType) } : {}), ...(spec.diskSpec.bootDiskSizeGb !== undefined ? { sizeGb: spec.diskSpec.bootDiskSizeGb } : {}) } } : {}),
  };
}

function codeOf(spec: WorkerPoolSpec): VertexTrainingCode {
  if (spec.containerSpec) {
    const c = spec.containerSpec;
    return VertexTrainingCode.container({ imageUri: c.imageUri, ...(c.command ? { command: [...c.command] } : {}), ...(c.args ? { args: [...c.args] } : {}), ...(c.env ? { env: envMap(c.env) } : {}) });
  }
  const p = spec.pythonPackageSpec ?? { executorImageUri: '', packageUris: [], pythonModule: '' };
  return VertexTrainingCode.pythonPackage({
    executorImage: PrebuiltTrainingImage.fromUri(p.executorImageUri),
    packageUris: [...p.packageUris],
    pythonModule: p.pythonModule,
    ...(p.args ? { args: [...p.args] } : {}),
    ...(p.env ? { env: envMap(p.env) } : {}),
  });
}

function envMap(env: ReadonlyArray<{ name: string; value: string }>): { [name: string]: string } {
  return Object.fromEntries(env.map((e) => [e.name, e.value]));
}

function sameCode(a: VertexTrainingCode, b: VertexTrainingCode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
