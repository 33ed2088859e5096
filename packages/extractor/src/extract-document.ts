// The extractor's pipeline, article texts in, one GraphDocument out:
//   analyzeArticle (entity layer, per article) -> resolveAcrossArticles (one id per real entity)
//   -> findMeetings / findStatements (per article) -> toMeetingGraph / toStatementGraph (merge across the batch)
//   -> assembleDocument (Article, Person, Organization nodes, MENTIONS, AFFILIATED_WITH; sorted, deterministic).
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';
import { analyzeArticle } from './entities/analyze-article';
import { resolveAcrossArticles } from './entities/resolve-across-articles';
import { assembleDocument } from './assemble-document';
import { findMeetings, toMeetingGraph } from './meetings';
import { findStatements, toStatementGraph } from './statements';

/** Where a long extraction stands, for a progress bar: each article is read once, then its facts are found. */
export interface ExtractProgress {
  stage: 'read' | 'facts';
  /** Articles through this stage. */
  done: number;
  total: number;
}

export interface ExtractOptions {
  /** Called after each article of each stage (the CLI's progress bar); never changes the output. */
  onProgress?: (progress: ExtractProgress) => void;
}

/** Extracts one GraphDocument from a batch of articles; the same input always gives byte-identical output. */
export function extractDocument(
  inputs: readonly ArticleInput[],
  { onProgress }: ExtractOptions = {},
): GraphDocument {
  const total = inputs.length;
  const analyses = resolveAcrossArticles(
    inputs.map((input, index) => {
      const analysis = analyzeArticle(input);
      onProgress?.({ stage: 'read', done: index + 1, total });
      return analysis;
    }),
  );
  const perArticle = analyses.map(analysis => ({ analysis, meetings: findMeetings(analysis) }));
  const meetingGraph = toMeetingGraph(perArticle);
  const statementGraph = toStatementGraph(
    perArticle.map(({ analysis, meetings }, index) => {
      const statements = findStatements(analysis, meetings);
      onProgress?.({ stage: 'facts', done: index + 1, total });
      return { analysis, meetings, statements };
    }),
    meetingGraph.meetingIdOf,
  );
  return assembleDocument(analyses, [meetingGraph, statementGraph]);
}
