// A page of a list field for each entity of a batch (Person.meetings, .met, .statements, .mentionedIn,
// Organization.members): ids + page window in, rows { id, total, items } out, one query per batch.
import type { MeetingStatus, StatementKind } from '@news-kg/graph-model';
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { byDate, projectArticle, projectEntity, projectMeeting, projectStatement } from './projections';

export type PagedField =
  | { field: 'meetings'; statuses: readonly MeetingStatus[] | null; from: string | null; to: string | null }
  | { field: 'met'; statuses: readonly MeetingStatus[] | null }
  | { field: 'statements'; kind: StatementKind | null }
  | { field: 'mentionedIn' }
  | { field: 'members' };

/** Map projections need a variable, not a property path: bind the expression to one inside a comprehension. */
function projectVia(expr: string, project: (v: string) => string): string {
  return `head([n IN [${expr}] | ${project('n')}])`;
}

const ENTITY_BY_ID = `CALL (id) {
  MATCH (e:Person {id: id})
  RETURN e
  UNION
  MATCH (e:Organization {id: id})
  RETURN e
}`;

const BODIES: Record<PagedField['field'], { match: string; order: string; item: string }> = {
  meetings: {
    match: `MATCH (e)-[:PARTICIPATED_IN]->(x:Meeting)
    WHERE ($statuses IS NULL OR x.status IN $statuses)
      AND ($from IS NULL OR (x.date IS NOT NULL AND (x.date >= $from OR $from STARTS WITH x.date)))
      AND ($to IS NULL OR (x.date IS NOT NULL AND (x.date <= $to OR x.date STARTS WITH $to)))
    WITH x`,
    order: byDate('x'),
    item: projectMeeting('x'),
  },
  met: {
    match: `MATCH (e)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other)
    WHERE other <> e AND ($statuses IS NULL OR m.status IN $statuses)
    WITH other, m ORDER BY ${byDate('m')}
    WITH other, collect(m) AS meetings
    WITH { node: other, meetings: meetings } AS x`,
    order: 'size(x.meetings) DESC, x.node.name, x.node.id',
    item: `{ node: ${projectVia('x.node', projectEntity)}, meetings: [m IN x.meetings | ${projectMeeting('m')}] }`,
  },
  statements: {
    match: `MATCH (e)-[:STATED]->(x:Statement)
    WHERE $kind IS NULL OR x.kind = $kind
    WITH x`,
    order: byDate('x'),
    item: projectStatement('x'),
  },
  mentionedIn: {
    match: `MATCH (x:Article)-[:MENTIONS]->(e)
    WITH x`,
    order: 'x.publishedAt IS NULL, x.publishedAt DESC, x.id',
    item: projectArticle('x'),
  },
  members: {
    match: `MATCH (p:Person)-[r:AFFILIATED_WITH]->(e)
    WITH { node: p, role: r.role } AS x`,
    order: 'x.node.name, x.node.id, x.role',
    item: `{ node: ${projectVia('x.node', projectEntity)}, role: x.role }`,
  },
};

export function buildPages(spec: PagedField, ids: readonly string[], window: PageWindow): CypherQuery {
  const body = BODIES[spec.field];
  const cypher = `UNWIND $ids AS id
${ENTITY_BY_ID}
CALL (e) {
  ${body.match}
  ORDER BY ${body.order}
  RETURN count(x) AS total, collect(x)[$skip..$end] AS page
}
RETURN id, total, [x IN page | ${body.item}] AS items`;
  const { field: _field, ...filters } = spec;
  const { skip, limit } = toPageParams(window);
  return { cypher, params: { ...filters, ids, skip, end: skip + limit } };
}
