import { IConstruct } from 'constructs';
import { IResolvable, IResolveContext, Token } from '../cdk';
import { derivedJobId } from './job-identity';
import { resolveInStack } from './job-validation';
import { plainCopy } from './plain-copy';

/** The spec of a job resolved in its stack, and the job id derived from it. */
export interface JobResolution {
  /** The spec with every token resolved (references as `${…}`): what the id hashes and the rules see. */
  readonly spec: unknown;
  /** `<prefix>_<hash of the spec>`. */
  readonly jobId: string;
}

/**
 * The derived job id of an L2 job. A spec that holds no token is hashed at once, from a copy of it (`plainSpec`),
 * and its id is a plain string; a spec with a token (a reference, a variable) is hashed at synth, when the token can
 * be resolved in the stack that synthesizes it, and its id is a token until then.
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
  public constructor(private readonly prefix: string, private readonly spec: object, private readonly salt?: string) {
    // Most specs hold no token: hashing them now spares every job a token and its resolution at synth, which cost
    // more than the hash.
    const plainSpec = plainCopy(spec);
    const plainSalt = salt === undefined ? { value: undefined } : plainCopy(salt);
    if (plainSpec && plainSalt) {
      this.resolved = { spec: plainSpec.value, jobId: derivedJobId(prefix, plainSpec.value, plainSalt.value as string | undefined) };
    }
  }

  /**
   * The copy of the spec the id was derived from, when the spec holds no token (else undefined): give the L1 this
   * copy, so that what synthesizes, what the rules check and what the id hashes stay the same spec.
   */
  public get plainSpec(): unknown {
    return this.resolved?.spec;
  }

  /** The id for the L1's `jobId`: the id itself when the spec holds no token, else a token (`toToken`). */
  public toJobId(): string {
    return this.resolved?.jobId ?? this.toToken();
  }

  /** The id as a string token, resolved at synth. */
  public toToken(): string {
    return Token.asString(this);
  }

  /** The derived id (the token's value). */
  public resolve(context: IResolveContext): string {
    return this.resolution(context.scope).jobId;
  }

  /**
   * The resolved spec and the id, computed once (at construction for a spec without tokens): the id, the rules and
   * the fingerprint all read the same one.
   */
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
