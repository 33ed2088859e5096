// Article 1: Duarte said "We never met him" (quote) and article 2 carries the same quote -> one Statement node,
// STATED by Duarte, with a REPORTED_IN to each article. Same speaker and the same words (normalised), or nearly
// the same words (content-word containment) with the same kind, make one statement. So does one source's account
// of one meeting in two outlets' words: "Hale met Ortiz in May, the ministry said" (article 1) and "The ministry
// confirmed that Hale had met Ortiz" (article 2) both report the encounter the meeting layer merged into one node,
// so they are the same assertion, and the confirmation names its kind. Two distinct statements of one article are
// never merged. Ids come from speaker and wording, order from article ids and offsets.
import type { ArticleAnalysis, EntityRecord, MeetingFact, StatementFact } from '../analysis';
import { normalizeForKey, statementId } from '@news-kg/graph-model';
import type { GraphNode, GraphRelationship, StatementKind, StatementProperties } from '@news-kg/graph-model';
import { measureContainment, toContentWords } from './content-words';
import { findContradictions } from './find-contradictions';
import type { Occurrence } from './occurrence';
import { findSameRemark, keyPiecesOfOneQuotation, NEWS_CYCLE_DAYS, STANCES } from './same-remark';
import { toSide } from './sides';
import { findFigures } from './shared-figure';
import { readQuotedWords } from './shared-quoted-words';
import { clusterBlocked } from './cluster-blocked';
import { evidenceText } from '../evidence-text';

export interface ArticleStatements {
  analysis: ArticleAnalysis;
  statements: StatementFact[];
  /** The article's meetings (StatementFact.aboutMeetings indexes them): who took part in what a statement tells. */
  meetings?: readonly MeetingFact[];
}

/** One point made twice in one article: shared content words, and their share of the shorter quotation. */
const MIN_WORDS_FOR_RESTATEMENT = 4;
const RESTATEMENT = 0.5;
/** Kinds that assert something happened (a cluster of them one outlet reports as confirmed is a confirmation). */
const ASSERTING = new Set<StatementKind>(['claim', 'confirmation']);
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
        properties: { evidence: evidenceText(o.analysis, o.fact.evidence), start, end, rule: o.fact.rule },
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
  keyPiecesOfOneQuotation(occurrences);
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
  const context = { isOnlyStance: countStances(occurrences) };
  const isApart = (c: Occurrence[], o: Occurrence) =>
    c.some(x => x.analysis === o.analysis && x.key !== o.key);
  for (const o of occurrences) {
    const homes = clusters.filter(c => c.some(x => findSameRemark(x, o, context) !== null) && !isApart(c, o));
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
  const context = { isOnlyStance: countStances(occurrences) };
  return clusterBlocked(occurrences, (x, o) => findSameRemark(x, o, context) !== null, {
    asserting: ASSERTING,
    stances: STANCES,
    newsCycleDays: NEWS_CYCLE_DAYS,
  });
}

/** `occurrence => true` when it is its speaker's only statement of its stance kind in its article. */
function countStances(occurrences: Occurrence[]): (o: Occurrence) => boolean {
  const keyOf = (o: Occurrence) =>
    `${o.articleIndex}|${[...o.fact.speakerIds].sort().join(',')}|${o.fact.kind}`;
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(keyOf(o), (counts.get(keyOf(o)) ?? 0) + 1);
  return o => counts.get(keyOf(o)) === 1;
}

/** The representative's kind, except that a cluster of assertions one outlet reports as confirmed is a
 * confirmation ("according to the ministry" in one article, "the ministry confirmed" in another), and that a claim
 * is only the kind nothing marks: when the representative is a plain claim and the outlets that frame the remark
 * with a verb of its kind give it one kind between them ("denied the reports" in one outlet, the bare quotation in
 * another), the remark has that kind. */
function toClusterKind(cluster: Occurrence[], rep: Occurrence): StatementKind {
  const kinds = new Set(cluster.map(o => o.fact.kind));
  if (kinds.has('confirmation') && [...kinds].every(k => ASSERTING.has(k))) return 'confirmation';
  const marked = [...new Set(cluster.filter(o => o.fact.kindFromVerb).map(o => o.fact.kind))].filter(
    k => k !== 'claim',
  );
  if (rep.fact.kind === 'claim' && marked.length === 1) return marked[0]!;
  return rep.fact.kind;
}

/** A quotation over a paraphrase, then the fullest wording, then the first by article id and offset. */
function pickRepresentative(cluster: Occurrence[]): Occurrence {
  return [...cluster].sort(
    (a, b) => Number(b.fact.quoted) - Number(a.fact.quoted) || b.words.length - a.words.length,
  )[0]!;
}
