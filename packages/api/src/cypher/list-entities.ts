// entities(search: "dua", type: Person) -> who is in the graph, busiest first: each person or organization with
// how many meetings it took part in and how many statements it made. `search` is a substring of the name or of
// an alias, any case.
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { projectEntity, type Fields } from './projections';

export type EntityLabel = 'Person' | 'Organization';

export interface ListEntitiesArgs {
  /** Lower-cased substring, or null for everyone. */
  search: string | null;
  type: EntityLabel | null;
  fields?: Fields;
}

const MATCH_ENTITIES = `MATCH (e)
WHERE (e:Person OR e:Organization)
  AND ($type IS NULL OR $type IN labels(e))
  AND ($search IS NULL OR any(n IN [e.name] + coalesce(e.aliases, []) WHERE toLower(n) CONTAINS $search))`;

/** Rows: node (an entity projection), meetings, statements; window.first + 1 of them. */
export function buildListEntities(
  { search, type, fields }: ListEntitiesArgs,
  window: PageWindow,
): CypherQuery {
  const cypher = `${MATCH_ENTITIES}
WITH e, COUNT { (e)-[:PARTICIPATED_IN]->(:Meeting) } AS meetings, COUNT { (e)-[:STATED]->(:Statement) } AS statements
ORDER BY meetings + statements DESC, e.name, e.id
SKIP $skip LIMIT $limit
RETURN ${projectEntity('e', fields)} AS node, meetings, statements`;
  return { cypher, params: { search, type, ...toPageParams(window) } };
}

export function buildCountEntities({ search, type }: ListEntitiesArgs): CypherQuery {
  return { cypher: `${MATCH_ENTITIES}\nRETURN count(e) AS total`, params: { search, type } };
}
