// "Ana Duarte" (unknown) -> candidates for "did you mean": entities whose name or an alias shares any word of the
// name, fuzzily (the full-text name index, OR over the words instead of the lookup's AND), with how busy each is.
import type { CypherQuery } from './cypher-query';
import { toNameTokens } from '../name-key';

/** "ana duarte" -> "ana duarte~1": any word may match; longer words allow a typo. */
export function toAnyWordLucene(name: string): string {
  return toNameTokens(name)
    .map(token => (token.length < 4 ? token : `${token}~1`))
    .join(' ');
}

export function buildNameSuggestions(name: string, nameIndex: string): CypherQuery {
  const cypher = `CALL db.index.fulltext.queryNodes($nameIndex, $lucene, {limit: 30}) YIELD node, score
WITH node, score WHERE node:Person OR node:Organization
RETURN node.name AS name, [node.name] + coalesce(node.aliases, []) AS names, score,
  COUNT { (node)-[:PARTICIPATED_IN|STATED]->() } AS facts`;
  return { cypher, params: { nameIndex, lucene: toAnyWordLucene(name) } };
}
