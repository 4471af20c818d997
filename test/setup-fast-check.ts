/**
 * One seed for every property test, so CI is reproducible: a failure seen once is seen again. Explore other inputs
 * with `FC_SEED=<number> npx jest`, and turn what they find into a fixed test case.
 */
import * as fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });
