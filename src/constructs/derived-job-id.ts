import { IConstruct } from 'constructs';
import { IResolvable, IResolveContext, Token } from '../cdk';
import { derivedJobId } from './job-identity';
import { resolveInStack } from './job-validation';

/** The spec of a job resolved in its stack, and the job id derived from it. */
export interface JobResolution {
  /** The spec with every token resolved (references as `${…}`): what the id hashes and the rules see. */
  readonly spec: unknown;
  /** `<prefix>_<hash of the spec>`. */
  readonly jobId: string;
}

/**
 * The derived job id of an L2 job as a token, resolved at synth in the stack that synthesizes it.
 *
 * It holds the spec and the prefix, never the construct: cdktf keeps every token in a process-wide map for good, and
 * a token that held the construct would keep its whole construct tree alive after synth (about 40 MB per thousand
 * jobs, for every stack a test or an app synthesizes). The scope comes from the resolution instead.
 */
export class DerivedJobId implements IResolvable {
  /** A token needs no creation trace here: recording one per job was the largest cost of synth. */
  public readonly creationStack: string[] = [];
  private resolved?: JobResolution;

  /**
   * @param prefix the sanitized id prefix
   * @param spec what the id is derived from: the job's input and project, labels excluded
   * @param salt the `jobIdSalt` prop, mixed into the hash when given
   */
  public constructor(private readonly prefix: string, private readonly spec: object, private readonly salt?: string) {}

  /** The id as a string token for the L1's `jobId`. */
  public toToken(): string {
    return Token.asString(this);
  }

  /** The derived id (the token's value). */
  public resolve(context: IResolveContext): string {
    return this.resolution(context.scope).jobId;
  }

  /** The resolved spec and the id, computed once: the id, the rules and the fingerprint all read the same one. */
  public resolution(scope: IConstruct): JobResolution {
    if (!this.resolved) {
      // References hash in their stable `${…}` form, not as token placeholders.
      const spec = resolveInStack(scope, this.spec);
      const salt = this.salt === undefined ? undefined : resolveInStack(scope, this.salt) as string;
      this.resolved = { spec, jobId: derivedJobId(this.prefix, spec, salt) };
    }
    return this.resolved;
  }
}
