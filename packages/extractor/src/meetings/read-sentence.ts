// "Ana Duarte's aides met him" -> tokens [Ana Duarte's|aides|met|him] with tags, absolute offsets, the
// mentions each token belongs to (Ana Duarte, possessive; him -> a resolved pronoun) and the verb phrases.
import { nlp } from '../nlp';
import type { ArticleAnalysis, Mention, Sentence } from '../analysis';

export interface Token {
  index: number;
  text: string;
  /** Lower case, curly quotes straightened. */
  normal: string;
  /** Lemma: "met" -> "meet", "meetings" -> "meeting" (the normal form when compromise has none). */
  root: string;
  /** Absolute offsets in the article text. */
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation and spaces after the token ("', " after "Sessions'"). */
  post: string;
  pre: string;
  /** Resolved mentions overlapping the token (two for "the pair" when both are resolved). */
  mentions: Mention[];
}

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
  tokens: Token[];
  verbs: VerbPhrase[];
  analysis: ArticleAnalysis;
  /** Participants of the meeting told just before, for "the two", "the pair", "both men". */
  recentParties: string[];
}

interface TermJson {
  text: string;
  normal?: string;
  root?: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface VerbJson {
  offset: { start: number; length: number };
  verb?: { infinitive?: string; negative?: boolean; auxiliary?: string; grammar?: { form?: string; tense?: string } };
}

/** Tokens, mentions and verb phrases of one sentence. */
export function readSentence(analysis: ArticleAnalysis, sentence: Sentence, recentParties: string[] = []): SentenceReading {
  const doc = nlp(sentence.text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
  const mentions = analysis.mentions.filter(m => m.start < sentence.end && m.end > sentence.start);
  const tokens: Token[] = json
    .flatMap(s => s.terms)
    .map((t, index) => {
      const start = sentence.start + t.offset.start;
      const end = start + t.offset.length;
      const normal = (t.normal ?? t.text.toLowerCase()).replace(/[\u2018\u2019]/g, "'");
      return {
        index,
        text: t.text,
        normal,
        root: t.root ?? normal,
        start,
        end,
        tags: new Set(t.tags),
        post: t.post,
        pre: t.pre,
        mentions: mentions.filter(m => m.start < Math.max(end, start + 1) && m.end > start),
      };
    });
  const verbs = (doc.verbs().json({ offset: true }) as VerbJson[])
    .map(v => toVerbPhrase(v, tokens, sentence.start))
    .filter((v): v is VerbPhrase => v !== null)
    .flatMap(v => splitChain(v, tokens));
  return { sentence, tokens, verbs, analysis, recentParties };
}

function toVerbPhrase(v: VerbJson, tokens: Token[], base: number): VerbPhrase | null {
  const start = base + v.offset.start;
  const end = start + v.offset.length;
  const inside = tokens.filter(t => t.start >= start && t.start < end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return null;
  return {
    first: first.index,
    last: last.index,
    infinitive: v.verb?.infinitive ?? '',
    negative: v.verb?.negative ?? false,
    auxiliary: v.verb?.auxiliary ?? '',
    form: v.verb?.grammar?.form ?? '',
    tense: v.verb?.grammar?.tense ?? '',
  };
}

// compromise reads "denied meeting" and "did not deny meeting" as one phrase; the gerund is its own verb,
// governed by the first, so that negation and denial stay with "deny" and the encounter with "meet"
function splitChain(verb: VerbPhrase, tokens: Token[]): VerbPhrase[] {
  const mains: number[] = [];
  for (let i = verb.first; i <= verb.last; i += 1) {
    const t = tokens[i]!;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Particle') && !t.tags.has('Copula')) mains.push(i);
  }
  const second = mains[1];
  if (second === undefined) return [verb];
  const head = { ...verb, last: second - 1, infinitive: verb.infinitive.split(' ')[0] ?? verb.infinitive };
  const tail: VerbPhrase = { first: second, last: verb.last, infinitive: tokens[second]!.root, negative: false, auxiliary: '', form: 'gerund', tense: '' };
  return [head, ...splitChain(tail, tokens).map((v, i) => (i === 0 ? { ...v, form: 'gerund' } : v))];
}

/** The verb phrase a token belongs to. */
export function verbAt(reading: SentenceReading, index: number): VerbPhrase | null {
  return reading.verbs.find(v => v.first <= index && index <= v.last) ?? null;
}

/** True when the mention is a possessor: "Duarte" in "Duarte's office", "Sessions" in "Sessions' aides", "his". */
export function isPossessor(reading: SentenceReading, mention: Mention): boolean {
  const after = reading.analysis.text.slice(mention.end, mention.end + 3);
  if (/^['\u2019](s\b|\s|$)/.test(after)) return true;
  if (mention.form !== 'pronoun') return false;
  if (/^(his|its|their|my|our|your)$/i.test(mention.surface)) return true;
  // "met her" is an object, "her office" a possessor
  const next = reading.tokens.find(t => t.start >= mention.end);
  return /^her$/i.test(mention.surface) && next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun');
}

/** Punctuation that closes a phrase after the token: a comma, semicolon, colon, dash or sentence end. */
export function endsPhrase(token: Token): boolean {
  return /[,;:()\u2013\u2014]|--|[.!?]/.test(token.post);
}
