/** A job named by an import id. */
export interface ImportedJobId {
  readonly project: string;
  readonly jobId: string;
}

/**
 * Reads an import id: `projects/{project}/jobs/{job_id}`, `{project}/{job_id}` or `{job_id}` (with the provider's
 * project), the forms DESIGN.md and the google provider's import accept. Returns an error message for anything else.
 */
export function parseImportId(id: string, providerProject: string | undefined): ImportedJobId | { error: string } {
  const trimmed = id.trim();
  const parts = trimmed.split('/');
  let project: string | undefined;
  let jobId: string | undefined;
  if (parts.length === 4 && parts[0] === 'projects' && parts[2] === 'jobs') [, project, , jobId] = parts;
  else if (parts.length === 2) [project, jobId] = parts;
  else if (parts.length === 1) [jobId, project] = [parts[0], providerProject];
  const forms = 'projects/{project}/jobs/{job_id}, {project}/{job_id} or {job_id}';
  if (!jobId || project === '' || (parts.length > 1 && !project)) return { error: `Import id ${JSON.stringify(id)} is not one of ${forms}.` };
  if (!project) return { error: `Import id ${JSON.stringify(id)} names no project and the provider has none: use projects/{project}/jobs/${jobId}, or set project in the mljobs provider block.` };
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(jobId)) return { error: `Import id ${JSON.stringify(id)}: "${jobId}" is not a job id (letters, digits and underscores, starting with a letter).` };
  return { project, jobId };
}
