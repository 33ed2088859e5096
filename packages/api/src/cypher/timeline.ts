// timeline("Ana Duarte") -> her meetings and statements in date order: a fact's own date, else the earliest
// publication date of the articles reporting it; undated last.
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { projectAny, projectEntity } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

const FACTS = `CALL (e) {
    MATCH (e)-[:PARTICIPATED_IN]->(f:Meeting)
    RETURN f
    UNION
    MATCH (e)-[:STATED]->(f:Statement)
    RETURN f
  }`;

export function buildTimeline(name: NameInput, window: PageWindow): CypherQuery {
  const cypher = `WITH $name AS nameIn
${resolveEntityClause('e', 'nameIn')}
CALL (e) {
  ${FACTS}
  WITH f, coalesce(f.date, COLLECT {
    MATCH (f)-[:REPORTED_IN]->(tlArticle:Article)
    WHERE tlArticle.publishedAt IS NOT NULL
    RETURN tlArticle.publishedAt ORDER BY tlArticle.publishedAt LIMIT 1
  }[0]) AS sortDate
  ORDER BY coalesce(sortDate, '~'), f.id
  SKIP $skip LIMIT $limit
  RETURN collect({ date: sortDate, node: ${projectAny('f')} }) AS page
}
RETURN ${projectEntity('e')} AS entity, page`;
  return { cypher, params: { name, ...toPageParams(window) } };
}

export function buildCountTimeline(name: NameInput): CypherQuery {
  const cypher = `WITH $name AS nameIn
${resolveEntityClause('e', 'nameIn')}
CALL (e) {
  ${FACTS}
  RETURN count(f) AS total
}
RETURN total`;
  return { cypher, params: { name } };
}
