// entity("ana duarte") -> the Person node; a single-name resolution, also used by person() and organization().
import type { CypherQuery } from './cypher-query';
import { projectEntity } from './projections';
import { resolveEntityClause, type NameInput } from './resolve-entity';

export function buildLookupEntity(name: NameInput): CypherQuery {
  const cypher = `WITH $name AS nameIn
${resolveEntityClause('e', 'nameIn')}
RETURN ${projectEntity('e')} AS entity`;
  return { cypher, params: { name } };
}
