// "Harbour spokesman Ana Duarte said, “We never met.”" -> tokens with article offsets and compromise tags:
// { text: 'said', tags: Verb,PastTense, start: 29, … }, each flagged when it stands inside a quotation.
import { nlp } from '../nlp';
import type { ArticleAnalysis, Mention, Sentence, Term } from '../analysis';
import { findQuoteSpans, isQuoted } from './find-quote-spans';
import type { QuoteSpan } from './find-quote-spans';
import { indexMentions } from './mention-index';

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
  /** compromise's own sentence number within the analysis sentence (a coarse sentence may hold several). */
  part: number;
}

/** One article as the statement rules read it: tokens per sentence, quotations and mentions by offset. */
export interface Reading {
  analysis: ArticleAnalysis;
  quotes: QuoteSpan[];
  tokens(sentence: Sentence): Token[];
  /** The mention covering the offset range, preferring the longest. */
  mentionAt(start: number, end: number): Mention | undefined;
  mentionsWithin(start: number, end: number): Mention[];
  /** Mentions containing [start, end], in article order. */
  mentionsCovering(start: number, end: number): Mention[];
  /** Mentions starting in [from, to), in article order. */
  mentionsStartingIn(from: number, to: number): Mention[];
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
  const index = indexMentions(analysis.mentions);
  return {
    analysis,
    quotes,
    tokens(sentence) {
      let tokens = cache.get(sentence.index);
      if (!tokens) {
        tokens = toTokens(analysis, sentence, quotes);
        cache.set(sentence.index, tokens);
      }
      return tokens;
    },
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

function toTokens(analysis: ArticleAnalysis, sentence: Sentence, quotes: readonly QuoteSpan[]): Token[] {
  const terms = analysis.terms?.[sentence.index];
  return terms ? fromTerms(terms, quotes) : parseTokens(sentence, quotes);
}

/** The entity layer's one parse, read as tokens: no second compromise run over the sentence. */
function fromTerms(terms: readonly Term[], quotes: readonly QuoteSpan[]): Token[] {
  const tokens = terms.map(t => ({
    text: t.text,
    normal: (t.normal ?? t.text.toLowerCase()).replace(/[\u2018\u2019]/g, "'"),
    pre: t.pre ?? '',
    post: t.post ?? '',
    start: t.start,
    end: t.end,
    tags: new Set(t.tags),
    quoted: isQuoted(quotes, t.start),
    part: 0,
  }));
  return splitParts(tokens);
}

/** Analyses built without the entity layer (tests) carry no terms: parse the sentence on its own. */
function parseTokens(sentence: Sentence, quotes: readonly QuoteSpan[]): Token[] {
  const json = nlp(sentence.text).json({ offset: true }) as Array<{ terms: TermJson[] }>;
  const tokens = json.flatMap((s, part) =>
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
        part,
      };
    }),
  );
  return splitParts(tokens);
}

/** compromise keeps `… night. “I have …` together after mixed quote marks: a full stop before a capital (or an
 * opening quote) starts a new part all the same. */
function splitParts(tokens: Token[]): Token[] {
  let shift = 0;
  return tokens.map((t, i) => {
    const previous = tokens[i - 1];
    const stop =
      previous && /^[.!?]+["'\u201d\u2019]?\s/.test(previous.post) && !previous.tags.has('Abbreviation');
    if (stop && previous.part === t.part && /^["'\u201c\u2018]?[A-Z]/.test(t.pre + t.text)) shift += 1;
    return { ...t, part: t.part + shift };
  });
}

/** One past the last token of the compromise sentence holding token `i`. */
export function findPartEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1]!.part === tokens[i]!.part) k += 1;
  return k + 1;
}

/** The first token of the compromise sentence holding token `i`. */
export function findPartStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.part === tokens[i]!.part) k -= 1;
  return k;
}
