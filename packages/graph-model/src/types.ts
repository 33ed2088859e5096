// The GraphDocument contract of ../shared/graph-model.md: extractor output, loader input, export format.
// Labels, relationship types and the required properties are fixed there; do not rename them.

export type NodeLabel = 'Article' | 'Person' | 'Organization' | 'Meeting' | 'Statement';

export type RelationshipType =
  'PARTICIPATED_IN' | 'STATED' | 'ABOUT' | 'AFFILIATED_WITH' | 'MENTIONS' | 'REPORTED_IN' | 'CONTRADICTS';

export const NODE_LABELS: readonly NodeLabel[] = [
  'Article',
  'Person',
  'Organization',
  'Meeting',
  'Statement',
];
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'PARTICIPATED_IN',
  'STATED',
  'ABOUT',
  'AFFILIATED_WITH',
  'MENTIONS',
  'REPORTED_IN',
  'CONTRADICTS',
];

export type OrganizationKind = 'government' | 'media' | 'party' | 'company' | 'state' | 'committee' | 'other';
export type MeetingStatus = 'reported' | 'planned' | 'denied';
export type StatementKind = 'denial' | 'accusation' | 'confirmation' | 'refusal' | 'claim';

/** A property value Neo4j can store as-is. */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;

export interface ArticleProperties extends Properties {
  path: string;
  title: string;
  publishedAt: string | null;
  outlet: string | null;
}
export interface PersonProperties extends Properties {
  name: string;
  aliases: string[];
}
export interface OrganizationProperties extends Properties {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
}
export interface MeetingProperties extends Properties {
  /** ISO partial date: "2016", "2016-07" or "2016-07-18". */
  date: string | null;
  dateText: string | null;
  /** Where `date` comes from: "text" (a date expression of the articles), "publication" (no report dates it; the
   * month of the earliest article that reports it, an inference), or null when undated. */
  dateBasis: 'text' | 'publication' | null;
  place: string | null;
  summary: string;
  status: MeetingStatus;
}
export interface StatementProperties extends Properties {
  text: string;
  kind: StatementKind;
  quoted: boolean;
  date: string | null;
}

export interface GraphNode<P extends Properties = Properties> {
  id: string;
  labels: NodeLabel[];
  properties: P;
}

export interface GraphRelationship<P extends Properties = Properties> {
  type: RelationshipType;
  start: string;
  end: string;
  properties: P;
}

/**
 * REPORTED_IN: `text.slice(start, end) === evidence` in the article exactly as it was read. A layer that reads its
 * facts with a construction table adds `rule`, the row id (meetings/constructions.ts): why the fact exists.
 */
export interface EvidenceProperties extends Properties {
  evidence: string;
  start: number;
  end: number;
}

export interface GraphDocument {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
