// An exact ingest's write: the graph made equal to the extraction of every article, touching only what differs.
// Adding 10 articles to an archive of 10,000 changes a few dozen nodes and relationships; writing the whole document
// again (MERGE of every row, each compared server-side) and then listing the graph to prune it cost more than the
// extraction. Instead the graph is read once (every node of a model label, every relationship of a model type, with
// their properties), compared with the document as writeDocument would write it (normalised, with Browser hints),
// and then
//   - only the rows whose write would change something are written (writeDocument, mode 'replace'): a node missing
//     or lacking a label or holding another value for a key the document carries, a relationship missing or
//     holding another value;
//   - what the document no longer contains is removed, as pruning did: relationships whose identity
//     (relationship-keys.ts) it lacks, then nodes other than Articles it lacks (a surname-only "person:reyes" once
//     another article names "Tomas Reyes", a dateless meeting that a dated report now identifies).
// The result is the graph that writing the whole document in 'replace' mode and pruning gives, row for row: a skipped
// row is one whose write would have been a no-op. Since it compares with what is stored, not with what an earlier
// run is assumed to have written, an interrupted ingest or a `--strategy merge` one in between is repaired too.
// Runs under the ingest lock, so nothing another ingest writes can be mistaken for stale.
import debugFactory from 'debug';
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@news-kg/graph-model';
import type { GraphDocument, GraphNode, NodeLabel, Properties } from '@news-kg/graph-model';
import { withBrowserHints } from './browser-hints';
import type { CypherQuery } from './cypher/cypher-query';
import { buildDeleteNodes, buildDeleteRelationships } from './cypher/delete-stale';
import { buildExportNodes, buildExportRelationships } from './cypher/export-graph';
import { withLockFence } from './lock-fence';
import { fromNeo4jValue } from './neo4j-values';
import { normalizeDocument } from './normalize-document';
import { toRelationshipKey } from './relationship-keys';
import { SOURCE_PROPERTIES } from './source-properties';
import {
  runRead,
  runWrite,
  writeDocument,
  type WriteDocumentOptions,
  type WriteProgress,
} from './write-document';
import { addCounters, addSummary, createEmptySummary, type WriteSummary } from './write-summary';

const DELETE_CHUNK = 5000;
const debug = debugFactory('news-kg:ingest');

export interface WriteChangesOptions {
  database?: string;
  batchSize?: number;
  fence?: CypherQuery;
  onProgress?: (progress: WriteProgress) => void;
  /** See WriteDocumentOptions.sourcesOf: the texts of new Articles, asked for per transaction. */
  sourcesOf?: WriteDocumentOptions['sourcesOf'];
}

/** What a full 'replace' write of `doc` followed by pruning would change, and nothing else. */
export interface GraphChanges {
  /** The document's rows to write (normalised, without Browser hints: writeDocument adds them). */
  write: GraphDocument;
  /** Element ids of stored relationships the document lacks. */
  staleRelationships: string[];
  /** Stored nodes other than Articles the document lacks, by label. */
  staleNodes: Map<NodeLabel, string[]>;
}

/** Makes the graph equal to `doc` (the extraction of every stored and new article), writing only the changes. */
export async function writeChanges(
  driver: Driver,
  doc: GraphDocument,
  { database, batchSize, fence, onProgress, sourcesOf }: WriteChangesOptions = {},
): Promise<WriteSummary> {
  let t = Date.now();
  const stored = await readStoredGraph(driver, database);
  debug('read the stored graph: %d ms', Date.now() - t);
  t = Date.now();
  const normalized = normalizeDocument(doc);
  const changes = findChanges(normalized, stored);
  debug(
    'compare: %d ms; %d nodes, %d relationships to write; %d relationships, %d nodes to remove',
    Date.now() - t,
    changes.write.nodes.length,
    changes.write.relationships.length,
    changes.staleRelationships.length,
    [...changes.staleNodes.values()].reduce((n, ids) => n + ids.length, 0),
  );
  const summary = createEmptySummary();
  if (changes.write.nodes.length + changes.write.relationships.length > 0) {
    const written = await writeDocument(driver, changes.write, {
      database,
      batchSize,
      fence,
      mode: 'replace',
      // the full write's labels: a relationship's unchanged endpoint is matched as the whole document names it
      endpointLabels: new Map(normalized.nodes.map(n => [n.id, n.labels])),
      onProgress,
      sourcesOf,
    });
    addSummary(summary, written);
  }
  for (let i = 0; i < changes.staleRelationships.length; i += DELETE_CHUNK) {
    const { cypher, params } = buildDeleteRelationships(
      changes.staleRelationships.slice(i, i + DELETE_CHUNK),
    );
    const result = await runWrite(
      driver,
      { database, during: 'removing stale relationships' },
      withLockFence(fence, tx => tx.run(cypher, params)),
    );
    addCounters(summary, result.summary.counters);
  }
  for (const [label, ids] of changes.staleNodes) {
    for (let i = 0; i < ids.length; i += DELETE_CHUNK) {
      const query = buildDeleteNodes(label, ids.slice(i, i + DELETE_CHUNK));
      const result = await runWrite(
        driver,
        { database, during: `removing stale ${label} nodes` },
        withLockFence(fence, tx => tx.run(query.cypher, query.params)),
      );
      addCounters(summary, result.summary.counters);
    }
  }
  return summary;
}

/** The graph as stored: nodes by label and id, relationships by identity (several may share one). */
export interface StoredGraph {
  /** "<label>\u0000<id>" -> the node's labels and properties (values as the document has them). */
  nodes: Map<string, { labels: Set<string>; properties: Properties }>;
  /** toRelationshipKey -> the stored relationships with that identity. */
  relationships: Map<string, { elementId: string; properties: Properties }[]>;
}

async function readStoredGraph(driver: Driver, database: string | undefined): Promise<StoredGraph> {
  return runRead(driver, { database, during: 'reading the graph to compare' }, async tx => {
    const graph: StoredGraph = { nodes: new Map(), relationships: new Map() };
    for (const label of NODE_LABELS) {
      // the article texts are left out: an Article's id is the digest of its text, so a stored Article has the
      // text the document would give it (and a new one is written whole)
      const { cypher, params } = buildExportNodes(label, { omit: SOURCE_PROPERTIES });
      for (const r of (await tx.run(cypher, params)).records) {
        const id = r.get('id') as string;
        const labels = r.get('labels') as string[];
        graph.nodes.set(nodeKey(label, id), {
          labels: new Set(labels),
          properties: toProperties(r.get('properties') as Record<string, unknown>),
        });
      }
    }
    for (const type of RELATIONSHIP_TYPES) {
      const { cypher, params } = buildExportRelationships(type);
      for (const r of (await tx.run(cypher, params)).records) {
        const properties = toProperties(r.get('properties') as Record<string, unknown>);
        const key = toRelationshipKey({ type, start: r.get('start'), end: r.get('end'), properties });
        const list = graph.relationships.get(key) ?? [];
        list.push({ elementId: r.get('elementId') as string, properties });
        graph.relationships.set(key, list);
      }
    }
    return graph;
  });
}

/** The rows of `doc` (normalised) whose write would change `stored` (with the Articles they touch), and what
 * pruning would remove from it. */
export function findChanges(doc: GraphDocument, stored: StoredGraph): GraphChanges {
  const hinted = new Map(withBrowserHints(doc).nodes.map(n => [n.id, n]));
  const relationships = doc.relationships.filter(rel => {
    const found = stored.relationships.get(toRelationshipKey(rel));
    // MERGE updates every stored relationship of that identity
    return !found || found.some(s => differs(rel.properties, s.properties));
  });
  // The Articles these relationships touch go along, unchanged (their write is a no-op): writeDocument cuts its
  // transactions by Article, so a large change (a new extractor version) is still written article by article.
  const anchors = new Set(relationships.flatMap(rel => [rel.start, rel.end]));
  const nodes = doc.nodes.filter(node => {
    if (node.labels.includes('Article') && anchors.has(node.id)) return true;
    const written = hinted.get(node.id) as GraphNode;
    const [label] = node.labels;
    const found = label ? stored.nodes.get(nodeKey(label, node.id)) : undefined;
    return (
      !found ||
      written.labels.some(l => !found.labels.has(l)) ||
      differs(written.properties, found.properties, SOURCE_PROPERTIES)
    );
  });
  const keep = new Set(doc.relationships.map(toRelationshipKey));
  const staleRelationships = [...stored.relationships]
    .filter(([key]) => !keep.has(key))
    .flatMap(([, list]) => list.map(s => s.elementId));
  const keepNodes = new Set(doc.nodes.map(n => n.id));
  const staleNodes = new Map<NodeLabel, string[]>();
  for (const key of stored.nodes.keys()) {
    const [label, id] = key.split('\u0000') as [NodeLabel, string];
    // Articles are never pruned: each one is in the extraction (only `kg reset` removes them)
    if (label === 'Article' || keepNodes.has(id)) continue;
    const list = staleNodes.get(label);
    if (list) list.push(id);
    else staleNodes.set(label, [id]);
  }
  return { write: { nodes, relationships }, staleRelationships, staleNodes };
}

/** A 'replace' write of `given` changes `stored` (property-updates.ts): a key it carries differs, null = absent;
 * the keys `ignored` are not compared. */
function differs(given: Properties, stored: Properties, ignored: readonly string[] = []): boolean {
  return Object.keys(given).some(key => {
    if (ignored.includes(key)) return false;
    const a = given[key] ?? null;
    const b = stored[key] ?? null;
    return a === null || b === null ? a !== b : JSON.stringify(a) !== JSON.stringify(b);
  });
}

function toProperties(stored: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(stored)) if (value !== null) out[key] = fromNeo4jValue(value);
  return out;
}

const nodeKey = (label: string, id: string): string => `${label}\u0000${id}`;
