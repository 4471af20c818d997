import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { isUnknown, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { taskOf, usedPools } from './worker-pools';

const C_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_ENV = 100;

/** Environment variable names are C identifiers, unique within a task, string values, at most 100. */
export const ENV_NAMES: CustomJobRule = {
  id: 'MLJ-VERTEX-013',
  severity: 'error',
  kind: 'api',
  summary: 'Each env entry of a containerSpec or pythonPackageSpec has a name that is a valid C identifier ([A-Za-z_][A-Za-z0-9_]*) and a string value; at most 100 entries; a name set twice warns.',
  rationale: 'The API requires C identifiers as names; a dash or a dot in a name is rejected, and a duplicate name leaves only one of the values.',
  source: VERTEX_SOURCES.envVar,
  check(job) {
    const violations: Violation[] = [];
    for (const entry of usedPools(job)) {
      const task = taskOf(entry);
      if (!task || task.env === undefined || task.env === null || isUnknown(task.env)) continue;
      const path = `${task.path}.env`;
      if (!Array.isArray(task.env)) {
        violations.push({ path, message: `${path} is ${show(task.env)}; it must be a list of {name, value}.` });
        continue;
      }
      if (task.env.length > MAX_ENV) violations.push({ path, message: `${path} has ${task.env.length} entries; at most ${MAX_ENV} are allowed.` });
      const seen = new Set<string>();
      task.env.forEach((variable: unknown, index: number) => {
        const at = `${path}[${index}]`;
        if (isUnknown(variable)) return;
        if (!variable || typeof variable !== 'object') {
          violations.push({ path: at, message: `${at} is ${show(variable)}; each entry is {name, value}.` });
          return;
        }
        const { name, value } = variable as { name?: unknown; value?: unknown };
        if (!isUnknown(name)) {
          if (typeof name !== 'string' || !C_IDENTIFIER.test(name)) {
            violations.push({
              path: `${at}.name`,
              message: `${at}.name is ${show(name)}; it must be a C identifier: letters, digits and underscores, not starting with a digit.`,
              ...(typeof name === 'string' && name !== '' ? { fix: `Use ${show(name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1'))}.` } : {}),
            });
          } else if (seen.has(name)) {
            violations.push({ path: `${at}.name`, severity: 'warning', message: `${at}.name ${show(name)} is set more than once in ${path}; only one value reaches the program.` });
          } else {
            seen.add(name);
          }
        }
        if (value !== undefined && !isUnknown(value) && typeof value !== 'string') {
          violations.push({ path: `${at}.value`, message: `${at}.value is ${show(value)}; values are strings (quote numbers and booleans).` });
        }
      });
    }
    return violations;
  },
};
