// { cypher, params }: what every builder returns and the one runner executes (neo4j/graphql translate-*.ts).

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * How a write treats properties already in the database.
 * - `merge`: a null in the input never erases a stored value, and `aliases` become the sorted set union.
 * - `replace`: the input is the whole truth for the keys it carries: nulls erase, `aliases` are replaced.
 */
export type WriteMode = 'merge' | 'replace';

/** List properties that merge as a set union in `merge` mode (stored sorted, so the order never depends on load order). */
export const SET_UNION_KEYS: readonly string[] = ['aliases'];

/**
 * Keep a cached plan even when the statistics moved: a load grows the graph fast, and Neo4j would otherwise re-plan
 * these (large) queries every few batches. Their plans start from unique-index seeks on `id`, which stay the best
 * plan at any size, so re-planning buys nothing.
 */
export const REPLAN_SKIP = 'CYPHER replan=skip';
