import { PolicyRule } from '../policy-rule';
import { MAX_ACCELERATORS_PER_JOB } from './cost/max-accelerators-per-job';
import { MAX_ACCELERATORS_PER_REPLICA } from './cost/max-accelerators-per-replica';
import { MAX_COST } from './cost/max-cost';
import { MAX_ML_UNITS } from './cost/max-ml-units';
import { MAX_RUNNING_TIME } from './cost/max-running-time';
import { MAX_TRIALS } from './cost/max-trials';

/** The `cost` pack: caps on accelerators, ML units, running time, tuning trials and the worst-case cost. */
export const COST_PACK: readonly PolicyRule[] = [
  MAX_ACCELERATORS_PER_JOB, MAX_ACCELERATORS_PER_REPLICA, MAX_ML_UNITS, MAX_RUNNING_TIME, MAX_TRIALS, MAX_COST,
];
