// Article 1: Duarte said "We never met him" (quote) and article 2 carries the same quote -> one Statement node,
// STATED by Duarte, with a REPORTED_IN to each article. Same speaker and the same words (normalised), or nearly
// the same words (content-word containment) with the same kind, make one statement. So does one source's account
// of one meeting in two outlets' words: "Hale met Ortiz in May, the ministry said" (article 1) and "The ministry
// confirmed that Hale had met Ortiz" (article 2) both report the encounter the meeting layer merged into one node,
// so they are the same assertion, and the confirmation names its kind. Two distinct statements of one article are
// never merged. Ids come from speaker and wording, order from article ids and offsets.
import type { ArticleAnalysis, ArticleMeta, EntityRecord, MeetingFact, StatementFact } from '../analysis';
import { normalizeForKey, statementId } from '@news-kg/graph-model';
import type { GraphNode, GraphRelationship, StatementKind, StatementProperties } from '@news-kg/graph-model';
import { measureContainment, toContentWords } from './content-words';
import { findContradictions } from './find-contradictions';
import { toSide } from './sides';
import { findFigures, sharesFigure } from './shared-figure';
import { readQuotedWords, sharesQuotedWords } from './shared-quoted-words';
import type { QuotedWords } from './shared-quoted-words';
import { clusterBlocked } from './cluster-blocked';

export interface ArticleStatements {
  analysis: ArticleAnalysis;
  statements: StatementFact[];
  /** The article's meetings (StatementFact.aboutMeetings indexes them): who took part in what a statement tells. */
  meetings?: readonly MeetingFact[];
}

interface Occurrence {
  articleIndex: number;
  analysis: ArticleAnalysis;
  fact: StatementFact;
  key: string;
  /** The text normalised for comparison (case, accents, punctuation). */
  normalized: string;
  words: string[];
  /** Its figures (shared-figure.ts), read once: every pair of one speaker's occurrences compares them. */
  figures: string[];
  /** The text's words and its quoted runs, for words one outlet quotes and another carries. */
  quoting: QuotedWords;
  /** Meeting nodes whose reporting sentences carry these words (the statement is an account of them). */
  meetingIds: string[];
  /** Meeting nodes this denial says did not take place. */
  deniedMeetingIds: string[];
  /** Who met, per meeting the statement tells (sorted participant ids joined), denied and reported alike: a denial
   * and an assertion of one encounter meet here even when the meeting layer keeps them apart by status. */
  toldEncounters: string[];
  deniedEncounters: string[];
}

/** Near-identical wordings: the smaller set of content words lies this much within the other. */
const NEAR_IDENTICAL = 0.75;
const MIN_WORDS_FOR_NEAR = 4;
const MIN_WORDS_FOR_TRIMMED = 3;
const MIN_WORDS_FOR_REPORTED = 3;
/** One speaker's two quotations of one article that make one point: shared content words, and their share of the
 * shorter quotation. */
const MIN_WORDS_FOR_RESTATEMENT = 4;
const RESTATEMENT = 0.5;
/** Paraphrases opening with the same predicate: the smaller set of content words lies this much within the other. */
const SAME_REPORTED_CLAIM = 0.5;
/** Kinds that assert something happened: two of them about one meeting by one source are one account. */
const ASSERTING = new Set<StatementKind>(['claim', 'confirmation']);
/** Answers a speaker gives to an event: one per outlet and news cycle is the same answer. */
const STANCES = new Set<StatementKind>(['denial', 'refusal', 'confirmation']);
/** Articles published this many days apart or less cover the same turn of a story. */
const NEWS_CYCLE_DAYS = 3;
/** What a denial may answer: a charge or an assertion. */
const ANSWERABLE = new Set<StatementKind>(['accusation', 'claim', 'confirmation']);

export interface StatementGraphOptions {
  /** 'blocked' (the default) compares only occurrences that share a blocking key (blocking-keys.ts); 'all-pairs'
   * compares every pair, the reference the property test holds the blocked merge to. The output is the same. */
  compare?: 'blocked' | 'all-pairs';
}

/** Merges the statements of all articles into Statement nodes and their relationships. */
export function toStatementGraph(
  perArticle: ArticleStatements[],
  meetingIdOf: (articleIndex: number, meetingIndex: number) => string | null,
  { compare = 'blocked' }: StatementGraphOptions = {},
): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const occurrences = toOccurrences(perArticle, meetingIdOf);
  const clusters = compare === 'blocked' ? clusterByKeys(occurrences) : clusterOccurrences(occurrences);
  const entities = new Map(perArticle.flatMap(({ analysis }) => [...analysis.entities.entries()]));
  const nodes: GraphNode[] = [];
  const rels = new Map<string, GraphRelationship>();
  const add = (r: GraphRelationship) => {
    // a statement restated in one article is reported there twice, each with its own sentence
    const offsets = r.type === 'REPORTED_IN' ? `|${String(r.properties.start)}` : '';
    const key = `${r.type}|${r.start}|${r.end}${offsets}`;
    if (!rels.has(key)) rels.set(key, r);
  };
  const idOf = new Map<Occurrence, string>();
  const nodeIds = new Set<string>();
  const accounts = clusters.map(cluster => {
    const rep = pickRepresentative(cluster);
    const speakers = [...new Set(cluster.flatMap(o => o.fact.speakerIds))].sort();
    const id = statementId(speakers, rep.fact.text);
    cluster.forEach(o => idOf.set(o, id));
    const kind = toClusterKind(cluster, rep);
    const properties: StatementProperties = {
      text: rep.fact.text,
      kind,
      quoted: rep.fact.quoted,
      date: rep.fact.date ?? cluster.find(o => o.fact.date)?.fact.date ?? null,
    };
    // Two clusters can only share an id when one article repeats a wording the other merged: keep one node.
    if (!nodeIds.has(id)) nodes.push({ id, labels: ['Statement'], properties });
    nodeIds.add(id);
    speakers.forEach(s => add({ type: 'STATED', start: s, end: id, properties: {} }));
    const about = [...new Set(cluster.flatMap(o => o.fact.aboutIds))]
      .filter(a => !speakers.includes(a))
      .sort();
    about.forEach(a => add({ type: 'ABOUT', start: id, end: a, properties: {} }));
    for (const o of cluster) {
      for (const m of o.fact.aboutMeetings) {
        const meeting = meetingIdOf(o.articleIndex, m);
        if (meeting) add({ type: 'ABOUT', start: id, end: meeting, properties: {} });
      }
      const { start, end } = o.fact.evidence;
      add({
        type: 'REPORTED_IN',
        start: id,
        end: o.analysis.article.id,
        // the construction row that read this report of it (never part of an id)
        properties: { evidence: o.analysis.text.slice(start, end), start, end, rule: o.fact.rule },
      });
    }
    return {
      id,
      kind,
      speakerIds: speakers,
      aboutIds: about,
      text: rep.fact.text,
      sideIds: toSide(speakers, entities),
      encounters: [
        ...new Set(cluster.flatMap(o => (kind === 'denial' ? o.deniedEncounters : o.toldEncounters))),
      ],
    };
  });
  for (const [denial, asserted] of findContradictions(accounts, compare))
    add({ type: 'CONTRADICTS', start: denial, end: asserted, properties: {} });
  for (const [denial, asserted] of findAnsweredCharges(clusters.flat(), idOf, entities))
    add({ type: 'CONTRADICTS', start: denial, end: asserted, properties: {} });
  return {
    nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)),
    relationships: [...rels.values()].sort((a, b) =>
      `${a.type}|${a.start}|${a.end}`.localeCompare(`${b.type}|${b.start}|${b.end}`),
    ),
  };
}

function toOccurrences(
  perArticle: ArticleStatements[],
  meetingIdOf: (articleIndex: number, meetingIndex: number) => string | null,
): Occurrence[] {
  const occurrences = listOccurrences(perArticle, meetingIdOf);
  keyRestatements(occurrences);
  return occurrences;
}

/** `"Ferry crews only want a fair wage for a hard job on the winter crossings" … (two paragraphs on) "A fair wage
 * for the crews on the winter crossings is all we ask"`: a speaker quoted twice in one article making one point
 * (same kind, at least 4 content words in common, half the shorter quote) restates it. The later quotation takes
 * the earlier one's key, so both are one statement with a REPORTED_IN for each sentence. */
function keyRestatements(occurrences: Occurrence[]): void {
  // occurrences come sorted by article, so the earlier quotations of an article are the ones since its first
  const quotedSoFar: Occurrence[] = [];
  for (const later of occurrences) {
    if (quotedSoFar[0] && quotedSoFar[0].analysis !== later.analysis) quotedSoFar.length = 0;
    if (!later.fact.quoted) continue;
    const earlier = quotedSoFar.find(
      o =>
        o.fact.kind === later.fact.kind &&
        o.fact.speakerIds.join() === later.fact.speakerIds.join() &&
        isRestatement(o.words, later.words),
    );
    if (earlier) later.key = earlier.key;
    quotedSoFar.push(later);
  }
}

function isRestatement(a: readonly string[], b: readonly string[]): boolean {
  const shared = new Set(a.filter(w => b.includes(w))).size;
  return shared >= MIN_WORDS_FOR_RESTATEMENT && measureContainment(a, b) >= RESTATEMENT;
}

function listOccurrences(
  perArticle: ArticleStatements[],
  meetingIdOf: (articleIndex: number, meetingIndex: number) => string | null,
): Occurrence[] {
  return perArticle
    .flatMap(({ analysis, statements, meetings }, articleIndex) =>
      statements.map(fact => ({
        articleIndex,
        analysis,
        fact,
        key: `${fact.speakerIds.join(',')}|${normalizeForKey(fact.text)}`,
        normalized: normalizeForKey(fact.text),
        quoting: readQuotedWords(fact.text),
        words: toContentWords(fact.text),
        figures: findFigures(fact.text),
        meetingIds: fact.aboutMeetings.flatMap(m => meetingIdOf(articleIndex, m) ?? []),
        deniedMeetingIds: fact.deniesMeetings.flatMap(m => meetingIdOf(articleIndex, m) ?? []),
        toldEncounters: fact.aboutMeetings.flatMap(m => toEncounter(meetings?.[m])),
        deniedEncounters: fact.deniesMeetings.flatMap(m => toEncounter(meetings?.[m])),
      })),
    )
    .sort(
      (a, b) =>
        a.analysis.article.id.localeCompare(b.analysis.article.id) ||
        a.fact.evidence.start - b.fact.evidence.start,
    );
}

/** "Holub accused Novak of hiding a shortfall. Novak rejected the accusation.": the denial answers the nearest
 * earlier charge of the same article that is about its speaker (or the organization they speak for) and comes
 * from another side. Pairs [denial id, charge id]. */
function findAnsweredCharges(
  occurrences: Occurrence[],
  idOf: Map<Occurrence, string>,
  entities: Map<string, EntityRecord>,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // the charge is of the denial's own article: only that article's occurrences are compared (same order)
  const byArticle = new Map<ArticleAnalysis, Occurrence[]>();
  for (const o of occurrences) {
    const list = byArticle.get(o.analysis);
    if (list) list.push(o);
    else byArticle.set(o.analysis, [o]);
  }
  for (const denial of occurrences.filter(o => o.fact.answersPrevious)) {
    const side = toSide(denial.fact.speakerIds, entities);
    const charge = (byArticle.get(denial.analysis) ?? [])
      .filter(
        o =>
          o.analysis === denial.analysis &&
          o.fact.evidence.start < denial.fact.evidence.start &&
          ANSWERABLE.has(o.fact.kind) &&
          !toSide(o.fact.speakerIds, entities).some(s => side.includes(s)) &&
          o.fact.aboutIds.some(a => side.includes(a)),
      )
      .sort((a, b) => b.fact.evidence.start - a.fact.evidence.start)[0];
    const [from, to] = [idOf.get(denial), charge && idOf.get(charge)];
    if (from && to && from !== to) out.push([from, to]);
  }
  return out;
}

/** "person:a|person:b" for a reported meeting; nothing for a planned one or none. */
function toEncounter(meeting: MeetingFact | undefined): string[] {
  if (!meeting || meeting.status === 'planned') return [];
  return [[...meeting.participantIds].sort().join('|')];
}

/** Occurrences of one statement together, comparing every pair (the reference clusterBlocked is held to). An occurrence that is the same as members of several clusters joins
 * them all into one (being the same statement is transitive), unless that would put two statements of one article
 * together. */
function clusterOccurrences(occurrences: Occurrence[]): Occurrence[][] {
  let clusters: Occurrence[][] = [];
  const isOnlyStance = countStances(occurrences);
  const isApart = (c: Occurrence[], o: Occurrence) =>
    c.some(x => x.analysis === o.analysis && x.key !== o.key);
  for (const o of occurrences) {
    const homes = clusters.filter(
      c =>
        c.some(x => isSameStatement(x, o) || isSameStanceInNewsCycle(x, o, isOnlyStance)) && !isApart(c, o),
    );
    const [home, ...others] = homes;
    if (!home) {
      clusters.push([o]);
      continue;
    }
    home.push(o);
    for (const other of others) {
      if (other.some(x => isApart(home, x))) continue;
      home.push(...other);
      clusters = clusters.filter(c => c !== other);
    }
  }
  return clusters;
}

/** clusterOccurrences through blocking keys (cluster-blocked.ts): the same clusters, in the same order. */
function clusterByKeys(occurrences: Occurrence[]): Occurrence[][] {
  const isOnlyStance = countStances(occurrences);
  return clusterBlocked(
    occurrences,
    (x, o) => isSameStatement(x, o) || isSameStanceInNewsCycle(x, o, isOnlyStance),
    { asserting: ASSERTING, stances: STANCES, newsCycleDays: NEWS_CYCLE_DAYS },
  );
}

function isSameStatement(a: Occurrence, b: Occurrence): boolean {
  if (!a.fact.speakerIds.some(s => b.fact.speakerIds.includes(s))) return false;
  if (a.normalized === b.normalized) return true;
  if (a.analysis === b.analysis) return a.key === b.key;
  if (isSameAccountOfMeeting(a, b)) return true;
  if (isSameReportedClaim(a, b)) return true;
  if (isTrimmedQuote(a, b)) return true;
  if (
    a.analysis !== b.analysis &&
    (sharesQuotedWords(a.quoting, b.quoting, b.fact.quoted) ||
      sharesQuotedWords(b.quoting, a.quoting, a.fact.quoted))
  )
    return true;
  if (isSameFigureInNewsCycle(a, b)) return true;
  if (Math.min(a.words.length, b.words.length) < MIN_WORDS_FOR_NEAR) return false;
  // A quotation is the speaker's own words whatever verb frames it; a paraphrase's kind is part of what it says
  // ("denied that the plant leaked" and "said that the plant leaked" share their words, not their meaning).
  if (a.fact.kind !== b.fact.kind && !(a.fact.quoted && b.fact.quoted)) return false;
  return measureContainment(a.words, b.words) >= NEAR_IDENTICAL;
}

/** `occurrence => true` when it is its speaker's only statement of its stance kind in its article. */
function countStances(occurrences: Occurrence[]): (o: Occurrence) => boolean {
  const keyOf = (o: Occurrence) =>
    `${o.articleIndex}|${[...o.fact.speakerIds].sort().join(',')}|${o.fact.kind}`;
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(keyOf(o), (counts.get(keyOf(o)) ?? 0) + 1);
  return o => counts.get(keyOf(o)) === 1;
}

/** "Nothing was hidden from the agency" (one outlet), "denied that the firm had withheld data" (another),
 * "rejected claims that the firm had concealed the deaths" (a third): outlets covering one news event each word
 * the speaker's response their own way. A denial, a refusal or a confirmation is an answer to the event, so when
 * each of two articles published within a few days of each other gives one speaker exactly one answer of that
 * kind, it is the same answer. A speaker with two denials in one article, an article of another week, or an
 * article with no date, stays apart: nothing then tells which answer is which. */
function isSameStanceInNewsCycle(
  a: Occurrence,
  b: Occurrence,
  isOnlyStance: (o: Occurrence) => boolean,
): boolean {
  if (a.analysis === b.analysis || a.fact.kind !== b.fact.kind || !STANCES.has(a.fact.kind)) return false;
  if (a.fact.speakerIds.join() !== b.fact.speakerIds.join()) return false;
  if (!isOnlyStance(a) || !isOnlyStance(b)) return false;
  const days = measureDaysApart(a.analysis.article, b.analysis.article);
  return days !== null && days <= NEWS_CYCLE_DAYS;
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
function measureDaysApart(x: ArticleMeta, y: ArticleMeta): number | null {
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
  if (!a.fact.quoted || !b.fact.quoted || Math.min(a.words.length, b.words.length) < MIN_WORDS_FOR_TRIMMED)
    return false;
  const [x, y] = [a.normalized, b.normalized];
  return x.length <= y.length ? y.includes(x) : x.includes(y);
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

/** The representative's kind, except that a cluster of assertions one outlet reports as confirmed is a
 * confirmation ("according to the ministry" in one article, "the ministry confirmed" in another). */
function toClusterKind(cluster: Occurrence[], rep: Occurrence): StatementKind {
  const kinds = new Set(cluster.map(o => o.fact.kind));
  if (kinds.has('confirmation') && [...kinds].every(k => ASSERTING.has(k))) return 'confirmation';
  return rep.fact.kind;
}

/** A quotation over a paraphrase, then the fullest wording, then the first by article id and offset. */
function pickRepresentative(cluster: Occurrence[]): Occurrence {
  return [...cluster].sort(
    (a, b) => Number(b.fact.quoted) - Number(a.fact.quoted) || b.words.length - a.words.length,
  )[0]!;
}
