// The extractor's pipeline, article texts in, one GraphDocument out:
//   analyzeArticle (entity layer, per article) -> resolveAcrossArticles (one id per real entity)
//   -> findMeetings / findStatements (per article) -> toMeetingGraph / toStatementGraph (merge across the batch)
//   -> assembleDocument (Article, Person, Organization nodes, MENTIONS, AFFILIATED_WITH; sorted, deterministic).
import type { ArticleInput } from './input/article-input';
import type { GraphDocument } from './types';
import { analyzeArticle } from './entities/analyze-article';
import { resolveAcrossArticles } from './entities/resolve-across-articles';
import { assembleDocument } from './assemble-document';
import { findMeetings, toMeetingGraph } from './meetings';
import { findStatements, toStatementGraph } from './statements';

/** Extracts one GraphDocument from a batch of articles; the same input always gives byte-identical output. */
export function extractDocument(inputs: readonly ArticleInput[]): GraphDocument {
  const analyses = resolveAcrossArticles(inputs.map(analyzeArticle));
  const perArticle = analyses.map(analysis => ({ analysis, meetings: findMeetings(analysis) }));
  const meetingGraph = toMeetingGraph(perArticle);
  const statementGraph = toStatementGraph(
    perArticle.map(({ analysis, meetings }) => ({
      analysis,
      meetings,
      statements: findStatements(analysis, meetings),
    })),
    meetingGraph.meetingIdOf,
  );
  return assembleDocument(analyses, [meetingGraph, statementGraph]);
}
