// The per-article stage: everything that reads an article's text, as a JSON value (ArticleReading). The entity layer
// reads the article; its meetings and statements are read at once in the context the article gives alone (its own
// names resolved among themselves), the likeliest context of a batch, recording what of that context they read;
// rereadFacts reads them again in another context when the cross-article stage finds that they read something else.
import { createHash } from 'node:crypto';
import type { ArticleInput } from '@news-kg/graph-model';
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from '../entities/analyze-article';
import { resolveAcrossArticles } from '../entities/resolve-across-articles';
import { findSurnameCandidates } from '../entities/surname-candidates';
import { findMeetings } from '../meetings';
import { findStatements } from '../statements';
import type { ArticleReading, FactVariant, RereadTask } from './article-reading';
import { snapshotContext, toDependencies } from './fact-dependencies';
import { TrackedEntities } from './tracked-entities';

/** sha-256 of the article text, hex: the key of its reading (with the extractor version). */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads one article: entity layer, then its facts in its own context. */
export function readArticle(input: ArticleInput): ArticleReading {
  const analysis = analyzeArticle(input);
  const surnameCandidates = findSurnameCandidates(analysis);
  const alone = resolveAcrossArticles([analysis])[0] as ArticleAnalysis;
  return {
    digest: textDigest(input.text),
    article: analysis.article,
    sentences: analysis.sentences,
    mentions: analysis.mentions,
    entities: [...analysis.entities.values()],
    surnameCandidates,
    facts: [readFacts(alone)],
  };
}

/** Reads the article's facts again in the entity context a batch gives it. */
export function rereadFacts(input: ArticleInput, task: Omit<RereadTask, 'index'>): FactVariant {
  const analysis = analyzeArticle(input);
  return readFacts({
    ...analysis,
    entities: new Map(task.entities.map(e => [e.id, e])),
    mentions: task.mentions,
  });
}

function readFacts(analysis: ArticleAnalysis): FactVariant {
  const snapshot = snapshotContext(analysis.entities, analysis.mentions);
  const entities = new TrackedEntities(analysis.entities);
  entities.reads.clear();
  const tracked = { ...analysis, entities };
  const meetings = findMeetings(tracked);
  const statements = findStatements(tracked, meetings);
  const depends = toDependencies(entities.reads, snapshot);
  return { depends, meetings, statements };
}
