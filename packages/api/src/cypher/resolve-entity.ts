// "ana duarte" -> (p:Person {id: "person:ana-duarte"}); "Duarte" -> the entity with that alias.
// A Cypher clause that binds one variable to the entity a name denotes, or to null: always exactly one row,
// so one query resolves a canonical name and answers the question (one round trip), and an unknown name shows
// as a null. Canonical names hit the unique id (the extractor's slug). When that misses, resolve-names.ts asks
// the full-text name index for candidates, keeps those whose name or alias has the same folded key (in JS:
// Cypher cannot fold accents), and asks again with the id found; a name still unknown is NOT_FOUND.
import { createBadInputError } from '../errors';
import { MAX_TEXT_LENGTH } from '../limits';
import { toNameKey, toNameTokens, toSlug } from '../name-key';
import type { CypherQuery } from './cypher-query';

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
  const raw = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
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

/**
 * Binds `out` to the entity whose id is `input.personId` (preferred) or `input.organizationId`, else null;
 * `input` is a variable holding a NameInput map, or null. Always one row. Canonical names hit these ids
 * directly (the extractor's slugs); an alias is first turned into its entity's id by resolveAliases.
 */
export function resolveEntityClause(out: string, input: string): string {
  return `CALL (${input}) {
  OPTIONAL MATCH (${out}Person:Person {id: ${input}.personId})
  OPTIONAL MATCH (${out}Org:Organization {id: ${input}.organizationId})
  RETURN coalesce(${out}Person, ${out}Org) AS ${out}
}`;
}

/** Candidates for names that are not canonical: full-text hits on name and aliases, best first. */
export function buildAliasCandidates(inputs: readonly NameInput[], nameIndex: string): CypherQuery {
  const cypher = `UNWIND range(0, size($inputs) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes($nameIndex, $inputs[i].lucene, {limit: 50}) YIELD node, score
  WITH node, score WHERE node:Person OR node:Organization
  RETURN collect({ id: node.id, person: node:Person, names: [node.name] + coalesce(node.aliases, []), score: score }) AS candidates
}
RETURN i, candidates`;
  return { cypher, params: { inputs: inputs.map(({ lucene }) => ({ lucene })), nameIndex } };
}
