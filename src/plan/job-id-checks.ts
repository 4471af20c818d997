import { Job } from '../model/job';
import { RESOURCE_TYPE } from '../model/provider-schema';
import { literalText } from './desired-strings';
import { priorJobField } from './plan-inputs';
import { JobChange } from './plan-result';
import { DUPLICATE_JOB_ID, EmitPlanFinding, JOB_ID_EXISTS, REPLACEMENT_KEEPS_ID } from './plan-rules';

/**
 * Ids across jobs: duplicates in the plan, ids taken in the project, replacements that keep their id. Custom jobs have
 * server-assigned ids, so none of this applies to them.
 */
export function checkIds(changes: readonly JobChange[], projectJobs: ReadonlyMap<string, Job>, emit: EmitPlanFinding): void {
  // By project, then by id: no key string per job, and a list only for an id that more than one job has.
  const byProject = new Map<string, Map<string, JobChange | JobChange[]>>();
  for (const change of changes) {
    const id = knownJobId(change);
    if (change.action === 'delete' || id === undefined) continue;
    const project = change.project ?? '';
    let byId = byProject.get(project);
    if (!byId) byProject.set(project, (byId = new Map()));
    const seen = byId.get(id);
    if (seen === undefined) byId.set(id, change);
    else if (Array.isArray(seen)) seen.push(change);
    else byId.set(id, [seen, change]);
  }
  const groups: JobChange[][] = [];
  for (const byId of byProject.values()) for (const seen of byId.values()) if (Array.isArray(seen)) groups.push(seen);
  for (const group of groups) {
    for (const change of group) {
      const others = group.filter((other) => other !== change).map((other) => other.resource).join(', ');
      emit(DUPLICATE_JOB_ID, change.resource, 'jobId', `jobId "${knownJobId(change)}" is also the id of ${others}.`, 'Give each job its own id.', undefined, change.desired);
    }
  }
  for (const change of changes) {
    const id = knownJobId(change);
    if (id === undefined || change.type !== RESOURCE_TYPE) continue;
    if (change.action === 'replace' && change.prior && priorJobField(change.prior, 'jobId') === id) {
      const changed = change.replacePaths.filter((path) => !change.unknownPaths.includes(path));
      if (changed.length) {
        emit(
          REPLACEMENT_KEEPS_ID,
          change.resource,
          'jobId',
          `The spec changes (${changed.join(', ')}) but jobId stays "${id}"; the service never reuses a job id.`,
          'Change jobId with the spec, or let the L2 construct derive it.',
          undefined,
          change.desired,
        );
      } else {
        // Replaced only for values known at apply: a derived id hashes a reference as written, so the id stays.
        const unknown = change.unknownPaths.join(', ');
        emit(
          REPLACEMENT_KEEPS_ID,
          change.resource,
          'jobId',
          `Terraform will replace the job (${unknown} ${change.unknownPaths.length > 1 ? 'are' : 'is'} known only at apply) but jobId stays "${id}" ` +
            '(a derived id hashes a reference as written, not its value); the service never reuses a job id, so the create fails with ALREADY_EXISTS.',
          'Give the job a new id (jobIdSalt on the L2 construct, or jobId), or let Terraform know the value at plan: apply the resource it refers to first.',
          undefined,
          change.desired,
        );
      }
    } else if ((change.action === 'create' || change.action === 'replace') && projectJobs.has(id)) {
      const existing = projectJobs.get(id);
      emit(
        JOB_ID_EXISTS,
        change.resource,
        'jobId',
        `jobId "${id}" already exists in the project (${existing?.state ?? 'state unknown'}); ids are never reusable.`,
        `Import the existing job (projects/{project}/jobs/${id}) or choose a new id.`,
        undefined,
        change.desired,
      );
    }
  }
}

/** The desired ML Engine job id as the service receives it, or undefined when it is not known before apply (or the job is a custom job). */
function knownJobId(change: JobChange): string | undefined {
  if (change.type !== RESOURCE_TYPE) return undefined;
  const id = change.after?.jobId;
  if (typeof id !== 'string') return undefined;
  return change.desired ? literalText(id, change.desired.strings) : id;
}
