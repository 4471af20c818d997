import { z } from '../../zod';
import { Token } from '../../cdk';
import { isUnresolved } from '../../model/json-values';
import { VertexCustomJobProps } from './vertex-custom-job-props';

/**
 * Construction-time checks of the props that no API rule can see once rendered (which pool a field belongs to, both
 * of two exclusive options, a value of the wrong type from JavaScript). Tokens are unknown and pass. Throws one line:
 * `<construct path>: <prop path> <problem>; <fix>.` The platform rules run at synth on the rendered job.
 *
 * @internal zod stays inside: no zod type is part of the public API.
 */
export function validateVertexProps(constructPath: string, props: VertexCustomJobProps): void {
  const result = PROPS.safeParse(props);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new Error(`${constructPath}: ${at ? `${at} ` : ''}${issue.message}`);
  }
}

const unknown = (value: unknown) => Token.isUnresolved(value);

const replicaCount = z.custom<number>((v) => v === undefined || unknown(v) || (typeof v === 'number' && Number.isInteger(v) && v >= 1), {
  message: 'must be a whole number of at least 1; leave the pool out to skip it',
});

const envMap = z.record(z.string(), z.custom<string>((v) => typeof v === 'string', { message: 'is not a string; environment values are strings' }))
  .superRefine((env, ctx) => {
    // A map token (Token.asStringMap of a variable) cannot become the list of env blocks the resource takes: its
    // entries are known only at apply, and a dynamic block cannot be checked by the rules or mapped to the API shape.
    if (isUnresolved(env)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'is a map token, whose names are known only at apply; name each variable in code, e.g. env: { MODEL_DIR: Fn.lookup(map, "MODEL_DIR") }' });
      return;
    }
    for (const name of Object.keys(env)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `is not a C identifier; use letters, digits and underscores, e.g. ${JSON.stringify(name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1'))}` });
      }
    }
  });

const code = z.object({
  containerOptions: z.object({
    imageUri: z.string().min(1, { message: 'is empty; give the container image' }),
    env: envMap.optional(),
  }).passthrough().optional(),
  pythonPackageOptions: z.object({
    packageUris: z.array(z.string()).min(1, { message: 'is empty; list the gs:// URI of the training package' }).max(100, { message: 'has more than 100 URIs' }),
    pythonModule: z.string().min(1, { message: 'is empty; name the module to run, e.g. trainer.task' }),
    env: envMap.optional(),
  }).passthrough().optional(),
}).passthrough();

/** A list prop given as something else from JavaScript (a token list is unknown and passes). */
const listOf = (what: string) => z.custom<unknown[]>((v) => v === undefined || unknown(v) || Array.isArray(v), { message: `must be a list of ${what}` });

const pool = z.object({
  nfsMounts: listOf('{ server, path, mountPoint } objects').optional(),
  machineType: z.object({ name: z.string().min(1) }).passthrough(),
  replicaCount: replicaCount.optional(),
  code: code.optional(),
  bootDisk: z.object({
    sizeGb: z.custom<number>((v) => v === undefined || unknown(v) || (typeof v === 'number' && Number.isInteger(v) && v >= 1), { message: 'must be a whole number of GB' }).optional(),
  }).passthrough().optional(),
}).passthrough();

const PROPS = z.object({
  displayName: z.string().optional(),
  code,
  primary: pool,
  workers: pool.optional(),
  parameterServers: pool.optional(),
  evaluators: pool.optional(),
  reductionServer: z.object({ machineType: z.object({ name: z.string().min(1) }).passthrough(), replicaCount: replicaCount.optional() }).passthrough().optional(),
  pscInterfaceConfig: z.object({ dnsPeeringConfigs: listOf('{ domain, targetProject, targetNetwork } objects').optional() }).passthrough().optional(),
}).passthrough().superRefine((props, ctx) => {
  if (props.parameterServers && props.reductionServer) {
    ctx.addIssue({ code: 'custom', path: ['reductionServer'], message: 'and parameterServers both use pool 2; set one of them' });
  }
  const primary = props.primary as { replicaCount?: unknown };
  if (primary.replicaCount !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['primary', 'replicaCount'], message: 'is set; the primary pool always runs exactly 1 replica, so put more replicas in workers' });
  }
});
