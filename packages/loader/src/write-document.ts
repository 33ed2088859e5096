// The only code that opens sessions (neo4j/graphql classes/Executor.ts). Writes go through `executeWrite`, which
// retries transient failures (lost leader, deadlock between two concurrent ingests) with the driver's backoff.
import debugFactory from 'debug';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type {
  GraphDocument,
  GraphNode,
  GraphRelationship,
  NodeLabel,
  Properties,
} from '@news-kg/graph-model';
import { uriOf } from './create-driver';
import { mapNeo4jError } from './errors';
import { ensureSchema } from './apply-schema';
import type { CypherQuery, WriteMode } from './cypher/cypher-query';
import { buildMergeNodes } from './cypher/merge-nodes';
import { withLockFence } from './lock-fence';
import { buildMergeRelationships, type RelationshipShape } from './cypher/merge-relationships';
import { withBrowserHints } from './browser-hints';
import { normalizeDocument } from './normalize-document';
import { planBatches, type WriteBatch } from './plan-batches';
import { RELATIONSHIP_KEY_PROPERTIES } from './relationship-keys';
import { SOURCE_PROPERTIES } from './source-properties';
import { toNeo4jProperties } from './neo4j-values';
import { addCounters, createEmptySummary, addSummary, type WriteSummary } from './write-summary';

const debug = debugFactory('news-kg:loader');

export interface WriteProgress {
  articlesDone: number;
  articlesTotal: number;
  batchesDone: number;
  batchesTotal: number;
  /** Counters so far. */
  summary: WriteSummary;
}

export interface WriteDocumentOptions {
  /** @default the server's default database */
  database?: string;
  /** Rows (nodes + relationships) per transaction; an article's rows are never split. @default 5000 */
  batchSize?: number;
  /** @default 'merge' (see WriteMode) */
  mode?: WriteMode;
  /** Called after each committed transaction. */
  onProgress?: (progress: WriteProgress) => void;
  /** Apply cypher/ (constraints, indexes) first, once per driver and database. @default true */
  ensureSchema?: boolean;
  /** The ingest lock's fence, run first in every write transaction (lock-fence.ts); none outside an ingest. */
  fence?: CypherQuery;
  /** Labels of stored nodes that relationships of `doc` name without `doc` carrying them: the document is a part
   * of the stored graph (write-changes.ts writes only what changed). */
  endpointLabels?: ReadonlyMap<string, readonly NodeLabel[]>;
  /** The source properties (sourceText, sourceInput: article-sources.ts) of the batch's Articles that the document
   * carries without them, asked for per transaction, so that a streamed ingest has one batch's texts in memory.
   * An Article it gives none keeps what is stored. */
  sourcesOf?: (articleIds: readonly string[]) => Promise<ReadonlyMap<string, Properties>>;
}

import type { SessionOptions } from './run-auto-commit';

/** Writes a GraphDocument with batched MERGEs, one transaction per batch of whole articles; idempotent. */
export async function writeDocument(
  driver: Driver,
  doc: GraphDocument,
  {
    database,
    batchSize = 5000,
    mode = 'merge',
    onProgress,
    ensureSchema: withSchema = true,
    fence,
    endpointLabels,
    sourcesOf,
  }: WriteDocumentOptions = {},
): Promise<WriteSummary> {
  // MERGE without the uniqueness constraints would scan labels and could duplicate under concurrent writers.
  if (withSchema) await ensureSchema(driver, { database });
  // Captions and status labels for Neo4j Browser (browser-hints.ts); exportDocument leaves them out again.
  const normalized = withBrowserHints(normalizeDocument(doc, { stored: endpointLabels }));
  const labelsOf = new Map<string, readonly NodeLabel[]>(endpointLabels ?? []);
  for (const n of normalized.nodes) labelsOf.set(n.id, n.labels);
  const batches = planBatches(normalized, batchSize);
  const articlesTotal = batches.reduce((sum, b) => sum + b.articleIds.length, 0);
  const summary = createEmptySummary();
  for (const [i, batch] of batches.entries()) {
    const queries = toBatchQueries(
      sourcesOf ? withBatchSources(batch, await sourcesOf(batch.articleIds)) : batch,
      labelsOf,
      mode,
    );
    const first = batch.articleIds[0];
    const during = `writing batch ${i + 1}/${batches.length}${first ? ` (articles from ${first})` : ''}`;
    const part = await runWrite(
      driver,
      { database, during },
      withLockFence(fence, tx => runQueries(tx, queries)),
    );
    part.articlesWritten = batch.articleIds.length;
    addSummary(summary, part);
    debug('%s: %o', during, part);
    onProgress?.({
      articlesDone: summary.articlesWritten,
      articlesTotal,
      batchesDone: i + 1,
      batchesTotal: batches.length,
      summary: { ...summary },
    });
  }
  return summary;
}

interface CountedQuery extends CypherQuery {
  /** What the query's `updated` column counts. */
  counts: 'nodes' | 'relationships';
}

/** The batch with the given source properties on its Articles. */
function withBatchSources(batch: WriteBatch, sources: ReadonlyMap<string, Properties>): WriteBatch {
  if (!sources.size) return batch;
  const nodes = batch.nodes.map(node => {
    const extra = node.labels.includes('Article') ? sources.get(node.id) : undefined;
    return extra ? { ...node, properties: { ...node.properties, ...extra } } : node;
  });
  return { ...batch, nodes };
}

/** Nodes first (grouped by labels), then relationships (grouped by shape), rows sorted by id to limit deadlocks.
 * Articles with their source properties and Articles without go in separate queries: a row without them then
 * leaves the stored ones as they are (in 'replace' mode a key another row of the query carries would be removed). */
export function toBatchQueries(
  batch: WriteBatch,
  labelsOf: ReadonlyMap<string, readonly NodeLabel[]>,
  mode: WriteMode,
): CountedQuery[] {
  const queries: CountedQuery[] = [];
  const groupOf = (n: GraphNode): string =>
    `${n.labels.join(':')}${n.properties[SOURCE_PROPERTIES[0] as string] === undefined ? '' : '#'}`;
  for (const [group, nodes] of groupBy(batch.nodes, groupOf)) {
    const [label, ...extraLabels] = group.replace('#', '').split(':') as [NodeLabel, ...NodeLabel[]];
    const rows = nodes
      .map(n => ({ id: n.id, properties: toNeo4jProperties(n.properties) }))
      .sort((a, b) => compare(a.id, b.id));
    queries.push({ ...buildMergeNodes(label, rows, { extraLabels, mode }), counts: 'nodes' });
  }
  for (const [, rels] of groupBy(batch.relationships, r => JSON.stringify(toShape(r, labelsOf)))) {
    const shape = toShape(rels[0] as GraphRelationship, labelsOf);
    const rows = rels
      .map(r => ({ start: r.start, end: r.end, properties: toNeo4jProperties(r.properties) }))
      .sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end));
    queries.push({ ...buildMergeRelationships(shape, rows, { mode }), counts: 'relationships' });
  }
  return queries;
}

function toShape(
  rel: GraphRelationship,
  labelsOf: ReadonlyMap<string, readonly NodeLabel[]>,
): RelationshipShape {
  return {
    type: rel.type,
    startLabel: labelsOf.get(rel.start)?.[0] as NodeLabel,
    endLabel: labelsOf.get(rel.end)?.[0] as NodeLabel,
    // A key property that is null in this row cannot go into a MERGE pattern; it is left out of the key.
    keyProperties: RELATIONSHIP_KEY_PROPERTIES[rel.type].filter(k => rel.properties[k] != null),
  };
}

async function runQueries(tx: ManagedTransaction, queries: readonly CountedQuery[]): Promise<WriteSummary> {
  const summary = createEmptySummary();
  // Sent without waiting for each other: the driver pipelines them on the connection and the server runs them in
  // order, so a batch costs one round trip instead of one per label and relationship shape.
  const results = await Promise.all(queries.map(query => tx.run(query.cypher, query.params)));
  results.forEach((result, i) => {
    const updated = Number(result.records[0]?.get('updated') ?? 0);
    addCounters(summary, result.summary.counters, { [(queries[i] as CountedQuery).counts]: updated });
  });
  summary.transactions = 1;
  return summary;
}

/** Runs `work` in a managed write transaction (retried on transient errors); errors come back as LoaderErrors. */
export async function runWrite<T>(
  driver: Driver,
  { database, during }: SessionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } catch (error) {
    throw mapNeo4jError(error, { uri: uriOf(driver), during });
  } finally {
    await session.close();
  }
}

/** Runs `work` in a managed read transaction. */
export async function runRead<T>(
  driver: Driver,
  { database, during }: SessionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(work);
  } catch (error) {
    throw mapNeo4jError(error, { uri: uriOf(driver), during });
  } finally {
    await session.close();
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
