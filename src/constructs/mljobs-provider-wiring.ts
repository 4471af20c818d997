import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformStack } from '../cdk';
import { MlEngineJob, MljobsProvider } from '../l1';

/**
 * Sends every `google_ml_engine_job` of a stack that names no provider to the stack's `MljobsProvider` (the one
 * without an alias), the Terraform provider this package ships (`mljob provider install`). Without it Terraform
 * would look for `google_ml_engine_job` in the `google` provider, which has no such resource.
 *
 * The L2 job constructs add it to their stack; add it yourself for stacks of bare `MlEngineJob` resources, or set
 * `provider` on each. A stack without an `MljobsProvider` is left as it is.
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

  /** Wires one construct, if it is a job without a provider. */
  public visit(node: IConstruct): void {
    if (!(node instanceof MlEngineJob) || node.provider) return;
    const provider = defaultProvider(TerraformStack.of(node));
    if (provider) node.provider = provider;
  }
}

const WIRED = new WeakSet<TerraformStack>();

function defaultProvider(stack: TerraformStack): MljobsProvider | undefined {
  return stack.node.findAll().find((c): c is MljobsProvider => c instanceof MljobsProvider && !c.alias);
}
