// Meeting layer (issue 4). Placeholder contract until the layer lands.
import type { ArticleAnalysis, MeetingFact } from '../analysis';
import type { GraphNode, GraphRelationship } from '../types';

/** Meetings one article reports, with participants as resolved entity ids. */
export function findMeetings(_analysis: ArticleAnalysis): MeetingFact[] {
  return [];
}

export interface ArticleMeetings {
  analysis: ArticleAnalysis;
  meetings: MeetingFact[];
}

export interface MeetingGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** The Meeting node id that the article's n-th MeetingFact became after merging across articles. */
  meetingIdOf(articleIndex: number, meetingIndex: number): string | null;
}

/** One Meeting node per real encounter across the batch; PARTICIPATED_IN and REPORTED_IN edges. */
export function toMeetingGraph(_perArticle: ArticleMeetings[]): MeetingGraph {
  return { nodes: [], relationships: [], meetingIdOf: () => null };
}
