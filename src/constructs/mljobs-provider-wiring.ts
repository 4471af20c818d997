import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformStack } from '../cdk';
import { MlEngineJob, MljobsProvider, VertexAiCustomJob } from '../l1';

/**
 * Sends every `google_ml_engine_job` and `google_vertex_ai_custom_job` of a stack that names no provider to the
 * stack's `MljobsProvider` (the one without an alias), the Terraform provider this package ships (`mljob provider
 * install`). Without it Terraform would look for them in the `google` provider, which has neither resource.
 *
 * The L2 job constructs add it to their stack; add it yourself for stacks of bare `MlEngineJob` resources (it also
 * lets a job with `provider: mljobs` pass cdktf's check that each resource's provider is in the stack, when the stack
 * has no GoogleProvider). A stack without an `MljobsProvider` is left as it is.
 *
 * @example
 * new MljobsProvider(stack, 'mljobs', { project: 'my-ml-project' });
 * Aspects.of(stack).add(new MljobsProviderWiring());
 */
export class MljobsProviderWiring implements IAspect {
  /** Adds the wiring to the stack of `scope`, once per stack. */
  public static addTo(scope: IConstruct): void {
    const stack = TerraformStack.of(scope);
    if (WIRED.has(stack)) return;
    WIRED.add(stack);
    Aspects.of(stack).add(new MljobsProviderWiring());
  }

  // The default provider of the stack this pass is in, looked up on the first job that needs it: a search of the
  // whole tree per job made synth quadratic in the number of jobs. Every pass of the aspects visits a stack before
  // anything in it, and that visit forgets the last pass's answer, so a provider added between synths is found.
  private current?: { readonly stack: TerraformStack; provider?: MljobsProvider | undefined; found: boolean };

  /** Wires one construct, if it is a job without a provider; a job of an MljobsProvider belongs to `mljobs`. */
  public visit(node: IConstruct): void {
    if (TerraformStack.isStack(node)) {
      this.current = { stack: node, found: false };
      return;
    }
    if (!(node instanceof MlEngineJob || node instanceof VertexAiCustomJob)) return;
    if (!node.provider) {
      const provider = this.defaultProviderOf(TerraformStack.of(node));
      if (provider) node.provider = provider;
    }
    if (node.provider instanceof MljobsProvider && node.terraformGeneratorMetadata?.providerName !== PROVIDER_NAME) {
      // The generated L1 says its provider is `google` (the schema's provider); cdktf then insists on a
      // GoogleProvider in the stack. A job deployed by mljobs needs only the MljobsProvider.
      Object.defineProperty(node, 'terraformGeneratorMetadata', { value: { ...node.terraformGeneratorMetadata, providerName: PROVIDER_NAME }, configurable: true, enumerable: true });
    }
  }

  /** The stack's default provider: remembered for this pass when the pass visited the stack, else searched for. */
  private defaultProviderOf(stack: TerraformStack): MljobsProvider | undefined {
    const current = this.current;
    if (current?.stack !== stack) return defaultProvider(stack);
    if (!current.found) {
      current.provider = defaultProvider(stack);
      current.found = true;
    }
    return current.provider;
  }
}

const PROVIDER_NAME = 'mljobs';

const WIRED = new WeakSet<TerraformStack>();

/** The first MljobsProvider without an alias under `scope`, in the order of `findAll` (pre-order). */
function defaultProvider(scope: IConstruct): MljobsProvider | undefined {
  // A walk that stops at the first one and builds no list of the whole tree: a stack without one (most of them)
  // is walked once per pass, thousands of jobs included.
  if (scope instanceof MljobsProvider && !scope.alias) return scope;
  for (const child of scope.node.children) {
    const found = defaultProvider(child);
    if (found) return found;
  }
  return undefined;
}
