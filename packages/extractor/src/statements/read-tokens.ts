// "Kremlin spokesman Ana Duarte said, “We never met.”" -> tokens with article offsets and compromise tags:
// { text: 'said', tags: Verb,PastTense, start: 29, … }, each flagged when it stands inside a quotation.
import { nlp } from '../nlp';
import type { ArticleAnalysis, Mention, Sentence } from '../analysis';
import { findQuoteSpans, isQuoted } from './find-quote-spans';
import type { QuoteSpan } from './find-quote-spans';

export interface Token {
  text: string;
  /** Lower case, apostrophes straightened; contractions give the implicit word ("not" for the n't of "didn't"). */
  normal: string;
  pre: string;
  post: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  quoted: boolean;
}

/** One article as the statement rules read it: tokens per sentence, quotations and mentions by offset. */
export interface Reading {
  analysis: ArticleAnalysis;
  quotes: QuoteSpan[];
  tokens(sentence: Sentence): Token[];
  /** The mention covering the offset range, preferring the longest. */
  mentionAt(start: number, end: number): Mention | undefined;
  mentionsWithin(start: number, end: number): Mention[];
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Builds the reading of one article (tokens are parsed lazily, once per sentence). */
export function createReading(analysis: ArticleAnalysis): Reading {
  const quotes = findQuoteSpans(analysis);
  const cache = new Map<number, Token[]>();
  return {
    analysis,
    quotes,
    tokens(sentence) {
      let tokens = cache.get(sentence.index);
      if (!tokens) {
        tokens = toTokens(sentence, quotes);
        cache.set(sentence.index, tokens);
      }
      return tokens;
    },
    mentionAt(start, end) {
      return analysis.mentions
        .filter(m => m.start <= start && end <= m.end)
        .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    },
    mentionsWithin(start, end) {
      return analysis.mentions.filter(m => start <= m.start && m.end <= end);
    },
  };
}

function toTokens(sentence: Sentence, quotes: readonly QuoteSpan[]): Token[] {
  const json = nlp(sentence.text).json({ offset: true }) as Array<{ terms: TermJson[] }>;
  return json.flatMap(s =>
    s.terms.map(t => {
      const start = sentence.start + t.offset.start;
      const normal = (t.implicit ?? t.normal ?? t.text).toLowerCase().replace(/[\u2018\u2019]/g, "'");
      return {
        text: t.text,
        normal,
        pre: t.pre,
        post: t.post,
        start,
        end: start + t.offset.length,
        tags: new Set(t.tags),
        quoted: isQuoted(quotes, start),
      };
    }),
  );
}
