// Blocking, the way entity-resolution systems (dedupe, Splink, Senzing) do it before comparing: every item posts
// some keys and probes with some keys, and an item is compared only with the earlier items that posted a key it
// probes. A layer's keys are exact when every pair its sameness predicate accepts is found this way: for every
// x before y with same(x, y), probeKeys(y) ∩ postKeys(x) ≠ ∅. The layers prove that beside their keys
// (statements/blocking-keys.ts, meetings/to-meeting-graph.ts); a pair that shares no key is never compared, so
// the cost follows the size of the blocks, not the size of the archive.

/** Earlier items by the keys they posted. */
export interface BlockIndex<T> {
  /** Files an item under its keys (call after it has probed: an item never finds itself). */
  post(item: T, keys: Iterable<string>): void;
  /** The items that posted any of these keys, each once, in the order they were posted. */
  probe(keys: Iterable<string>): T[];
}

export function createBlockIndex<T>(): BlockIndex<T> {
  const byKey = new Map<string, number[]>();
  const items: T[] = [];
  return {
    post(item, keys) {
      const at = items.push(item) - 1;
      for (const key of new Set(keys)) {
        const list = byKey.get(key);
        if (list) list.push(at);
        else byKey.set(key, [at]);
      }
    },
    probe(keys) {
      const found = new Set<number>();
      for (const key of new Set(keys)) for (const at of byKey.get(key) ?? []) found.add(at);
      return [...found].sort((a, b) => a - b).map(at => items[at]!);
    },
  };
}
