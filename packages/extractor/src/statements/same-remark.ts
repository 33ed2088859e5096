// When are two reports the same remark? One table of criteria, each a row with an id, what it says and its test, read
// by the cross-article merge (to-statement-graph.ts) for every pair of occurrences it compares. Every row needs a
// speaker in common; two statements of one article are the same only when an earlier pass gave them one key (a
// restatement). Rows are tried in order; the first that holds names why two reports were merged.
import type { StatementKind } from '@news-kg/graph-model';
import type { ArticleMeta } from '../analysis';
import { measureContainment } from './content-words';
import type { Occurrence } from './occurrence';
import { sharesFigure } from './shared-figure';
import { sharesQuotedWords } from './shared-quoted-words';

/** What a criterion may ask beyond the two occurrences. */
export interface SameRemarkContext {
  /** True when the occurrence is its speaker's only statement of its kind in its article. */
  isOnlyStance: (o: Occurrence) => boolean;
}

export interface SameRemarkCriterion {
  id: string;
  /** The kind of sameness, in words (docs/statements.md lists them). */
  says: string;
  same: (a: Occurrence, b: Occurrence, context: SameRemarkContext) => boolean;
}

/** Near-identical wordings: the smaller set of content words lies this much within the other. */
const NEAR_IDENTICAL = 0.75;
const MIN_WORDS_FOR_NEAR = 4;
/** A shorter wording is near-identical only when the other holds every one of its content words. */
const MIN_WORDS_FOR_CONTAINED = 3;
const MIN_WORDS_FOR_TRIMMED = 3;
const MIN_CONTENT_WORDS_FOR_TRIMMED = 2;
const MIN_SPAN_FOR_TRIMMED = 4;
const MIN_WORDS_FOR_REPORTED = 3;
/** Reworded quotations: content words in common, and their share of the smaller wording. */
const MIN_WORDS_FOR_REWORDED = 4;
const REWORDED = 0.4;
/** Paraphrases opening with the same predicate: the smaller set of content words lies this much within the other. */
const SAME_REPORTED_CLAIM = 0.5;
/** Kinds that assert something happened: two of them about one meeting by one source are one account. */
const ASSERTING = new Set<StatementKind>(['claim', 'confirmation']);
/** Answers a speaker gives to an event: one per outlet and news cycle is the same answer. */
export const STANCES = new Set<StatementKind>(['denial', 'refusal', 'confirmation']);
/** Articles published this many days apart or less cover the same turn of a story. */
export const NEWS_CYCLE_DAYS = 3;

export const SAME_REMARK_CRITERIA: readonly SameRemarkCriterion[] = [
  {
    id: 'same-words',
    says: 'the same words once case, accents and punctuation are set aside',
    same: (a, b) => a.normalized === b.normalized,
  },
  {
    id: 'account-of-meeting',
    says: "two outlets' assertions (or denials) of one meeting the meeting layer merged",
    same: isSameAccountOfMeeting,
  },
  {
    id: 'reported-claim',
    says: 'two reported wordings (or two quotations) opening with the same predicate, half the words shared',
    same: isSameReportedClaim,
  },
  {
    id: 'trimmed-quotation',
    says: 'one quotation within another: one outlet quotes less of the same words',
    same: isTrimmedQuote,
  },
  {
    id: 'quoted-run',
    says: "a run of words one outlet puts in quotation marks stands in another outlet's wording",
    same: (a, b) =>
      a.analysis !== b.analysis &&
      (sharesQuotedWords(a.quoting, b.quoting, b.fact.quoted) ||
        sharesQuotedWords(b.quoting, a.quoting, a.fact.quoted)),
  },
  {
    id: 'figure-in-news-cycle',
    says: 'two wordings of one kind carrying one figure and two more content words, within a news cycle',
    same: isSameFigureInNewsCycle,
  },
  {
    id: 'near-identical',
    says: 'three quarters of the smaller set of content words in the other, all of them when it has three (the same kind unless both quote, or a quotation and a plain paraphrase of one polarity)',
    same: isNearIdentical,
  },
  {
    id: 'reworded-quotation',
    says: "two outlets' quotations (a translation or a reworded transcript) sharing four content words, two fifths of the smaller",
    same: isRewordedQuotation,
  },
  {
    id: 'stance-in-news-cycle',
    says: "each outlet's only denial, refusal or confirmation by the speaker, within a news cycle",
    same: (a, b, context) => isSameStanceInNewsCycle(a, b, context.isOnlyStance),
  },
];

/** The id of the first criterion that makes the two occurrences one remark, or null. */
export function findSameRemark(a: Occurrence, b: Occurrence, context: SameRemarkContext): string | null {
  if (!a.fact.speakerIds.some(s => b.fact.speakerIds.includes(s))) return null;
  if (a.analysis === b.analysis) return a.key === b.key ? 'same-key' : null;
  return SAME_REMARK_CRITERIA.find(c => c.same(a, b, context))?.id ?? null;
}

/** `"I saw the harbour master once, in his office, and two clerks took notes"` and `"I met the harbour master
 * one time, at his office, with clerks taking notes"`: two outlets render one answer (a translation, a transcript
 * tidied another way) in other function words, but keep its nouns and verbs in their order. Both quotations, other
 * articles within a news cycle (or undated), and at least four content words in common in the same order, two
 * fifths of the smaller wording's. The same words in another order ("everyone knows the ferry keeps the shops
 * open" / "without the ferry the shops would close, and everyone knows it") are another sentence. */
function isRewordedQuotation(a: Occurrence, b: Occurrence): boolean {
  if (!a.fact.quoted || !b.fact.quoted || a.analysis === b.analysis) return false;
  const inOrder = measureCommonRun(a.words, b.words);
  if (inOrder < MIN_WORDS_FOR_REWORDED) return false;
  if (inOrder < REWORDED * Math.min(new Set(a.words).size, new Set(b.words).size)) return false;
  const days = measureDaysApart(a.analysis.article, b.analysis.article);
  return days === null || days <= NEWS_CYCLE_DAYS;
}

/** The length of the longest common subsequence of two word lists (words in the same order, gaps allowed). */
export function measureCommonRun(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    for (let j = 0; j < b.length; j += 1) {
      row.push(word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function isNearIdentical(a: Occurrence, b: Occurrence): boolean {
  const fewest = Math.min(new Set(a.words).size, new Set(b.words).size);
  if (fewest < MIN_WORDS_FOR_CONTAINED) return false;
  // A quotation is the speaker's own words whatever verb frames it; a paraphrase's kind is part of what it says
  // ("denied that the plant leaked" and "said that the plant leaked" share their words, not their meaning).
  if (a.fact.kind !== b.fact.kind && !(a.fact.quoted && b.fact.quoted) && !isQuoteReportedPlainly(a, b))
    return false;
  const containment = measureContainment(a.words, b.words);
  // "The deaths occurred in July" within "The three deaths occurred in July": a short wording may be near-identical
  // when every one of its content words stands in the other, within a news cycle
  if (fewest < MIN_WORDS_FOR_NEAR) return containment === 1 && isWithinNewsCycle(a, b);
  return containment >= NEAR_IDENTICAL;
}

/** `"Nobody here has spoken to him," Lin said` (one outlet) and `Lin said that nobody at the club had spoken to
 * him` (another): a quotation and a paraphrase under a neutral verb, both affirming or both negating, carry one
 * remark whatever kind each wording's own words suggest; a paraphrase whose verb gives its kind ("denied that …")
 * says something of its own about the words. */
function isQuoteReportedPlainly(a: Occurrence, b: Occurrence): boolean {
  if (a.fact.quoted === b.fact.quoted) return false;
  const reported = a.fact.quoted ? b : a;
  if (reported.fact.kindFromVerb) return false;
  return isNegative(a.fact.text) === isNegative(b.fact.text);
}

const NEGATIVE = /\b(?:not|no|never|nobody|nothing|none|neither|nor)\b|n['\u2019]t\b/i;

function isNegative(text: string): boolean {
  return NEGATIVE.test(text);
}

function isWithinNewsCycle(a: Occurrence, b: Occurrence): boolean {
  const days = measureDaysApart(a.analysis.article, b.analysis.article);
  return days === null || days <= NEWS_CYCLE_DAYS;
}

/** "Nothing was hidden from the agency" (one outlet), "denied that the firm had withheld data" (another),
 * "rejected claims that the firm had concealed the deaths" (a third): outlets covering one news event each word
 * the speaker's response their own way. A denial, a refusal or a confirmation is an answer to the event, so when
 * each of two articles published within a few days of each other gives one speaker exactly one answer of that
 * kind, it is the same answer. A speaker with two denials in one article, an article of another week, or an
 * article with no date, stays apart: nothing then tells which answer is which; so do two answers about different
 * things (mayBeAboutTheSame). */
function isSameStanceInNewsCycle(
  a: Occurrence,
  b: Occurrence,
  isOnlyStance: (o: Occurrence) => boolean,
): boolean {
  if (a.analysis === b.analysis || a.fact.kind !== b.fact.kind || !STANCES.has(a.fact.kind)) return false;
  if (a.fact.speakerIds.join() !== b.fact.speakerIds.join()) return false;
  if (!isOnlyStance(a) || !isOnlyStance(b)) return false;
  if (!mayBeAboutTheSame(a, b)) return false;
  const days = measureDaysApart(a.analysis.article, b.analysis.article);
  return days !== null && days <= NEWS_CYCLE_DAYS;
}

/** "denied meeting the rival's chairman" and "ruled out closing the works": two answers of one speaker in one news
 * cycle that each name what they are about, and name nothing in common (no entity, no meeting), answer two things.
 * An answer that names nothing ("Nothing was hidden") may be either. */
function mayBeAboutTheSame(a: Occurrence, b: Occurrence): boolean {
  const x = [...a.fact.aboutIds, ...a.meetingIds];
  const y = new Set([...b.fact.aboutIds, ...b.meetingIds]);
  return x.length === 0 || y.size === 0 || x.some(id => y.has(id));
}

/** Two outlets' wordings of one claim that carry its figure (shared-figure.ts): same kind, other articles, no
 * more than a news cycle apart when both are dated. */
function isSameFigureInNewsCycle(a: Occurrence, b: Occurrence): boolean {
  if (a.analysis === b.analysis || a.fact.kind !== b.fact.kind || !sharesFigure(a, b)) return false;
  const days = measureDaysApart(a.analysis.article, b.analysis.article);
  return days === null || days <= NEWS_CYCLE_DAYS;
}

/** Days between two articles' publication, or null when either gives none. A dateline day without a year
 * ("--05-04") is read in the year that brings it nearest the other date (30 December against 1 January). */
export function measureDaysApart(x: ArticleMeta, y: ArticleMeta): number | null {
  const [dx, dy] = [x.publishedAt ?? x.datelineDay, y.publishedAt ?? y.datelineDay];
  if (!dx || !dy) return null;
  const year = Number((dx.startsWith('--') ? dy : dx).slice(0, 4)) || 2001;
  const at = (date: string, yr: number) => Date.parse(date.startsWith('--') ? `${yr}${date.slice(1)}` : date);
  const gaps = [year - 1, year, year + 1]
    .map(yr => Math.abs(at(dx, yr) - at(dy, yr)) / DAY_MS)
    .filter(Number.isFinite);
  return gaps.length > 0 ? Math.min(...gaps) : null;
}

const DAY_MS = 86_400_000;

/** One outlet quotes less of the same words: "there will be consequences" within "…, there will be
 * consequences, whoever is involved". A run of words this long is no coincidence within one speaker's quotes. */
function isTrimmedQuote(a: Occurrence, b: Occurrence): boolean {
  if (!a.fact.quoted || !b.fact.quoted) return false;
  const [short, long] = a.normalized.length <= b.normalized.length ? [a, b] : [b, a];
  return isLongEnoughToTrim(short) && long.normalized.includes(short.normalized);
}

/** "No such talks were held" is a sentence of its own, not a phrase any quotation may hold: two content words in
 * four words or more (or three content words). */
function isLongEnoughToTrim(o: Occurrence): boolean {
  if (o.words.length >= MIN_WORDS_FOR_TRIMMED) return true;
  return (
    o.words.length >= MIN_CONTENT_WORDS_FOR_TRIMMED && o.normalized.split(' ').length >= MIN_SPAN_FOR_TRIMMED
  );
}

/** Two outlets' reported-speech wordings of one claim: "it was cooperating fully with the inquiry" and "it is
 * cooperating fully with the regulator, which is investigating". Reported speech keeps the claim's predicate and
 * shifts only tense and detail, so: other articles, same kind, neither quoted, the same two opening content words,
 * half the smaller wording within the other, and no entity named by one that the other leaves out on both sides
 * ("met Lin" and "met Ortiz" open alike and are two claims). Two quotations that open alike are two renderings
 * of one remark (a translation from another language: "Everyone in this town knows the ferry keeps…" / "Everybody
 * in this town knows that without the ferry…"), whatever kind each outlet's framing gives them. */
function isSameReportedClaim(a: Occurrence, b: Occurrence): boolean {
  if (a.analysis === b.analysis || a.fact.quoted !== b.fact.quoted) return false;
  if (!a.fact.quoted && a.fact.kind !== b.fact.kind) return false;
  if (Math.min(a.words.length, b.words.length) < MIN_WORDS_FOR_REPORTED) return false;
  if (a.words[0] !== b.words[0] || a.words[1] !== b.words[1]) return false;
  if (measureContainment(a.words, b.words) < SAME_REPORTED_CLAIM) return false;
  const [x, y] = [a.fact.aboutIds, b.fact.aboutIds];
  return x.every(id => y.includes(id)) || y.every(id => x.includes(id));
}

/** Two outlets' wordings of one source's assertion that a meeting took place: other articles, asserting kinds,
 * and a Meeting node reported by both statements' words. Or one participant's denial of a meeting in two
 * outlets ("denied meeting Ortiz", "I have never met Mr Ortiz"): both deny the one denied Meeting node. */
function isSameAccountOfMeeting(a: Occurrence, b: Occurrence): boolean {
  if (a.analysis === b.analysis) return false;
  if (a.fact.kind === 'denial' && b.fact.kind === 'denial') {
    return a.deniedMeetingIds.some(m => b.deniedMeetingIds.includes(m));
  }
  if (!ASSERTING.has(a.fact.kind) || !ASSERTING.has(b.fact.kind)) return false;
  return a.meetingIds.some(m => b.meetingIds.includes(m));
}

/** `"We asked twice," Lin said. ¶ "Nobody answered," she added.` (one outlet) and `"We asked twice. Nobody
 * answered," Lin said.` (another): one article splits into two statements what another outlet quotes as one
 * quotation of the same speaker, so the pieces are one remark. The later pieces of such an article take the key of
 * its first piece (the cluster then holds them together, which two statements of one article with two keys never
 * are). Only quotations compare, speaker by speaker. */
export function keyPiecesOfOneQuotation(occurrences: readonly Occurrence[]): void {
  const quoted = occurrences.filter(o => o.fact.quoted);
  for (const quotations of groupBy(quoted, o => o.fact.speakerIds.join())) {
    for (const whole of quotations) {
      const pieces = quotations.filter(
        o => o.analysis !== whole.analysis && isPieceOf(o, whole) && o.normalized !== whole.normalized,
      );
      for (const [first, ...rest] of groupBy(pieces, o => o.analysis.article)) {
        for (const piece of rest) piece.key = first!.key;
      }
    }
  }
}

function isPieceOf(piece: Occurrence, whole: Occurrence): boolean {
  return isLongEnoughToTrim(piece) && whole.normalized.includes(piece.normalized);
}

/** Items grouped by a key, each group in the items' order, groups in the order of their first item. */
function groupBy<K>(items: readonly Occurrence[], keyOf: (o: Occurrence) => K): Occurrence[][] {
  const groups = new Map<K, Occurrence[]>();
  for (const o of items) {
    const group = groups.get(keyOf(o));
    if (group) group.push(o);
    else groups.set(keyOf(o), [o]);
  }
  return [...groups.values()];
}
