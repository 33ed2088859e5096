// Statement layer (issue 5). Placeholder contract until the layer lands.
import type { ArticleAnalysis, MeetingFact, StatementFact } from '../analysis';
import type { GraphNode, GraphRelationship } from '../types';

/** Statements one article reports, with speakers as resolved entity ids. */
export function findStatements(_analysis: ArticleAnalysis, _meetings: MeetingFact[]): StatementFact[] {
  return [];
}

export interface ArticleStatements {
  analysis: ArticleAnalysis;
  statements: StatementFact[];
}

/** One Statement node per thing said across the batch; STATED, ABOUT, REPORTED_IN, CONTRADICTS edges. */
export function toStatementGraph(
  _perArticle: ArticleStatements[],
  _meetingIdOf: (articleIndex: number, meetingIndex: number) => string | null,
): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  return { nodes: [], relationships: [] };
}
