// The cross-article stage on stored readings: never parses a text. resolveReadings rebuilds each article's analysis
// from its reading, resolves names across the batch, and picks for each article the fact variant whose dependencies
// hold in the batch's context; the articles with none are misses, to be read again (rereadFacts, in a worker).
// assembleReadings then merges meetings and statements across articles and builds the GraphDocument exactly as
// extractDocument does from the same articles.
import type { ArticleInput, GraphDocument } from '@news-kg/graph-model';
import type { ArticleAnalysis } from '../analysis';
import { assembleDocument } from '../assemble-document';
import { resolveAcrossArticles } from '../entities/resolve-across-articles';
import { toMeetingGraph } from '../meetings';
import { toStatementGraph } from '../statements';
import type { ArticleReading, FactVariant, RereadTask } from './article-reading';
import { dependenciesHold, snapshotContext } from './fact-dependencies';

export interface ResolvedReadings {
  /** The batch's analyses after cross-article resolution (no terms, no parse: what the graph stages read). */
  analyses: ArticleAnalysis[];
  /** Per article, the fact variant valid in the batch's context, or null for a miss. */
  facts: (FactVariant | null)[];
  /** The misses, with the context to read them in. */
  rereads: RereadTask[];
}

/** Resolves the batch from the readings of its articles (same order as `inputs`). */
export function resolveReadings(
  inputs: readonly ArticleInput[],
  readings: readonly ArticleReading[],
  /** Per article, when its text is not kept (input.text ''): its evidence excerpts (readExcerpts). */
  excerpts?: ReadonlyArray<ReadonlyMap<string, string>>,
): ResolvedReadings {
  const analyses = resolveAcrossArticles(
    readings.map((reading, index) => toAnalysis(inputs[index] as ArticleInput, reading, excerpts?.[index])),
  );
  const facts: (FactVariant | null)[] = [];
  const rereads: RereadTask[] = [];
  analyses.forEach((analysis, index) => {
    const snapshot = snapshotContext(analysis.entities, analysis.mentions);
    const found = (readings[index] as ArticleReading).facts.find(v => dependenciesHold(v.depends, snapshot));
    facts.push(found ?? null);
    if (!found)
      rereads.push({ index, entities: [...analysis.entities.values()], mentions: analysis.mentions });
  });
  return { analyses, facts, rereads };
}

/** The GraphDocument of the batch, once every article has its facts. */
export function assembleReadings(
  analyses: readonly ArticleAnalysis[],
  facts: readonly FactVariant[],
): GraphDocument {
  const perArticle = analyses.map((analysis, index) => ({
    analysis,
    meetings: (facts[index] as FactVariant).meetings,
    statements: (facts[index] as FactVariant).statements,
  }));
  const meetingGraph = toMeetingGraph(perArticle);
  const statementGraph = toStatementGraph(perArticle, meetingGraph.meetingIdOf);
  return assembleDocument(analyses, [meetingGraph, statementGraph]);
}

/** A reading read back: the analysis the entity layer gave, with the text it cites and the input's path. */
function toAnalysis(
  input: ArticleInput,
  reading: ArticleReading,
  excerpts: ReadonlyMap<string, string> | undefined,
): ArticleAnalysis {
  return {
    ...(excerpts ? { excerpts } : {}),
    article: { ...reading.article, path: input.path },
    text: input.text,
    sentences: reading.sentences,
    mentions: reading.mentions,
    entities: new Map(reading.entities.map(e => [e.id, e])),
    surnameCandidates: reading.surnameCandidates,
  };
}

/** Adds a newly read variant in front of a reading's, keeping the few most recent. */
export function withFactVariant(reading: ArticleReading, variant: FactVariant): ArticleReading {
  const others = reading.facts.filter(v => v.depends.digest !== variant.depends.digest);
  return { ...reading, facts: [variant, ...others].slice(0, MAX_VARIANTS) };
}

/** Variants kept per reading: the contexts an article is met in change rarely once its story is told. */
const MAX_VARIANTS = 4;
