// search("pipeline contract") -> people, organizations and statements whose names or text match, best first.
// The text is a phrase of plain words: Lucene syntax is escaped so a stray quote or colon is not an error.
import { toPageParams, type PageWindow } from '../pagination';
import type { CypherQuery } from './cypher-query';
import { projectAny } from './projections';

export interface SearchIndexes {
  /** Person/Organization name and aliases. */
  nameIndex: string;
  /** Statement text. */
  textIndex: string;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** 'Duarte: "no deal"' -> 'Duarte\: \"no deal\"' */
export function escapeLucene(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, char => `\\${char}`)
    .replace(/\b(AND|OR|NOT)\b/g, word => word.toLowerCase());
}

const HITS = `CALL () {
  CALL db.index.fulltext.queryNodes($nameIndex, $lucene) YIELD node, score
  RETURN node, score
  UNION
  CALL db.index.fulltext.queryNodes($textIndex, $lucene) YIELD node, score
  RETURN node, score
}`;

export function buildSearch(text: string, indexes: SearchIndexes, window: PageWindow): CypherQuery {
  const cypher = `${HITS}
WITH node, score ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
RETURN ${projectAny('node')} AS node, score`;
  return {
    cypher,
    params: { ...indexes, lucene: escapeLucene(text), ...toPageParams(window) },
  };
}

export function buildCountSearch(text: string, indexes: SearchIndexes): CypherQuery {
  return {
    cypher: `${HITS}\nRETURN count(node) AS total`,
    params: { ...indexes, lucene: escapeLucene(text) },
  };
}
