// statements(speaker: "Ana Duarte", kind: denial, about: "Tomas Reyes") -> what she denied about him or about a
// meeting he took part in. The MATCH starts from the most selective thing given (speaker, subject, kind).
import type { StatementKind } from '@news-kg/graph-model';
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

const ABOUT_ANCHOR = `CALL (about) {
    MATCH (s:Statement)-[:ABOUT]->(about)
    RETURN s
    UNION
    MATCH (about)-[:PARTICIPATED_IN]->(:Meeting)<-[:ABOUT]-(s:Statement)
    RETURN s
  }`;

function toAnchor({ speaker, about, kind }: FindStatementsArgs): string {
  if (speaker) return 'MATCH (speaker)-[:STATED]->(s:Statement)';
  if (about) return ABOUT_ANCHOR;
  if (kind) return 'MATCH (s:Statement {kind: $kind})';
  return 'MATCH (s:Statement)';
}

/** Only the clauses for the arguments given: the planner gets a plan per shape, not one plan full of `$x IS NULL OR`. */
function toQuery(args: FindStatementsArgs, tail: string, columns: string): string {
  const { speaker, about, kind, text } = args;
  const given = [...(speaker ? ['speaker'] : []), ...(about ? ['about'] : [])];
  const filters = [
    ...(kind ? ['s.kind = $kind'] : []),
    ...(text ? ['toLower(s.text) CONTAINS $text'] : []),
    // Anchored on the speaker, a statement must also be about `about` (itself or a meeting of it).
    ...(speaker && about
      ? [
          '(EXISTS { (s)-[:ABOUT]->(about) } OR EXISTS { (about)-[:PARTICIPATED_IN]->(:Meeting)<-[:ABOUT]-(s) })',
        ]
      : []),
  ];
  return `WITH $speaker AS speakerIn, $about AS aboutIn
${speaker ? resolveEntityClause('speaker', 'speakerIn') : 'WITH speakerIn, aboutIn, null AS speaker'}
${about ? resolveEntityClause('about', 'aboutIn') : 'WITH speaker, aboutIn, null AS about'}
CALL (speaker, about) {
  WITH speaker, about${given.length > 0 ? ` WHERE ${given.map(v => `${v} IS NOT NULL`).join(' AND ')}` : ''}
  ${toAnchor(args)}
  WITH DISTINCT s, about${filters.length > 0 ? `\n  WHERE ${filters.join('\n    AND ')}` : ''}
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
