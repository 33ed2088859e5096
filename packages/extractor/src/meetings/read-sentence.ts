// "Ana Duarte's aides met him" -> tokens [Ana Duarte's|aides|met|him] with tags, absolute offsets, the
// mentions each token belongs to (Ana Duarte, possessive; him -> a resolved pronoun) and the verb phrases.
import type { ArticleAnalysis, Mention, Sentence } from '../analysis';
import { HONORIFICS } from '../lexicon/titles';
import { analyzeSentence } from '../sentence/analyze-sentence';
import type { SentenceToken } from '../sentence/analyze-sentence';

/** The shared analysed sentence's token (sentence/analyze-sentence.ts). */
export type Token = SentenceToken;

export interface VerbPhrase {
  first: number;
  last: number;
  infinitive: string;
  negative: boolean;
  auxiliary: string;
  form: string;
  tense: string;
}

export interface SentenceReading {
  sentence: Sentence;
  tokens: readonly Token[];
  verbs: VerbPhrase[];
  analysis: ArticleAnalysis;
  /** Participants of the meeting told just before, for "the two", "the pair", "both men". */
  recentParties: string[];
  /** Results computed once per sentence (date expressions), keyed by what was asked. */
  memo: Map<string, unknown>;
}

/** Tokens, mentions and verb phrases of one sentence. */
export function readSentence(
  analysis: ArticleAnalysis,
  sentence: Sentence,
  recentParties: string[] = [],
): SentenceReading {
  const { tokens } = analyzeSentence(analysis, sentence);
  const verbs = groupVerbs(tokens).flatMap(v => splitChain(v, tokens));
  return { sentence, tokens, verbs, analysis, recentParties, memo: new Map() };
}

const BE = /^(is|are|was|were|be|been|being|am|'s|'re|'m)$/;
const HAVE = /^(has|have|had|having|'ve|'d)$/;
const FUTURE = /^(will|shall|'ll|wo)$/;

// "had never met", "will hold", "was received", "did not deny meeting": auxiliaries, negation and adverbs
// between verbs make one phrase; its last verb is the head (compromise's own verb chunker is far slower)
function groupVerbs(tokens: readonly Token[]): VerbPhrase[] {
  const out: VerbPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isVerbal(tokens[i]!)) {
      i += 1;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && continuesVerb(tokens, last + 1)) last += 1;
    out.push(describeVerb(tokens, i, last));
    i = last + 1;
  }
  return out;
}

function isVerbal(t: Token): boolean {
  return t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary');
}

function continuesVerb(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (isVerbal(t) || t.tags.has('Particle')) return true;
  // "had never met", "has also met", "did not deny"
  if (t.tags.has('Negative') || t.tags.has('Adverb'))
    return tokens[at + 1] !== undefined && isVerbal(tokens[at + 1]!) && !/^(,|;)/.test(t.post.trim());
  return false;
}

function describeVerb(tokens: readonly Token[], first: number, last: number): VerbPhrase {
  const span = tokens.slice(first, last + 1);
  const verbs = span.filter(t => isVerbal(t) && !t.tags.has('Particle'));
  const head = verbs[verbs.length - 1] ?? span[0]!;
  const aux = verbs.slice(0, -1).map(t => t.normal);
  const particle = span.find(t => t.tags.has('Particle'));
  const negative = span.some(
    t => t.tags.has('Negative') || /^(not|never|n't)$/.test(t.normal) || /n't$/.test(t.normal),
  );
  const tense = aux.some(a => FUTURE.test(a))
    ? 'FutureTense'
    : head.tags.has('PastTense') || aux.some(a => /^(did|had|was|were)$/.test(a))
      ? 'PastTense'
      : 'PresentTense';
  const be = aux.some(a => BE.test(a));
  const form =
    aux.some(a => HAVE.test(a)) && !be
      ? 'perfect'
      : be && (head.tags.has('Passive') || head.tags.has('PastTense') || head.tags.has('Participle'))
        ? 'passive'
        : be && head.tags.has('Gerund')
          ? 'progressive'
          : head.tags.has('Gerund')
            ? 'gerund'
            : 'simple';
  return {
    first,
    last,
    infinitive: particle ? `${head.lemma} ${particle.normal}` : head.lemma,
    negative,
    auxiliary: aux.join(' '),
    form,
    tense,
  };
}

// "denied meeting", "did not deny meeting": the gerund is its own verb, governed by the first, so that
// negation and denial stay with "deny" and the encounter with "meet"
function splitChain(verb: VerbPhrase, tokens: readonly Token[]): VerbPhrase[] {
  const mains: number[] = [];
  for (let i = verb.first; i <= verb.last; i += 1) {
    const t = tokens[i]!;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Particle'))
      mains.push(i);
  }
  const second = mains[1];
  if (second === undefined) return [verb];
  return [
    describeVerb(tokens, verb.first, second - 1),
    ...splitChain(describeVerb(tokens, second, verb.last), tokens),
  ];
}

/** The verb phrase a token belongs to. */
export function verbAt(reading: SentenceReading, index: number): VerbPhrase | null {
  return reading.verbs.find(v => v.first <= index && index <= v.last) ?? null;
}

/** True when the mention is a possessor: "Duarte" in "Duarte's office", "Charles" in "Charles' aides", "his". */
export function isPossessor(reading: SentenceReading, mention: Mention): boolean {
  const after = reading.analysis.text.slice(mention.end, mention.end + 3);
  if (/^['\u2019](s\b|\s|$)/.test(after)) return true;
  if (mention.form !== 'pronoun') return false;
  if (/^(his|its|their|my|our|your)$/i.test(mention.surface)) return true;
  // "met her" is an object, "her office", "her first meeting", "her face-to-face talks" a possessor
  // ("met her first", "met her face-to-face on Monday": an ordinal or a compound with no noun after it is adverbial)
  const next = reading.tokens.find(t => t.start >= mention.end);
  if (!/^her$/i.test(mention.surface) || next === undefined || next.tags.has('Pronoun')) return false;
  let at = next.index;
  while (
    reading.tokens[at] &&
    (reading.tokens[at]!.tags.has('Ordinal') ||
      (reading.tokens[at]!.tags.has('Hyphenated') && !endsPhrase(reading.tokens[at]!)))
  )
    at += 1;
  const head = reading.tokens[at];
  // ("her face-to-face meeting": compromise may tag the noun after a compound a gerund)
  if (at > next.index)
    return (
      !!head && (head.tags.has('Noun') || head.tags.has('Gerund')) && !endsPhrase(reading.tokens[at - 1]!)
    );
  return next.tags.has('Noun') || next.tags.has('Adjective');
}

/** Punctuation that closes a phrase after the token: a comma, semicolon, colon, dash or sentence end. */
export function endsPhrase(token: Token): boolean {
  // "Mr. Walsh", "Sen. Duarte", "John F. Kennedy": the full stop of an abbreviation before a name ends nothing
  const post = isAbbreviation(token) ? token.post.slice(1) : token.post;
  // a spaced hyphen is a dash: "LISBON - Duarte met ..." (a dateline)
  return /[,;:()\u2013\u2014]|--|[.!?]|\s-\s/.test(post);
}

function isAbbreviation(token: Token): boolean {
  if (!/^\.\s+$/.test(token.post)) return false;
  const word = token.text.toLowerCase();
  return (HONORIFICS.has(word) && word !== 'pm') || /^[A-Z]$/.test(token.text);
}
