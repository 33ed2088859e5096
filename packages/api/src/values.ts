// The plain values resolvers pass around: what the Cypher projections (cypher/projections.ts) return.
import type { MeetingStatus, OrganizationKind, StatementKind } from '@news-kg/graph-model';

export interface EntityValue {
  __typename: 'Person' | 'Organization';
  id: string;
  name: string;
  aliases: string[] | null;
  kind: OrganizationKind | null;
  /** Role titles seen without an organization (the extractor's Person.roles property), if any. */
  roles?: string[] | null;
}

export interface ArticleValue {
  __typename: 'Article';
  id: string;
  path: string;
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
}

export interface SourceValue {
  evidence: string;
  start: number;
  end: number;
  /** The construction-table row that read the fact; absent (null) where the extractor names none. */
  rule?: string | null;
  article: ArticleValue;
}

export interface MeetingValue {
  __typename: 'Meeting';
  id: string;
  date: string | null;
  dateText: string | null;
  /** 'text' or 'publication' (see graph-model MeetingProperties); absent on graphs loaded before it existed. */
  dateBasis?: string | null;
  place: string | null;
  summary: string | null;
  status: MeetingStatus;
  /** Present when the query fetched them with the meeting (projectMeeting). */
  participants?: EntityValue[];
  sources?: SourceValue[];
}

export interface StatementValue {
  __typename: 'Statement';
  id: string;
  text: string;
  kind: StatementKind;
  quoted: boolean | null;
  date: string | null;
  speakers?: EntityValue[];
  sources?: SourceValue[];
}

export type FactValue = MeetingValue | StatementValue;
export type NodeValue = EntityValue | FactValue | ArticleValue;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Pattern comprehensions come back in storage order: sort them so the same graph gives the same answer. */
export function sortEntities(entities: readonly EntityValue[]): EntityValue[] {
  return [...entities].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

/** Sources oldest article first, then by article id and offset. */
export function sortSources(sources: readonly SourceValue[]): SourceValue[] {
  return [...sources].sort(
    (a, b) =>
      compareText(a.article.publishedAt ?? '~', b.article.publishedAt ?? '~') ||
      compareText(a.article.id, b.article.id) ||
      a.start - b.start,
  );
}
