// "Harbour spokesman Ana Duarte said, “We never met.”" -> tokens with article offsets and compromise tags:
// { text: 'said', tags: Verb,PastTense, start: 29, … }, each flagged when it stands inside a quotation.
import type { ArticleAnalysis, Mention, Sentence } from '../analysis';
import type { QuoteSpan } from '../sentence/find-quote-spans';
import { indexMentions } from '../sentence/mention-index';
import { analyzeSentence, quotationsOf } from '../sentence/analyze-sentence';
import type { SentenceToken } from '../sentence/analyze-sentence';

/** The shared analysed sentence's token (sentence/analyze-sentence.ts). */
export type Token = SentenceToken;

/** One article as the statement rules read it: tokens per sentence, quotations and mentions by offset. */
export interface Reading {
  analysis: ArticleAnalysis;
  quotes: readonly QuoteSpan[];
  tokens(sentence: Sentence): readonly Token[];
  /** The mention covering the offset range, preferring the longest. */
  mentionAt(start: number, end: number): Mention | undefined;
  mentionsWithin(start: number, end: number): Mention[];
  /** Mentions containing [start, end], in article order. */
  mentionsCovering(start: number, end: number): Mention[];
  /** Mentions starting in [from, to), in article order. */
  mentionsStartingIn(from: number, to: number): Mention[];
}

/** Builds the reading of one article (tokens are the shared analysed sentence's, built once per sentence). */
export function createReading(analysis: ArticleAnalysis): Reading {
  const index = indexMentions(analysis.mentions);
  return {
    analysis,
    quotes: quotationsOf(analysis),
    tokens: sentence => analyzeSentence(analysis, sentence).tokens,
    mentionAt(start, end) {
      return index.covering(start, end).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    },
    mentionsWithin(start, end) {
      return index.within(start, end);
    },
    mentionsCovering(start, end) {
      return index.covering(start, end);
    },
    mentionsStartingIn(from, to) {
      return index.startingIn(from, to);
    },
  };
}
