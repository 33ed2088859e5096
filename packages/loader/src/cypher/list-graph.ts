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
