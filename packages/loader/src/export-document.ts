// The database read back as a GraphDocument, sorted, in the extractor's JSON shape: properties Neo4j cannot hold as
// null (an unknown outlet) come back as null for every key the model requires or other nodes of the label carry.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@news-kg/graph-model';
import type {
  GraphDocument,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  Properties,
} from '@news-kg/graph-model';
import { buildExportNodes, buildExportRelationships } from './cypher/export-graph';
import { fromNeo4jValue } from './neo4j-values';
import { toRelationshipKey } from './relationship-keys';
import { BROWSER_PROPERTIES } from './browser-hints';
import { SOURCE_PROPERTIES } from './source-properties';
import { runRead } from './write-document';

/** Required properties of ../shared/graph-model.md, per label. */
export const REQUIRED_PROPERTIES: Readonly<Record<NodeLabel, readonly string[]>> = {
  Article: ['path', 'title', 'publishedAt', 'outlet'],
  Person: ['name', 'aliases'],
  Organization: ['name', 'aliases', 'kind'],
  Meeting: ['date', 'dateText', 'place', 'summary', 'status'],
  Statement: ['text', 'kind', 'quoted', 'date'],
};

export interface ExportDocumentOptions {
  database?: string;
  /** Include the article texts the loader keeps for re-extraction (`sourceText`, `sourceInput`). @default false */
  includeSource?: boolean;
}

/** Dumps every node of a model label and every relationship of a model type as one GraphDocument. */
export async function exportDocument(
  driver: Driver,
  { database, includeSource = false }: ExportDocumentOptions = {},
): Promise<GraphDocument> {
  return runRead(driver, { database, during: 'exporting the graph' }, async tx => {
    const nodes = await readNodes(tx, includeSource);
    const relationships = await readRelationships(tx);
    return { nodes, relationships };
  });
}

async function readNodes(tx: ManagedTransaction, includeSource: boolean): Promise<GraphNode[]> {
  const byId = new Map<string, GraphNode>();
  for (const label of NODE_LABELS) {
    const { cypher, params } = buildExportNodes(label);
    const { records } = await tx.run(cypher, params);
    const nodes = records.map(r => ({
      id: r.get('id') as string,
      labels: (r.get('labels') as string[]).filter(l =>
        (NODE_LABELS as readonly string[]).includes(l),
      ) as NodeLabel[],
      properties: toProperties(
        r.get('properties') as Record<string, unknown>,
        includeSource ? BROWSER_PROPERTIES : [...SOURCE_PROPERTIES, ...BROWSER_PROPERTIES],
      ),
    }));
    fillMissingKeys(nodes, REQUIRED_PROPERTIES[label]);
    for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  }
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}

async function readRelationships(tx: ManagedTransaction): Promise<GraphRelationship[]> {
  const all: GraphRelationship[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const { cypher, params } = buildExportRelationships(type);
    const { records } = await tx.run(cypher, params);
    const rels = records.map(r => ({
      type,
      start: r.get('start') as string,
      end: r.get('end') as string,
      properties: toProperties(r.get('properties') as Record<string, unknown>, []),
    }));
    fillMissingKeys(rels, []);
    all.push(...rels);
  }
  return all.sort((a, b) => compare(toRelationshipKey(a), toRelationshipKey(b)));
}

function toProperties(stored: Record<string, unknown>, omit: readonly string[]): Properties {
  const properties: Properties = {};
  for (const key of Object.keys(stored).sort()) {
    if (key === 'id' || omit.includes(key)) continue;
    properties[key] = fromNeo4jValue(stored[key]);
  }
  return properties;
}

/** Neo4j stores no nulls: a key required by the model or present on a sibling comes back as null where absent. */
function fillMissingKeys(items: { properties: Properties }[], required: readonly string[]): void {
  const keys = new Set(required);
  for (const item of items) for (const key of Object.keys(item.properties)) keys.add(key);
  for (const item of items) {
    for (const key of keys) if (!(key in item.properties)) item.properties[key] = null;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
