// "ana duarte" -> (p:Person {id: "person:ana-duarte"}); "Duarte" -> the entity with that alias.
// A Cypher clause that binds one variable to the entity a name denotes, or to null: always exactly one row,
// so one query can resolve its names and answer the question (one round trip), and an unknown name shows
// as a null the resolver turns into NOT_FOUND. Canonical names hit the unique id (the extractor's slug);
// aliases go through the full-text name index, then the few candidates are compared by folded key.
import { createBadInputError } from '../errors';
import { MAX_TEXT_LENGTH } from '../limits';
import { FOLD_MAP, toNameKey, toNameTokens, toSlug } from '../name-key';

/** The full-text index over Person/Organization name and aliases (cypher/00-constraints.cypher). */
export const DEFAULT_NAME_INDEX = 'entity_names';

/** "garcia" -> "garcia~1", "lindqvist" -> "lindqvist~2", "li" -> "li" */
function toFuzzy(token: string): string {
  if (token.length < 4) return token;
  return `${token}~${token.length < 7 ? 1 : 2}`;
}

/** What the clause needs to know about one name; a map parameter. */
export interface NameInput {
  name: string;
  personId: string;
  organizationId: string;
  key: string;
  lucene: string;
}

/** "José García" -> { personId: "person:jose-garcia", key: "josegarcia", lucene: "(+jose +garcia~1) (+josé +garcía)" } */
export function toNameInput(argument: string, name: string): NameInput {
  const key = toNameKey(name);
  if (name.length > MAX_TEXT_LENGTH || key.length === 0) {
    throw createBadInputError(
      `${argument}: "${name.slice(0, 40)}" is not a name; give 1 to ${MAX_TEXT_LENGTH} characters with letters`,
    );
  }
  const folded = toNameTokens(name);
  const raw = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // The index does not fold accents: an unaccented word also matches fuzzily ("garcia~1" finds "garcía");
  // the folded-key comparison in Cypher then keeps only exact matches.
  const variants = raw.join(' ') === folded.join(' ') ? [folded.map(toFuzzy)] : [folded.map(toFuzzy), raw];
  const groups = variants.map(tokens => `(${tokens.map(t => `+${t}`).join(' ')})`);
  const slug = toSlug(name);
  return {
    name,
    personId: `person:${slug}`,
    organizationId: `organization:${slug}`,
    key,
    lucene: groups.join(' '),
  };
}

/** Parameters every query using resolveEntityClause must carry. */
export function resolveParams(nameIndex: string): Record<string, unknown> {
  return { fold: FOLD_MAP, nameIndex };
}

/** Folded key of a Cypher string expression, as toNameKey computes it in JS. */
function foldedKey(expr: string): string {
  return `reduce(k = '', c IN split(toLower(${expr}), '') | k + coalesce($fold[c], c))`;
}

/**
 * Binds `out` to the entity that `input` (a variable holding a NameInput map, or null) denotes, else null.
 * Prefers a canonical-name match (Person before Organization), then the best-scoring alias match.
 */
export function resolveEntityClause(out: string, input: string): string {
  return `CALL {
  WITH ${input}
  OPTIONAL MATCH (${out}Person:Person {id: ${input}.personId})
  OPTIONAL MATCH (${out}Org:Organization {id: ${input}.organizationId})
  WITH ${input}, [x IN [${out}Person, ${out}Org] WHERE x IS NOT NULL] AS ${out}Exact
  CALL {
    WITH ${input}, ${out}Exact
    WITH ${input}, ${out}Exact WHERE size(${out}Exact) = 0 AND ${input}.key IS NOT NULL
    CALL db.index.fulltext.queryNodes($nameIndex, ${input}.lucene, {limit: 50}) YIELD node, score
    WITH ${input}, node, score
    WHERE (node:Person OR node:Organization)
      AND any(alias IN [node.name] + coalesce(node.aliases, []) WHERE ${foldedKey('alias')} = ${input}.key)
    WITH node ORDER BY score DESC, node.id
    RETURN collect(node) AS ${out}Loose
  }
  RETURN coalesce(head(${out}Exact), head(${out}Loose)) AS ${out}
}`;
}
