// ["meeting:1f…", "meeting:9a…"] -> one row per id found: { id, value } with the projected node. One query per
// batch of ids, whatever the batch size (DataLoader collects the ids of one tick).
import type { CypherQuery } from './cypher-query';
import { projectArticle, projectEntity, projectMeeting, projectStatement } from './projections';

const PROJECTIONS = {
  Meeting: projectMeeting,
  Statement: projectStatement,
  Article: projectArticle,
  Person: projectEntity,
  Organization: projectEntity,
} as const;

export type LookupLabel = keyof typeof PROJECTIONS;

export function buildNodesById(label: LookupLabel, ids: readonly string[]): CypherQuery {
  const cypher = `UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, ${PROJECTIONS[label]('n')} AS value`;
  return { cypher, params: { ids } };
}
