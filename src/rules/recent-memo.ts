/**
 * Remembers a derived fact for the two most recent keys (compared by identity, with an optional context such as the
 * catalog). The rules of one job all run before the next job's, and several ask for the same fact of the job (its
 * replicas, its accelerators, its shape walk): two entries hit almost every time, and unlike a WeakMap they leave the
 * garbage collector nothing to track per job. Two, not one, because a rule may ask about a modified copy in between.
 */
export function recentMemo<K extends object, V, C = undefined>(compute: (key: K, context?: C) => V): (key: K, context?: C) => V {
  let key1: K | undefined;
  let context1: C | undefined;
  let value1: V | undefined;
  let key2: K | undefined;
  let context2: C | undefined;
  let value2: V | undefined;
  return (key, context) => {
    if (key === key1 && context === context1) return value1 as V;
    if (key === key2 && context === context2) return value2 as V;
    const value = compute(key, context);
    key2 = key1;
    context2 = context1;
    value2 = value1;
    key1 = key;
    context1 = context;
    value1 = value;
    return value;
  };
}
