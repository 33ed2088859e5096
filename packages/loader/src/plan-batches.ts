// A normalised document cut into transactions of whole articles, so each article's facts commit together:
//   article A (its node, MENTIONS, REPORTED_IN, the facts it reports first) | article B (…) | nodes no article touches
// A node goes with the first article that touches it, a relationship with the later of its two endpoints' articles,
// so both endpoints are committed no later than the relationship. Slices are packed up to `batchSize` rows.
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';

export interface WriteBatch {
  /** Ids of the articles whose facts this transaction commits (empty for the closing batch of untouched nodes). */
  articleIds: string[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Splits a normalised document into article-atomic batches of about `batchSize` rows (a slice is never split). */
export function planBatches(doc: GraphDocument, batchSize: number): WriteBatch[] {
  const articleIds = doc.nodes.filter(n => n.labels.includes('Article')).map(n => n.id);
  const sliceOfArticle = new Map(articleIds.map((id, i) => [id, i]));
  const orphan = articleIds.length;
  const sliceOfNode = new Map<string, number>(sliceOfArticle);
  const touch = (id: string, slice: number): void => {
    const seen = sliceOfNode.get(id);
    if (seen === undefined || slice < seen) sliceOfNode.set(id, slice);
  };
  for (const rel of doc.relationships) {
    const article = sliceOfArticle.get(rel.start) ?? sliceOfArticle.get(rel.end);
    if (article !== undefined) {
      touch(rel.start, article);
      touch(rel.end, article);
    }
  }
  const slices: WriteBatch[] = Array.from({ length: orphan + 1 }, (_, i) => ({
    articleIds: i < orphan ? [articleIds[i] as string] : [],
    nodes: [],
    relationships: [],
  }));
  for (const node of doc.nodes) slices[sliceOfNode.get(node.id) ?? orphan]?.nodes.push(node);
  for (const rel of doc.relationships) {
    const slice = Math.max(sliceOfNode.get(rel.start) ?? orphan, sliceOfNode.get(rel.end) ?? orphan);
    slices[slice]?.relationships.push(rel);
  }
  return packSlices(slices, batchSize);
}

function packSlices(slices: WriteBatch[], batchSize: number): WriteBatch[] {
  const batches: WriteBatch[] = [];
  let current: WriteBatch | null = null;
  for (const slice of slices) {
    const rows = slice.nodes.length + slice.relationships.length;
    if (rows === 0 && slice.articleIds.length === 0) continue;
    if (current && sizeOf(current) + rows > batchSize && sizeOf(current) > 0) {
      batches.push(current);
      current = null;
    }
    current ??= { articleIds: [], nodes: [], relationships: [] };
    current.articleIds.push(...slice.articleIds);
    current.nodes.push(...slice.nodes);
    current.relationships.push(...slice.relationships);
  }
  if (current) batches.push(current);
  return batches;
}

const sizeOf = (batch: WriteBatch): number => batch.nodes.length + batch.relationships.length;
