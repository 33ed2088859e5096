// whoMet("Ana Duarte") -> everyone who took part in a meeting with her, most meetings first, with the meetings
// (participants and sources included): one query resolves the name and answers.
import type { MeetingStatus } from '@news-kg/graph-model';
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { byDate, projectEntity, projectMeeting, type FactParts, type Fields } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export interface WhoMetArgs {
  name: NameInput;
  statuses: readonly MeetingStatus[] | null;
  /** What to fetch with each meeting. @default everything */
  parts?: FactParts;
  /** Fields selected on each person met. @default all */
  fields?: Fields;
}

const MATCH_MET = `MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other)
WHERE other <> e AND ($statuses IS NULL OR m.status IN $statuses)`;

/** Columns: entityId (null when the name is unknown), page [{ node, meetings }] of window.first + 1 rows. */
export function buildWhoMet({ name, statuses, parts, fields }: WhoMetArgs, window: PageWindow): CypherQuery {
  const cypher = `WITH $name AS nameIn
${resolveEntityClause('e', 'nameIn')}
CALL (e) {
  ${MATCH_MET}
  WITH other, m ORDER BY ${byDate('m')}
  WITH other, collect(m) AS meetings
  ORDER BY size(meetings) DESC, other.name, other.id
  SKIP $skip LIMIT $limit
  RETURN collect({ node: ${projectEntity('other', fields)}, meetings: [m IN meetings | ${projectMeeting('m', parts)}] }) AS page
}
RETURN e.id AS entityId, page`;
  return {
    cypher,
    params: { name, statuses, ...toPageParams(window) },
  };
}

/** Column total: how many distinct entities met the named one. */
export function buildCountWhoMet({ name, statuses }: WhoMetArgs): CypherQuery {
  const cypher = `WITH $name AS nameIn
${resolveEntityClause('e', 'nameIn')}
${MATCH_MET}
RETURN count(DISTINCT other) AS total`;
  return { cypher, params: { name, statuses } };
}
