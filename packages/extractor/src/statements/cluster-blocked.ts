// Occurrences of one statement together, comparing each occurrence only with the earlier ones that share a
// blocking key (blocking-keys.ts, which proves the keys exact for the sameness predicate) instead of with every
// cluster so far. It builds what to-statement-graph.ts's all-pairs clusterOccurrences builds: an occurrence joins
// every earlier cluster holding an occurrence `same` accepts, unless that cluster has another statement of its
// article (another key); the first such cluster is its home and the others join it when none of their members is
// apart from it. Clusters keep their creation order (a joined cluster leaves its place, the home keeps its own),
// members the order they joined in, so the graph is byte-identical. Only the candidate generation differs; the
// predicate is the caller's.
import { createBlockIndex } from '../blocking/block-index';
import { toBlockingKeys } from './blocking-keys';
import type { KeyedOccurrence, StatementBlockingOptions } from './blocking-keys';

export function clusterBlocked<O extends KeyedOccurrence>(
  occurrences: readonly O[],
  same: (earlier: O, later: O) => boolean,
  options: StatementBlockingOptions,
): O[][] {
  interface Cluster {
    order: number;
    members: O[];
    /** Occurrence keys per article, so that "apart" needs no pass over the members. */
    keysByArticle: Map<KeyedOccurrence['analysis'], Set<string>>;
    joinedInto: Cluster | null;
  }
  const index = createBlockIndex<O>();
  const clusterOf = new Map<O, Cluster>();
  const all: Cluster[] = [];
  const find = (o: O): Cluster => {
    let c = clusterOf.get(o)!;
    while (c.joinedInto) c = c.joinedInto;
    clusterOf.set(o, c);
    return c;
  };
  const add = (c: Cluster, o: O) => {
    c.members.push(o);
    clusterOf.set(o, c);
    const keys = c.keysByArticle.get(o.analysis);
    if (keys) keys.add(o.key);
    else c.keysByArticle.set(o.analysis, new Set([o.key]));
  };
  // apart: the cluster holds a statement of o's article with another key (two statements of one article)
  const isApart = (c: Cluster, o: O) => {
    const keys = c.keysByArticle.get(o.analysis);
    return keys !== undefined && (keys.size > 1 || !keys.has(o.key));
  };
  for (const o of occurrences) {
    const keys = toBlockingKeys(o, options);
    const matched = new Set<Cluster>();
    for (const x of index.probe(keys.probe)) {
      const c = find(x);
      if (!matched.has(c) && same(x, o)) matched.add(c);
    }
    index.post(o, keys.post);
    const [home, ...others] = [...matched].filter(c => !isApart(c, o)).sort((a, b) => a.order - b.order);
    if (!home) {
      const c: Cluster = { order: all.length, members: [], keysByArticle: new Map(), joinedInto: null };
      all.push(c);
      add(c, o);
      continue;
    }
    add(home, o);
    for (const other of others) {
      if (other.members.some(x => isApart(home, x))) continue;
      for (const x of other.members) add(home, x);
      other.joinedInto = home;
    }
  }
  return all.filter(c => !c.joinedInto).map(c => c.members);
}
