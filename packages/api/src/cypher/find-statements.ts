// statements(speaker: "Ana Duarte", kind: denial, about: "Tomas Reyes") -> what she denied about him or about a
// meeting he took part in. The MATCH starts from the most selective thing given (speaker, subject, kind).
import type { StatementKind } from '@news-kg/extractor';
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { byDate, projectStatement, type FactParts } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export interface FindStatementsArgs {
  speaker: NameInput | null;
  about: NameInput | null;
  kind: StatementKind | null;
  /** Lower-case substring of the text. */
  text: string | null;
  /** What to fetch with each statement. @default everything */
  parts?: FactParts;
}

const ABOUT_ANCHOR = `CALL {
    WITH about
    MATCH (s:Statement)-[:ABOUT]->(about)
    RETURN s
    UNION
    WITH about
    MATCH (about)-[:PARTICIPATED_IN]->(:Meeting)<-[:ABOUT]-(s:Statement)
    RETURN s
  }`;

function toAnchor({ speaker, about, kind }: FindStatementsArgs): string {
  if (speaker) return 'MATCH (speaker)-[:STATED]->(s:Statement)';
  if (about) return ABOUT_ANCHOR;
  if (kind) return 'MATCH (s:Statement {kind: $kind})';
  return 'MATCH (s:Statement)';
}

function toQuery(args: FindStatementsArgs, tail: string, columns: string): string {
  return `WITH $speaker AS speakerIn, $about AS aboutIn
${resolveEntityClause('speaker', 'speakerIn')}
${resolveEntityClause('about', 'aboutIn')}
CALL {
  WITH speaker, about
  WITH speaker, about WHERE ($speaker IS NULL OR speaker IS NOT NULL) AND ($about IS NULL OR about IS NOT NULL)
  ${toAnchor(args)}
  WITH DISTINCT s, about
  WHERE ($kind IS NULL OR s.kind = $kind)
    AND ($text IS NULL OR toLower(s.text) CONTAINS $text)
    AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(about) } OR EXISTS { (about)-[:PARTICIPATED_IN]->(:Meeting)<-[:ABOUT]-(s) })
  ${tail}
}
RETURN speaker.id AS speakerId, about.id AS aboutId, ${columns}`;
}

function toParams(args: FindStatementsArgs): Record<string, unknown> {
  const { speaker, about, kind, text } = args;
  return { speaker, about, kind, text };
}

/** One row: speakerId / aboutId (null when that name is unknown or not given) and page. */
export function buildFindStatements(args: FindStatementsArgs, window: PageWindow): CypherQuery {
  const tail = `WITH s ORDER BY ${byDate('s')}
  SKIP $skip LIMIT $limit
  RETURN collect(${projectStatement('s', args.parts)}) AS page`;
  return {
    cypher: toQuery(args, tail, 'page'),
    params: { ...toParams(args), ...toPageParams(window) },
  };
}

export function buildCountStatements(args: FindStatementsArgs): CypherQuery {
  return { cypher: toQuery(args, 'RETURN count(s) AS total', 'total'), params: toParams(args) };
}
