// "Harbour spokesman Ana Duarte didn't say “we met.”" -> one analysed sentence that the meeting and statement
// layers both read: tokens with the word read (the implicit "did" / "not" of "didn't"), lemma, compromise tags,
// article offsets, whether the token stands inside a quotation, the compromise sentence it belongs to, and the
// resolved entity mentions it is part of. Built once per sentence from the entity layer's one compromise parse
// (analysis.terms / analysis.views), cached for the lifetime of the analysis.
import { nlp } from '../nlp';
import { HONORIFICS } from '../lexicon/titles';
import type { ArticleAnalysis, Mention, Sentence, Term } from '../analysis';
import { indexMentions } from './mention-index';
import { findQuoteSpans, isQuoted } from './find-quote-spans';
import type { QuoteSpan } from './find-quote-spans';

export interface SentenceToken {
  /** Position in the sentence's token list. */
  index: number;
  /** Surface as written ("didn't"; "" for the implicit second word of a contraction). */
  text: string;
  /** The word read, lower case, apostrophes straightened: a contraction gives its implicit words ("did", "not"). */
  normal: string;
  /** Dictionary form: "met" -> "meet", "meetings" -> "meeting" (the normal form when compromise has none). */
  lemma: string;
  /** Absolute offsets in the article text. */
  start: number;
  end: number;
  /** Punctuation and spaces before and after the token as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Inside a quotation (marks included). */
  quoted: boolean;
  /** compromise's own sentence number within this sentence (a coarse sentence may hold several). */
  part: number;
  /** Resolved mentions overlapping the token (two for "the pair" when both are resolved). */
  mentions: readonly Mention[];
}

export interface AnalyzedSentence {
  sentence: Sentence;
  tokens: readonly SentenceToken[];
}

interface ArticleCache {
  quotes: QuoteSpan[];
  sentences: Map<number, AnalyzedSentence>;
}

const caches = new WeakMap<ArticleAnalysis, ArticleCache>();

function cacheOf(analysis: ArticleAnalysis): ArticleCache {
  let cache = caches.get(analysis);
  if (!cache) {
    cache = { quotes: findQuoteSpans(analysis), sentences: new Map() };
    caches.set(analysis, cache);
  }
  return cache;
}

/** Every quotation of the article, in reading order (computed once per analysis). */
export function quotationsOf(analysis: ArticleAnalysis): readonly QuoteSpan[] {
  return cacheOf(analysis).quotes;
}

/** The analysed sentence: built on first use, the same object on every later call. */
export function analyzeSentence(analysis: ArticleAnalysis, sentence: Sentence): AnalyzedSentence {
  const cache = cacheOf(analysis);
  let analyzed = cache.sentences.get(sentence.index);
  if (!analyzed || analyzed.sentence !== sentence) {
    analyzed = { sentence, tokens: buildTokens(analysis, sentence, cache.quotes) };
    cache.sentences.set(sentence.index, analyzed);
  }
  return analyzed;
}

interface RawTerm {
  text: string;
  normal: string;
  lemma?: string;
  pre: string;
  post: string;
  tags: Iterable<string>;
  start: number;
  end: number;
  part: number;
}

function buildTokens(
  analysis: ArticleAnalysis,
  sentence: Sentence,
  quotes: readonly QuoteSpan[],
): SentenceToken[] {
  const raw = reuseParse(analysis, sentence) ?? parseAgain(sentence);
  const mentions = indexMentions(analysis.mentions).overlapping(sentence.start, sentence.end);
  const tokens = raw.map((t, index) => {
    const normal = straighten(t.normal);
    return {
      index,
      text: t.text,
      normal,
      lemma: t.lemma ? straighten(t.lemma) : normal,
      start: t.start,
      end: t.end,
      pre: t.pre,
      post: t.post,
      tags: new Set(t.tags),
      quoted: isQuoted(quotes, t.start),
      part: t.part,
      mentions: mentions.filter(m => m.start < Math.max(t.end, t.start + 1) && m.end > t.start),
    };
  });
  return splitParts(tokens);
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  root?: string;
  pre: string;
  post: string;
  tags: Iterable<string>;
}
interface CompromiseView {
  compute(method: string): unknown;
  docs: CompromiseTerm[][];
}

/** The word a term reads as: the implicit word of a contraction, else compromise's normal form. */
function wordOf(t: { text: string; normal?: string; implicit?: string }): string {
  return (t.implicit ?? t.normal ?? t.text).toLowerCase();
}

// The entity layer parsed every sentence once (analysis.views / analysis.terms, term for term): reuse it, adding
// compromise's lemmas to that one parse
function reuseParse(analysis: ArticleAnalysis, sentence: Sentence): RawTerm[] | null {
  const view = analysis.views?.[sentence.index] as CompromiseView | null | undefined;
  const terms: Term[] | undefined = analysis.terms?.[sentence.index];
  if (!view || !terms || typeof view.compute !== 'function') return null;
  view.compute('root');
  const parsed = view.docs.flat();
  if (parsed.length !== terms.length) return null;
  return terms.map((term, i) => {
    const p = parsed[i]!;
    return {
      text: term.text,
      normal: term.normal ?? wordOf(p),
      lemma: p.root,
      pre: term.pre ?? p.pre,
      post: term.post ?? p.post,
      tags: term.tags,
      start: term.start,
      end: term.end,
      part: 0,
    };
  });
}

// Analyses built without the entity layer (unit tests) carry no parse: parse the sentence on its own
function parseAgain(sentence: Sentence): RawTerm[] {
  const doc = nlp(sentence.text) as unknown as CompromiseView;
  doc.compute('root');
  doc.compute('offset');
  return doc.docs.flatMap((terms, part) =>
    terms.map(t => {
      const offset = (t as unknown as { offset: { start: number; length: number } }).offset;
      const start = sentence.start + offset.start;
      return {
        text: t.text,
        normal: wordOf(t),
        lemma: t.root,
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        start,
        end: start + offset.length,
        part,
      };
    }),
  );
}

function straighten(word: string): string {
  return word.replace(/[\u2018\u2019`]/g, "'");
}

/** compromise keeps `… night. “I have …` together after mixed quote marks: a full stop before a capital (or an
 * opening quote) starts a new part all the same. */
function splitParts(tokens: SentenceToken[]): SentenceToken[] {
  let shift = 0;
  return tokens.map((t, i) => {
    const previous = tokens[i - 1];
    // "Ms. Lena Ortiz", "Dr. Ana Duarte": a courtesy title's full stop ends no sentence
    const stop =
      previous &&
      /^[.!?]+["'\u201d\u2019]?\s/.test(previous.post) &&
      !previous.tags.has('Abbreviation') &&
      !previous.tags.has('Honorific') &&
      !HONORIFICS.has(previous.normal.replace(/\.$/, ''));
    if (stop && previous.part === t.part && /^["'\u201c\u2018]?[A-Z]/.test(t.pre + t.text)) shift += 1;
    return { ...t, part: t.part + shift };
  });
}

/** One past the last token of the compromise sentence holding token `i`. */
export function findPartEnd(tokens: readonly SentenceToken[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1]!.part === tokens[i]!.part) k += 1;
  return k + 1;
}

/** The first token of the compromise sentence holding token `i`. */
export function findPartStart(tokens: readonly SentenceToken[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.part === tokens[i]!.part) k -= 1;
  return k;
}
