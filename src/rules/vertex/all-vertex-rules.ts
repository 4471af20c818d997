import { ACCELERATOR_REGION } from './accelerator-region';
import { ACCELERATOR_TYPE } from './accelerator-type';
import { BOOT_DISK } from './boot-disk';
import { CustomJobRule } from './custom-job-rule';
import { DISABLE_RETRIES } from './disable-retries';
import { DISPLAY_NAME } from './display-name';
import { ENCRYPTION_KEY } from './encryption-key';
import { ENV_NAMES } from './env-names';
import { FIELD_FORMS } from './field-forms';
import { EXECUTOR_IMAGE } from './executor-image';
import { LABELS } from './labels';
import { MACHINE_ACCELERATORS } from './machine-accelerators';
import { MACHINE_TYPE } from './machine-type';
import { NETWORK_FORMAT } from './network-format';
import { NFS_MOUNTS } from './nfs-mounts';
import { PERSISTENT_RESOURCE_ID } from './persistent-resource-id';
import { POOL_TASK } from './pool-task';
import { PRIMARY_REPLICA_COUNT } from './primary-replica-count';
import { PSC_INTERFACE } from './psc-interface';
import { RESERVED_IP_RANGES } from './reserved-ip-ranges';
import { RESOURCE_NAMES } from './resource-names';
import { SCHEDULING_STRATEGY } from './scheduling-strategy';
import { SCHEDULING_TIMEOUT } from './scheduling-timeout';
import { SERVICE_ACCOUNT } from './service-account';
import { STORAGE_URIS } from './storage-uris';
import { TENSORBOARD_SERVICE_ACCOUNT } from './tensorboard-service-account';
import { TPU_MACHINES } from './tpu-machines';
import { UNKNOWN_FIELDS } from './unknown-fields';
import { WORKER_POOL_LIST } from './worker-pool-list';

/** The built-in Vertex AI CustomJob rules, in id order. */
export const VERTEX_RULES: readonly CustomJobRule[] = [
  WORKER_POOL_LIST, PRIMARY_REPLICA_COUNT, POOL_TASK, MACHINE_TYPE, ACCELERATOR_TYPE, MACHINE_ACCELERATORS, ACCELERATOR_REGION,
  TPU_MACHINES, BOOT_DISK, DISPLAY_NAME, LABELS, SCHEDULING_TIMEOUT, ENV_NAMES, STORAGE_URIS, EXECUTOR_IMAGE, NETWORK_FORMAT,
  ENCRYPTION_KEY, SERVICE_ACCOUNT, FIELD_FORMS, UNKNOWN_FIELDS, SCHEDULING_STRATEGY, RESOURCE_NAMES, RESERVED_IP_RANGES, TENSORBOARD_SERVICE_ACCOUNT,
  NFS_MOUNTS, PERSISTENT_RESOURCE_ID, PSC_INTERFACE, DISABLE_RETRIES,
].slice().sort((a, b) => a.id.localeCompare(b.id));
