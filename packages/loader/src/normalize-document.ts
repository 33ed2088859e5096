// A GraphDocument made ready to write: labels and types checked, every relationship's endpoints present, duplicate
// nodes merged (aliases as a sorted set), duplicate relationships (same key) collapsed, aliases sorted.
//   { nodes: [{ id: "person:ana-duarte", properties: { aliases: ["Duarte", "Ana Duarte", "Duarte"] } }] }
//   -> aliases ["Ana Duarte", "Duarte"]
import type { GraphDocument, GraphNode, GraphRelationship, Properties } from '@news-kg/graph-model';
import { LoaderError } from './errors';
import { assertNodeLabel, assertRelationshipType } from './escape';
import { SET_UNION_KEYS } from './cypher/cypher-query';
import { toRelationshipKey } from './relationship-keys';

/** Checks and canonicalises a document; throws a LoaderError naming the first bad node or relationship. A part of a
 * stored graph (write-changes.ts) passes `stored`: its relationships may name those nodes without carrying them. */
export function normalizeDocument(
  doc: GraphDocument,
  { stored }: { stored?: ReadonlyMap<string, unknown> } = {},
): GraphDocument {
  if (!doc || !Array.isArray(doc.nodes) || !Array.isArray(doc.relationships)) {
    throw new LoaderError('Not a GraphDocument: expected { nodes: [...], relationships: [...] }.', {
      code: 'INVALID_DOCUMENT',
    });
  }
  const nodes = new Map<string, GraphNode>();
  for (const node of doc.nodes) {
    assertNode(node);
    const seen = nodes.get(node.id);
    nodes.set(node.id, seen ? mergeNodes(seen, node) : { ...node, properties: sortSetKeys(node.properties) });
  }
  const relationships = new Map<string, GraphRelationship>();
  for (const rel of doc.relationships) {
    assertRelationshipType(rel.type);
    for (const end of [rel.start, rel.end]) {
      if (!nodes.has(end) && !stored?.has(end)) {
        throw new LoaderError(
          `Relationship ${rel.type} ${rel.start} -> ${rel.end} names node "${end}", which is not in the document.`,
          {
            code: 'INVALID_DOCUMENT',
          },
        );
      }
    }
    relationships.set(toRelationshipKey(rel), { ...rel, properties: rel.properties ?? {} });
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function assertNode(node: GraphNode): void {
  if (!node || typeof node.id !== 'string' || node.id === '') {
    throw new LoaderError(`A node has no id: ${JSON.stringify(node).slice(0, 200)}.`, {
      code: 'INVALID_DOCUMENT',
    });
  }
  if (!Array.isArray(node.labels) || node.labels.length === 0) {
    throw new LoaderError(`Node "${node.id}" has no labels.`, { code: 'INVALID_DOCUMENT' });
  }
  node.labels.forEach(assertNodeLabel);
  if ('id' in (node.properties ?? {}) && node.properties.id !== node.id) {
    throw new LoaderError(
      `Node "${node.id}" carries a different properties.id "${String(node.properties.id)}".`,
      {
        code: 'INVALID_DOCUMENT',
      },
    );
  }
}

function mergeNodes(a: GraphNode, b: GraphNode): GraphNode {
  const properties: Properties = { ...a.properties };
  for (const [key, value] of Object.entries(b.properties)) {
    if (SET_UNION_KEYS.includes(key) && Array.isArray(value) && Array.isArray(properties[key])) {
      properties[key] = [...(properties[key] as string[]), ...(value as string[])];
    } else if (value !== null || !(key in properties)) {
      properties[key] = value;
    }
  }
  const labels = [...new Set([...a.labels, ...b.labels])];
  return { id: a.id, labels, properties: sortSetKeys(properties) };
}

/** Set-union lists are stored sorted and without repeats, so their order never depends on load order. */
function sortSetKeys(properties: Properties = {}): Properties {
  const out: Properties = { ...properties };
  for (const key of SET_UNION_KEYS) {
    const value = out[key];
    if (Array.isArray(value)) out[key] = [...new Set(value as string[])].sort();
  }
  delete out.id;
  return out;
}
