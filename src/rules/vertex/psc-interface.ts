import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';

/** A PSC interface names its network attachment; each DNS peering config has a domain ending with a dot, a project and a network. */
export const PSC_INTERFACE: CustomJobRule = {
  id: 'MLJ-VERTEX-027',
  severity: 'error',
  kind: 'api',
  summary: 'Every jobSpec.pscInterfaceConfig.dnsPeeringConfigs entry has domain (ending with a dot), targetProject and targetNetwork; a pscInterfaceConfig without networkAttachment warns.',
  rationale: 'The reference marks domain, targetProject and targetNetwork of DnsPeeringConfig as required and says domain must end with a dot. A PSC interface attaches the job to your network through the network attachment it names; without one nothing is attached.',
  source: VERTEX_SOURCES.pscInterfaceConfig,
  check(job) {
    const psc = (job as { jobSpec?: { pscInterfaceConfig?: unknown } }).jobSpec?.pscInterfaceConfig;
    if (psc === undefined || psc === null || isUnknown(psc) || typeof psc !== 'object') return [];
    const { networkAttachment, dnsPeeringConfigs } = psc as { networkAttachment?: unknown; dnsPeeringConfigs?: unknown };
    const violations: Violation[] = [];
    if (!isUnknown(networkAttachment) && (typeof networkAttachment !== 'string' || networkAttachment.trim() === '')) {
      violations.push({
        path: 'jobSpec.pscInterfaceConfig.networkAttachment', severity: 'warning',
        message: 'jobSpec.pscInterfaceConfig has no networkAttachment; the PSC interface attaches the job to your VPC through a network attachment.',
        fix: 'Set networkAttachment to the name of a network attachment in the job\'s region (gcloud compute network-attachments list).',
      });
    }
    if (Array.isArray(dnsPeeringConfigs) && !isUnknown(dnsPeeringConfigs)) {
      dnsPeeringConfigs.forEach((config, i) => {
        const at = `jobSpec.pscInterfaceConfig.dnsPeeringConfigs[${i}]`;
        if (isUnknown(config)) return;
        const fields = (config ?? {}) as { domain?: unknown; targetProject?: unknown; targetNetwork?: unknown };
        for (const field of ['domain', 'targetProject', 'targetNetwork'] as const) {
          const value = fields[field];
          if (isUnknown(value)) continue;
          if (typeof value !== 'string' || value.trim() === '') violations.push({ path: `${at}.${field}`, message: `${at}.${field} is ${show(value)}; a DNS peering config needs ${HINTS[field]}.` });
        }
        const domain = knownString(fields.domain);
        if (domain && domain.trim() !== '' && !domain.endsWith('.')) {
          violations.push({ path: `${at}.domain`, message: `${at}.domain is ${show(domain)}; the DNS name suffix must end with a dot.`, fix: `Write "${domain}.".` });
        }
      });
    }
    return violations;
  },
};

const HINTS = {
  domain: 'the DNS name suffix of the peered zone, ending with a dot',
  targetProject: 'the id of the project that hosts the Cloud DNS zone',
  targetNetwork: 'the VPC network in targetProject where the zone is visible',
} as const;
