// The stored articles an exact ingest re-extracts with the new ones.
//   -> MATCH (a:Article) RETURN a.id AS id, a.sourceText AS text, a.sourceInput AS input ORDER BY id
import type { CypherQuery } from './cypher-query';

/** Articles with the text and input they were read from (stored by `kg ingest`). */
export function buildListStoredArticles(): CypherQuery {
  const cypher = [
    'MATCH (a:Article)',
    'RETURN a.id AS id, a.sourceText AS text, a.sourceInput AS input',
    'ORDER BY id',
  ];
  return { cypher: cypher.join('\n'), params: {} };
}

/** Every Article's id and stored input, without its text (a streamed ingest reads the texts a page at a time).
 *   -> MATCH (a:Article) RETURN a.id AS id, a.sourceInput AS input, a.sourceText IS NOT NULL AS hasText ORDER BY id */
export function buildListStoredArticleRefs(): CypherQuery {
  const cypher = [
    'MATCH (a:Article)',
    'RETURN a.id AS id, a.sourceInput AS input, a.sourceText IS NOT NULL AS hasText',
    'ORDER BY id',
  ];
  return { cypher: cypher.join('\n'), params: {} };
}

/** The text and input of the Articles of these ids. */
export function buildReadStoredArticles(ids: readonly string[]): CypherQuery {
  const cypher = [
    'UNWIND $ids AS id',
    'MATCH (a:Article {id: id})',
    'RETURN a.id AS id, a.sourceText AS text, a.sourceInput AS input',
  ];
  return { cypher: cypher.join('\n'), params: { ids: [...ids] } };
}
