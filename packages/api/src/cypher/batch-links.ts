// Lists hanging off a batch of nodes, one query per batch: ids in, rows { id, items } out.
//   statement subjects, statement contradictions, statements about a meeting, roles of a person,
//   mentions / meetings / statements of an article.
import type { CypherQuery } from './cypher-query';
import { projectAny, projectArticle, projectEntity, projectMeeting, projectStatement } from './projections';

export type LinkName =
  | 'statementSubjects'
  | 'statementContradictions'
  | 'meetingStatements'
  | 'personRoles'
  | 'articleMentions'
  | 'articleMeetings'
  | 'articleStatements';

const LINKS: Record<LinkName, string> = {
  statementSubjects: `MATCH (n:Statement {id: id})-[:ABOUT]->(x)
RETURN id, collect(${projectAny('x')}) AS items`,
  statementContradictions: `MATCH (n:Statement {id: id})-[:CONTRADICTS]-(x:Statement)
WITH DISTINCT id, x
RETURN id, collect(${projectStatement('x')}) AS items`,
  meetingStatements: `MATCH (n:Meeting {id: id})<-[:ABOUT]-(x:Statement)
RETURN id, collect(${projectStatement('x')}) AS items`,
  personRoles: `MATCH (n:Person {id: id})-[r:AFFILIATED_WITH]->(o:Organization)
RETURN id, collect({ title: r.role, organization: ${projectEntity('o')} }) AS items`,
  articleMentions: `MATCH (n:Article {id: id})-[r:MENTIONS]->(x)
RETURN id, collect({ count: coalesce(r.count, 1), entity: ${projectEntity('x')} }) AS items`,
  articleMeetings: `MATCH (n:Article {id: id})<-[:REPORTED_IN]-(x:Meeting)
WITH DISTINCT id, x
RETURN id, collect(${projectMeeting('x')}) AS items`,
  articleStatements: `MATCH (n:Article {id: id})<-[:REPORTED_IN]-(x:Statement)
WITH DISTINCT id, x
RETURN id, collect(${projectStatement('x')}) AS items`,
};

export function buildLinks(name: LinkName, ids: readonly string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id\n${LINKS[name]}`, params: { ids } };
}

/** Projection re-exported for tests that check a link's shape. */
export { projectArticle };
