import { PolicyRule } from '../policy-rule';
import { ALLOWED_REGISTRIES } from './security/allowed-registries';
import { CMEK_REQUIRED } from './security/cmek-required';
import { NO_SECRETS_IN_ARGS } from './security/no-secrets-in-args';
import { SERVICE_ACCOUNT_SET } from './security/service-account-set';
import { VPC_NETWORK_SET } from './security/vpc-network-set';
import { WEB_ACCESS_DISABLED } from './security/web-access-disabled';

/** The `security` pack: CMEK, a dedicated service account, VPC peering, no web access, allowed registries, no secrets. */
export const SECURITY_PACK: readonly PolicyRule[] = [
  CMEK_REQUIRED, SERVICE_ACCOUNT_SET, VPC_NETWORK_SET, WEB_ACCESS_DISABLED, ALLOWED_REGISTRIES, NO_SECRETS_IN_ARGS,
];
