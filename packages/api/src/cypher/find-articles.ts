// articles(outlet: "Daily Ledger", mentioning: "Ana Duarte") -> articles of that outlet that mention her,
// newest first (undated last).
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { projectArticle } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export interface FindArticlesArgs {
  outlet: string | null;
  mentioning: NameInput | null;
}

function toQuery({ mentioning }: FindArticlesArgs, tail: string, columns: string): string {
  const anchor = mentioning ? 'MATCH (a:Article)-[:MENTIONS]->(e)' : 'MATCH (a:Article)';
  return `WITH $mentioning AS mentioningIn
${resolveEntityClause('e', 'mentioningIn')}
CALL (e) {
  WITH e WHERE $mentioning IS NULL OR e IS NOT NULL
  ${anchor}
  WHERE $outlet IS NULL OR toLower(a.outlet) = $outlet
  ${tail}
}
RETURN e.id AS mentioningId, ${columns}`;
}

function toParams(args: FindArticlesArgs): Record<string, unknown> {
  return { mentioning: args.mentioning, outlet: args.outlet?.toLowerCase() ?? null };
}

export function buildFindArticles(args: FindArticlesArgs, window: PageWindow): CypherQuery {
  const tail = `WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  SKIP $skip LIMIT $limit
  RETURN collect(${projectArticle('a')}) AS page`;
  return {
    cypher: toQuery(args, tail, 'page'),
    params: { ...toParams(args), ...toPageParams(window) },
  };
}

export function buildCountArticles(args: FindArticlesArgs): CypherQuery {
  return { cypher: toQuery(args, 'RETURN count(a) AS total', 'total'), params: toParams(args) };
}
