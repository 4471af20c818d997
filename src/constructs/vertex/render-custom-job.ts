import { CustomJob, EnvVar, PscInterfaceConfig, WorkerPoolSpec } from '../../model/custom-job';
import { VertexCustomJobProps, VertexPscInterfaceConfig } from './vertex-custom-job-props';
import { VertexTrainingCode } from './vertex-training-code';
import { VertexPrimaryPool, VertexWorkerPool } from './vertex-worker-pool';

/** Google's Reduction Server image (pool 2 of an all-reduce GPU job). */
export const REDUCTION_SERVER_IMAGE = 'us-docker.pkg.dev/vertex-ai-restricted/training/reductionserver:latest';

/**
 * The CustomJob the props describe, in REST shape: pools in Vertex's positional order (primary, workers, parameter
 * servers or reduction server, evaluators), an empty `{}` for a skipped pool before a used one, none after the last.
 */
export function renderCustomJob(props: VertexCustomJobProps, displayName: string): CustomJob {
  const pools: WorkerPoolSpec[] = [
    renderPool(props.primary, 1, props.code),
    props.workers ? renderPool(props.workers, props.workers.replicaCount ?? 1, props.code) : {},
    props.parameterServers
      ? renderPool(props.parameterServers, props.parameterServers.replicaCount ?? 1, props.code)
      : props.reductionServer
        ? { machineSpec: { machineType: props.reductionServer.machineType.name }, replicaCount: props.reductionServer.replicaCount ?? 1, containerSpec: { imageUri: REDUCTION_SERVER_IMAGE } }
        : {},
    props.evaluators ? renderPool(props.evaluators, props.evaluators.replicaCount ?? 1, props.code) : {},
  ];
  while (pools.length > 1 && Object.keys(pools[pools.length - 1]).length === 0) pools.pop();
  const s = props.scheduling;
  const scheduling = s && (s.timeout !== undefined || s.restartJobOnWorkerRestart !== undefined || s.disableRetries !== undefined || s.strategy !== undefined || s.maxWaitDuration !== undefined)
    ? {
      ...(s.timeout !== undefined ? { timeout: s.timeout.toApiString() } : {}),
      ...(s.restartJobOnWorkerRestart !== undefined ? { restartJobOnWorkerRestart: s.restartJobOnWorkerRestart } : {}),
      ...(s.disableRetries !== undefined ? { disableRetries: s.disableRetries } : {}),
      ...(s.strategy !== undefined ? { strategy: s.strategy.name } : {}),
      ...(s.maxWaitDuration !== undefined ? { maxWaitDuration: s.maxWaitDuration.toApiString() } : {}),
    }
    : undefined;
  return {
    displayName,
    jobSpec: {
      workerPoolSpecs: pools,
      ...(scheduling ? { scheduling } : {}),
      ...(props.serviceAccount !== undefined ? { serviceAccount: props.serviceAccount } : {}),
      ...(props.network !== undefined ? { network: props.network } : {}),
      ...(props.reservedIpRanges !== undefined ? { reservedIpRanges: [...props.reservedIpRanges] } : {}),
      ...(props.persistentResourceId !== undefined ? { persistentResourceId: props.persistentResourceId } : {}),
      ...(props.pscInterfaceConfig !== undefined ? { pscInterfaceConfig: renderPscInterfaceConfig(props.pscInterfaceConfig) } : {}),
      ...(props.baseOutputDirectory !== undefined ? { baseOutputDirectory: { outputUriPrefix: props.baseOutputDirectory } } : {}),
      ...(props.enableWebAccess !== undefined ? { enableWebAccess: props.enableWebAccess } : {}),
      ...(props.enableDashboardAccess !== undefined ? { enableDashboardAccess: props.enableDashboardAccess } : {}),
      ...(props.tensorboard !== undefined ? { tensorboard: props.tensorboard } : {}),
      ...(props.experiment !== undefined ? { experiment: props.experiment } : {}),
      ...(props.experimentRun !== undefined ? { experimentRun: props.experimentRun } : {}),
    },
    ...(props.labels ? { labels: props.labels } : {}),
    ...(props.encryptionKey ? { encryptionSpec: { kmsKeyName: props.encryptionKey.kmsKeyName } } : {}),
  };
}

function renderPool(pool: VertexPrimaryPool | VertexWorkerPool, replicaCount: number, jobCode: VertexTrainingCode): WorkerPoolSpec {
  const code = pool.code ?? jobCode;
  return {
    machineSpec: {
      machineType: pool.machineType.name,
      ...(pool.accelerator ? { acceleratorType: pool.accelerator.type, acceleratorCount: pool.accelerator.count } : {}),
      ...(pool.tpuTopology !== undefined ? { tpuTopology: pool.tpuTopology } : {}),
    },
    replicaCount,
    ...(pool.bootDisk && (pool.bootDisk.type !== undefined || pool.bootDisk.sizeGb !== undefined)
      ? { diskSpec: { ...(pool.bootDisk.type ? { bootDiskType: pool.bootDisk.type.name } : {}), ...(pool.bootDisk.sizeGb !== undefined ? { bootDiskSizeGb: pool.bootDisk.sizeGb } : {}) } }
      : {}),
    ...renderCode(code),
    ...(pool.nfsMounts !== undefined ? { nfsMounts: pool.nfsMounts.map((m) => ({ server: m.server, path: m.path, mountPoint: m.mountPoint })) } : {}),
  };
}

function renderPscInterfaceConfig(psc: VertexPscInterfaceConfig): PscInterfaceConfig {
  return {
    ...(psc.networkAttachment !== undefined ? { networkAttachment: psc.networkAttachment } : {}),
    ...(psc.dnsPeeringConfigs !== undefined
      ? { dnsPeeringConfigs: psc.dnsPeeringConfigs.map((d) => ({ domain: d.domain, targetProject: d.targetProject, targetNetwork: d.targetNetwork })) }
      : {}),
  };
}

function renderCode(code: VertexTrainingCode): Pick<WorkerPoolSpec, 'containerSpec' | 'pythonPackageSpec'> {
  const container = code.containerOptions;
  if (container) {
    return {
      containerSpec: {
        imageUri: container.imageUri,
        ...(container.command ? { command: [...container.command] } : {}),
        ...(container.args ? { args: [...container.args] } : {}),
        ...(container.env ? { env: renderEnv(container.env) } : {}),
      },
    };
  }
  const pkg = code.pythonPackageOptions!;
  return {
    pythonPackageSpec: {
      executorImageUri: pkg.executorImage.uri,
      packageUris: [...pkg.packageUris],
      pythonModule: pkg.pythonModule,
      ...(pkg.args ? { args: [...pkg.args] } : {}),
      ...(pkg.env ? { env: renderEnv(pkg.env) } : {}),
    },
  };
}

/** Environment variables in the order given (object key order; deterministic). */
function renderEnv(env: { [name: string]: string }): EnvVar[] {
  return Object.entries(env).map(([name, value]) => ({ name, value }));
}
