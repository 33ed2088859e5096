// Statement layer (issue 5): who said what, in which article, and which accounts contradict each other.
//   findStatements: one article's ArticleAnalysis -> StatementFacts (find-article-statements + to-statement-fact)
//   toStatementGraph: all articles' facts -> Statement nodes, STATED, ABOUT, REPORTED_IN, CONTRADICTS
import type { ArticleAnalysis, MeetingFact, StatementFact } from '../analysis';
import { findArticleCandidates } from './find-article-statements';
import { toStatementFact } from './to-statement-fact';

export { toStatementGraph } from './to-statement-graph';
export type { ArticleStatements } from './to-statement-graph';

/** Statements one article reports, with speakers as resolved entity ids. */
export function findStatements(analysis: ArticleAnalysis, meetings: MeetingFact[]): StatementFact[] {
  return findArticleCandidates(analysis).map(c => toStatementFact(analysis, meetings, c));
}
