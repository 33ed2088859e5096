// After writing the extraction of all articles, remove what it no longer contains: e.g. "person:reyes" (a surname
// seen alone in article A) once article B names "Tomas Reyes", or a dateless meeting that B's date now identifies.
// Runs under the ingest lock, so nothing another ingest wrote can be mistaken for stale.
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';
import type { CypherQuery } from './cypher/cypher-query';
import { buildDeleteNodes, buildDeleteRelationships } from './cypher/delete-stale';
import { buildListNodeIds, buildListRelationships } from './cypher/list-graph';
import { withLockFence } from './lock-fence';
import { fromNeo4jValue } from './neo4j-values';
import { RELATIONSHIP_KEY_PROPERTIES, toRelationshipKey } from './relationship-keys';
import { runRead, runWrite } from './write-document';
import { addCounters, createEmptySummary, type WriteSummary } from './write-summary';

const DELETE_CHUNK = 5000;

/** Deletes every derived node (not Article) and every relationship of the model that `doc` (normalised) lacks. */
export async function pruneGraph(
  driver: Driver,
  doc: GraphDocument,
  { database, fence }: { database?: string; fence?: CypherQuery } = {},
): Promise<WriteSummary> {
  const summary = createEmptySummary();
  const keep = new Set(doc.relationships.map(toRelationshipKey));
  const staleRels = await runRead(driver, { database, during: 'listing relationships' }, async tx => {
    const stale: string[] = [];
    for (const type of RELATIONSHIP_TYPES) {
      const { cypher, params } = buildListRelationships(type, RELATIONSHIP_KEY_PROPERTIES[type]);
      for (const r of (await tx.run(cypher, params)).records) {
        const keyValues = (r.get('keyValues') as unknown[]).map(v => fromNeo4jValue(v));
        const properties = Object.fromEntries(
          RELATIONSHIP_KEY_PROPERTIES[type].map((k, i) => [k, keyValues[i] ?? null]),
        );
        const key = toRelationshipKey({ type, start: r.get('start'), end: r.get('end'), properties });
        if (!keep.has(key)) stale.push(r.get('elementId') as string);
      }
    }
    return stale;
  });
  for (let i = 0; i < staleRels.length; i += DELETE_CHUNK) {
    const { cypher, params } = buildDeleteRelationships(staleRels.slice(i, i + DELETE_CHUNK));
    const result = await runWrite(
      driver,
      { database, during: 'removing stale relationships' },
      withLockFence(fence, tx => tx.run(cypher, params)),
    );
    addCounters(summary, result.summary.counters);
  }
  const keepNodes = new Set(doc.nodes.map(n => n.id));
  // Articles are never pruned: each one is in the extraction that preceded this (only `kg reset` removes them).
  for (const label of NODE_LABELS.filter(l => l !== 'Article')) {
    const { cypher, params } = buildListNodeIds(label);
    const ids = await runRead(driver, { database, during: `listing ${label} nodes` }, async tx =>
      (await tx.run(cypher, params)).records.map(r => r.get('id') as string),
    );
    const stale = ids.filter(id => !keepNodes.has(id));
    for (let i = 0; i < stale.length; i += DELETE_CHUNK) {
      const query = buildDeleteNodes(label, stale.slice(i, i + DELETE_CHUNK));
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
