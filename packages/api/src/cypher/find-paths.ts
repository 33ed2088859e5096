// connection("Ana Duarte", "Tomas Reyes", maxHops: 4) -> the shortest paths between them through people,
// organizations, meetings and statements (never through articles, which would connect everyone).
import { MAX_HOPS } from '../limits';
import type { CypherQuery } from './cypher-query';
import { projectAny, projectEntity } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export interface FindPathsArgs {
  from: NameInput;
  to: NameInput;
  maxHops: number;
  first: number;
}

const FACT_TYPES = 'PARTICIPATED_IN|STATED|ABOUT|AFFILIATED_WITH|CONTRADICTS';

/** One row: from, to (null when unknown) and paths [{ nodes, steps }]. */
export function buildFindPaths({ from, to, maxHops, first }: FindPathsArgs): CypherQuery {
  // The pattern's bound must be a literal: it is the constant cap; the caller's maxHops filters after the
  // search (a WHERE on the MATCH itself could make Neo4j fall back to an exhaustive search).
  const cypher = `WITH $from AS fromIn, $to AS toIn
${resolveEntityClause('a', 'fromIn')}
${resolveEntityClause('b', 'toIn')}
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..${MAX_HOPS}]-(b))
  WITH p WHERE length(p) <= $maxHops
  WITH p, reduce(key = '', n IN nodes(p) | key + n.id + ' ') AS key
  ORDER BY key
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | ${projectAny('n')}],
    steps: [r IN relationships(p) | { type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role }]
  }) AS paths
}
RETURN ${projectEntity('a')} AS from, ${projectEntity('b')} AS to, paths`;
  return { cypher, params: { from, to, maxHops, first } };
}
