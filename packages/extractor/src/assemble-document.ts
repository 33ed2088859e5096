// Analyses + fact graphs -> one GraphDocument: an Article node per input, one Person/Organization node per
// entity id with every alias and role seen, MENTIONS {count}, AFFILIATED_WITH {role}, then the meeting and
// statement layers' nodes and relationships. Sorted, so the same input gives byte-identical JSON.
import type { ArticleAnalysis, EntityRecord } from './analysis';
import type { GraphDocument, GraphNode, GraphRelationship, Properties } from '@news-kg/graph-model';

export interface FactGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Builds the batch's GraphDocument from resolved analyses and the fact layers' graphs. */
export function assembleDocument(
  analyses: readonly ArticleAnalysis[],
  graphs: readonly FactGraph[],
): GraphDocument {
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  const addRel = (rel: GraphRelationship): void => {
    const key = `${rel.type}\u0000${rel.start}\u0000${rel.end}\u0000${stableStringify(rel.properties)}`;
    if (!rels.has(key)) rels.set(key, rel);
  };
  const records = mergeEntities(analyses);
  for (const a of analyses) {
    nodes.set(a.article.id, {
      id: a.article.id,
      labels: ['Article'],
      properties: {
        path: a.article.path,
        title: a.article.title,
        publishedAt: a.article.publishedAt,
        outlet: a.article.outlet,
      },
    });
    const counts = new Map<string, number>();
    for (const m of a.mentions)
      if (m.form !== 'pronoun') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    for (const [id, count] of counts)
      if (records.has(id)) addRel({ type: 'MENTIONS', start: a.article.id, end: id, properties: { count } });
  }
  for (const record of records.values()) {
    nodes.set(record.id, toEntityNode(record));
    for (const role of uniqueRoles(record)) {
      if (role.organizationId && records.has(role.organizationId) && role.organizationId !== record.id) {
        addRel({
          type: 'AFFILIATED_WITH',
          start: record.id,
          end: role.organizationId,
          properties: { role: role.role },
        });
      }
    }
  }
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const rel of graph.relationships) addRel(withRule(rel));
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    relationships: [...rels.entries()].sort((a, b) => compare(a[0], b[0])).map(([, rel]) => rel),
  };
}

/** The same id across articles: aliases and roles united; the first article's name and kind kept. */
function mergeEntities(analyses: readonly ArticleAnalysis[]): Map<string, EntityRecord> {
  const out = new Map<string, EntityRecord>();
  // aliases gathered once per entity, not re-copied per article (an entity of k articles would cost k squared)
  const merged = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const e of a.entities.values()) {
      const prev = out.get(e.id);
      if (!prev) {
        out.set(e.id, { ...e, roles: [...e.roles] });
        continue;
      }
      prev.roles.push(...e.roles);
      const aliases = merged.get(e.id) ?? new Set(prev.aliases);
      for (const alias of e.aliases) aliases.add(alias);
      merged.set(e.id, aliases);
    }
  }
  for (const [id, aliases] of merged) out.get(id)!.aliases = [...aliases].sort();
  return out;
}

function toEntityNode(e: EntityRecord): GraphNode {
  const aliases = [...new Set([e.name, ...e.aliases])].sort(compare);
  if (e.label === 'Person') {
    const roles = [...new Set(uniqueRoles(e).map(r => r.role))].sort(compare);
    return { id: e.id, labels: ['Person'], properties: { name: e.name, aliases, roles } };
  }
  return {
    id: e.id,
    labels: ['Organization'],
    properties: { name: e.name, aliases, kind: e.kind ?? 'other' },
  };
}

/** One role per (wording, organization), case-insensitive; the first wording seen is kept. */
function uniqueRoles(e: EntityRecord): EntityRecord['roles'] {
  const seen = new Map<string, EntityRecord['roles'][number]>();
  for (const r of e.roles) {
    const key = `${r.role.toLowerCase()}\u0000${r.organizationId ?? ''}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with sorted keys: equal properties give equal strings whatever order they were built in. */
export function stableStringify(value: Properties): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map(k => [k, value[k]]),
  );
}

// Every REPORTED_IN says which construction read its fact: `rule` is the row id, null where a layer names none, so
// all sources have the same keys (and a graph read back from Neo4j, which stores no nulls, equals the extracted one)
function withRule(rel: GraphRelationship): GraphRelationship {
  if (rel.type !== 'REPORTED_IN' || 'rule' in rel.properties) return rel;
  return { ...rel, properties: { ...rel.properties, rule: null } };
}
