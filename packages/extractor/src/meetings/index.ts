// Meeting layer (issue 4): which encounters the articles report, and one Meeting node per real encounter.
//   findMeetings: per article (find-article-meetings.ts: triggers -> parties -> status -> occasions)
//   toMeetingGraph: across articles (to-meeting-graph.ts: merge by participants, status and compatible dates)
import type { ArticleAnalysis, MeetingFact } from '../analysis';
import type { GraphNode, GraphRelationship } from '@news-kg/graph-model';
import { withClaimReading } from './contested-claims';
import { findArticleMeetings } from './find-article-meetings';
import { mergeMeetings } from './to-meeting-graph';

/** Meetings one article reports, with participants as resolved entity ids. */
export function findMeetings(analysis: ArticleAnalysis): MeetingFact[] {
  // what merging asks of a reported fact's sentences is read here, with the article (contested-claims.ts)
  return findArticleMeetings(analysis).map(fact => withClaimReading(analysis, fact));
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
  /** Every Meeting node the fact points at: "the two meetings" points at two. */
  meetingIdsOf(articleIndex: number, meetingIndex: number): string[];
}

/** One Meeting node per real encounter across the batch; PARTICIPATED_IN and REPORTED_IN edges. */
export function toMeetingGraph(perArticle: ArticleMeetings[]): MeetingGraph {
  const placed = perArticle.flatMap(({ analysis, meetings }, articleIndex) =>
    meetings.map((fact, meetingIndex) => ({ articleIndex, meetingIndex, analysis, fact })),
  );
  const { nodes, relationships, nodesOfFact } = mergeMeetings(placed);
  const idsOf = (a: number, m: number): string[] => nodesOfFact.get(`${a}:${m}`) ?? [];
  return {
    nodes: [...nodes].sort((a, b) => a.id.localeCompare(b.id)),
    relationships,
    meetingIdOf: (a, m) => idsOf(a, m)[0] ?? null,
    meetingIdsOf: idsOf,
  };
}
