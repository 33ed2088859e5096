// REPORTED_IN {start: 120, end: 188} from a statement to an article is one piece of evidence; the same sentence
// loaded again must land on the same relationship, another sentence of the same article on another one.
import type { GraphRelationship, RelationshipType } from '@news-kg/graph-model';

/** Properties that, with type, start and end, identify a relationship; the rest are values. */
export const RELATIONSHIP_KEY_PROPERTIES: Readonly<Record<RelationshipType, readonly string[]>> = {
  PARTICIPATED_IN: [],
  STATED: [],
  ABOUT: [],
  // One person can hold two roles in one organization ("deputy minister", later "minister").
  AFFILIATED_WITH: ['role'],
  MENTIONS: [],
  // The same fact can be reported by two sentences of one article.
  REPORTED_IN: ['start', 'end'],
  CONTRADICTS: [],
};

/** A string that is equal for two relationships exactly when they are the same relationship in the graph. */
export function toRelationshipKey(
  rel: Pick<GraphRelationship, 'type' | 'start' | 'end' | 'properties'>,
): string {
  const keyValues = RELATIONSHIP_KEY_PROPERTIES[rel.type].map(k => rel.properties[k] ?? null);
  return JSON.stringify([rel.type, rel.start, rel.end, ...keyValues]);
}
