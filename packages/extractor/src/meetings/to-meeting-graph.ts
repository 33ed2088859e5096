// Article A: "Duarte met Okafor in July and in September" (2018-07, 2018-09); article B: "their two meetings"
// (no date, plural) -> two Meeting nodes, B's REPORTED_IN on both. One node per real encounter:
// facts with the same participants and status merge when their dates agree; the most precise dates make
// the nodes, a vaguer fact joins the single node it can only be (or, if plural, every node it fits).
import { areDatesCompatible } from '../dates';
import { evidenceText } from '../evidence-text';
import { meetingId } from '@news-kg/graph-model';
import type { GraphNode, GraphRelationship, MeetingProperties } from '@news-kg/graph-model';
import type { CountedMeetingFact, PlacedFact } from './meeting-fact';
import { dateFromDateline } from './date-from-dateline';
import { joinFullerReports } from './join-fuller-report';
import { settleStatus } from './settle-status';
import { keepConfirmedCaptions } from './caption-encounters';
import { summarizeMeeting } from './summarize';

export interface MergedMeetings {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Meeting node ids each fact ended in, keyed "articleIndex:meetingIndex". */
  nodesOfFact: Map<string, string[]>;
}

/** Merges the facts of all articles into Meeting nodes with PARTICIPATED_IN and REPORTED_IN edges. */
export function mergeMeetings(facts: PlacedFact[]): MergedMeetings {
  const groups = new Map<string, PlacedFact[]>();
  for (const placed of joinFullerReports(dateFromDateline(settleStatus(keepConfirmedCaptions(facts))))) {
    const key = `${placed.fact.participantIds.join(',')}|${placed.fact.status}`;
    const group = groups.get(key);
    if (group) group.push(placed);
    else groups.set(key, [placed]);
  }
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const nodesOfFact = new Map<string, string[]>();
  for (const group of groups.values()) {
    const dates = nodeDates(group);
    const refiners = indexRefiners(dates);
    const attached = new Map<string | null, PlacedFact[]>(dates.map(d => [d, []]));
    for (const placed of group) {
      const targets = chooseNodes(placed.fact, dates, placed.analysis.article.publishedAt, refiners);
      nodesOfFact.set(
        `${placed.articleIndex}:${placed.meetingIndex}`,
        targets.map(d => idOf(placed.fact, d)),
      );
      for (const d of targets) attached.get(d)!.push(placed);
    }
    for (const [key, members] of attached) {
      if (members.length === 0) continue;
      const node = toNode(members, key);
      nodes.push(node);
      const only = (p: PlacedFact) =>
        (nodesOfFact.get(`${p.articleIndex}:${p.meetingIndex}`) ?? []).length === 1;
      relationships.push(...toRelationships(node.id, members, only));
    }
  }
  return { nodes, relationships, nodesOfFact };
}

// The keys of the nodes: the dates of facts that may create a node, minus any a more precise one refines. A
// fact with a month but no year ("in July", undated article) keys as "--07" until a dated fact refines it. A
// dateless report keeps its own node when every dated one is after its article's publication.
function nodeDates(group: PlacedFact[]): Array<string | null> {
  const creators = group.filter(p => !p.fact.attachOnly);
  const keys = [...new Set(creators.map(p => keyOf(p.fact)))];
  const refiners = indexRefiners(keys);
  const kept = new Set<string | null>();
  for (const p of creators) {
    const own = keyOf(p.fact);
    const published = p.analysis.article.publishedAt;
    if (!refiners(own).some(k => k !== own && refines(k, own) && !isAfter(k, published, p.fact.status)))
      kept.add(own);
  }
  return [...kept].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
}

function keyOf(fact: CountedMeetingFact): string | null {
  return fact.date ?? (fact.month ? `--${fact.month}` : null);
}

function refines(precise: string | null, vague: string | null): boolean {
  if (precise === null) return false;
  if (vague === null) return true;
  if (precise.startsWith('--')) return false;
  if (vague.startsWith('--')) return precise.length >= 7 && precise.slice(5, 7) === vague.slice(2);
  return precise.length > vague.length && areDatesCompatible(precise, vague);
}

// Exactly its own date, else the one node it fits; a plural or uncounted mention fits all it agrees with
function chooseNodes(
  fact: CountedMeetingFact,
  keys: Array<string | null>,
  publishedAt: string | null,
  refiners: (own: string | null) => Array<string | null>,
): Array<string | null> {
  const own = keyOf(fact);
  if (own !== null && !own.startsWith('--') && keys.includes(own)) return [own];
  // an article cannot report as past a meeting dated after its own publication
  const fitting = refiners(own).filter(
    k => k !== own && refines(k, own) && !isAfter(k, publishedAt, fact.status),
  );
  if (fitting.length === 0) return keys.includes(own) ? [own] : [];
  if (fitting.length === 1) return fitting;
  const singular = !fact.plural && fact.count === 1;
  if (singular) return [];
  if (typeof fact.count === 'number' && fact.count < fitting.length) return [];
  return fitting;
}

/** Blocking by date window within one group of participants: the keys that may refine a vaguer date, looked up
 * instead of scanned, in the order of `keys`. refines(k, own) holds only for a dated k that starts with own (a year
 * or a year-month) or, for a year-less month, has that month; a null date is refined by every dated key; a date of
 * another precision gets every key. The caller still applies refines(), so the result is that of scanning. */
function indexRefiners(keys: ReadonlyArray<string | null>): (own: string | null) => Array<string | null> {
  const byWindow = new Map<string, string[]>();
  const add = (window: string, key: string) => {
    const list = byWindow.get(window);
    if (list) list.push(key);
    else byWindow.set(window, [key]);
  };
  for (const k of keys) {
    if (k === null || k.startsWith('--')) continue;
    for (const n of [4, 7]) if (k.length > n) add(`prefix ${k.slice(0, n)}`, k);
    if (k.length >= 7) add(`month ${k.slice(5, 7)}`, k);
  }
  const dated = keys.filter(k => k !== null);
  return own => {
    if (own === null) return dated;
    if (own.startsWith('--')) return byWindow.get(`month ${own.slice(2)}`) ?? [];
    if (own.length === 4 || own.length === 7) return byWindow.get(`prefix ${own}`) ?? [];
    return [...keys];
  };
}

function isAfter(key: string | null, publishedAt: string | null, status: string): boolean {
  if (!key || key.startsWith('--') || !publishedAt || status !== 'reported') return false;
  return key > publishedAt.slice(0, key.length);
}

/** A town's name as a place is told: capitalised words only ("Quellbridge", "Port Ellis"). */
const TOWN = /^\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*)*$/u;

// "the Station Hotel" told in one report and "Quellbridge" in another: the venue in that town, when the reports of
// this one meeting give one venue (not yet placed in a town) and one town
function venueInTown(told: string | null, reports: PlacedFact[]): string | null {
  if (!told) return null;
  const places = [...new Set(reports.map(p => p.fact.place).filter((p): p is string => !!p))];
  const towns = places.filter(p => TOWN.test(p));
  const venues = places.filter(p => !TOWN.test(p) && !/ in /.test(p) && !towns.some(t => p.includes(t)));
  if (towns.length !== 1 || venues.length !== 1) return null;
  if (places.some(p => / in /.test(p))) return null;
  return `${venues[0]} in ${towns[0]}`;
}

function idOf(fact: CountedMeetingFact, key: string | null): string {
  return meetingId(fact.participantIds, key, fact.status);
}

function toNode(members: PlacedFact[], key: string | null): GraphNode<MeetingProperties> {
  const sorted = [...members].sort(byReadingOrder);
  const exact = sorted.filter(p => keyOf(p.fact) === key && !p.fact.attachOnly);
  const lead = exact[0] ?? sorted[0]!;
  const date = key?.startsWith('--') ? null : key;
  // a place told with this very meeting, else one from a mention that could only mean it (not "the meetings")
  const single = sorted.filter(p => !p.fact.plural && (p.fact.count ?? 1) <= 1);
  const told = (exact.find(p => p.fact.place) ?? single.find(p => p.fact.place))?.fact.place ?? null;
  // "Kestrel Hall in Brindlow" told elsewhere says more than "Brindlow": the fuller place that names this one
  const fuller = told
    ? single
        .map(p => p.fact.place)
        .find(p => p && p !== told && new RegExp(`\\b${escapeRegExp(told)}$`).test(p))
    : null;
  const place = fuller ?? venueInTown(told, single) ?? told;
  const { fact, analysis } = lead;
  const names = fact.participantIds.map(id => analysis.entities.get(id)?.name ?? id);
  // no report dates it: a reported encounter told with no time at all happened by the earliest report, so in the
  // month of the earliest publication that tells it so (news recency); dateBasis says the date is inferred
  const recency = date
    ? null
    : (sorted
        .filter(p => !p.fact.attachOnly && p.fact.recencyMonth)
        .map(p => p.fact.recencyMonth!)
        .sort()[0] ?? null);
  const shown = date ?? recency;
  return {
    id: idOf(fact, key),
    labels: ['Meeting'],
    properties: {
      date: shown,
      dateText: exact[0]?.fact.dateText ?? null,
      dateBasis: date ? (exact[0]?.fact.dateBasis ?? 'text') : recency ? 'publication' : null,
      place,
      summary: summarizeMeeting(names, shown, place, fact.status),
      status: fact.status,
    },
  };
}

// One REPORTED_IN per reporting article, citing its most telling sentence: one that tells this meeting alone
// ("met in September") before one about several ("the meetings"), then the earliest
function toRelationships(
  meeting: string,
  members: PlacedFact[],
  meansOnlyThis: (p: PlacedFact) => boolean,
): GraphRelationship[] {
  const out: GraphRelationship[] = [];
  const participants = new Set(members.flatMap(p => p.fact.participantIds));
  for (const id of [...participants].sort())
    out.push({ type: 'PARTICIPATED_IN', start: id, end: meeting, properties: {} });
  const byArticle = new Map<string, PlacedFact[]>();
  for (const p of members) {
    const list = byArticle.get(p.analysis.article.id);
    if (list) list.push(p);
    else byArticle.set(p.analysis.article.id, [p]);
  }
  for (const [articleId, list] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
    const rank = (p: PlacedFact) => (p.fact.attachOnly ? 2 : 0) + (meansOnlyThis(p) ? 0 : 1);
    const best = [...list].sort(
      (a, b) => rank(a) - rank(b) || a.fact.evidence.start - b.fact.evidence.start,
    )[0]!;
    const { start, end } = best.fact.evidence;
    out.push({
      type: 'REPORTED_IN',
      start: meeting,
      end: articleId,
      properties: {
        evidence: evidenceText(best.analysis, best.fact.evidence),
        start,
        end,
        rule: best.fact.rule,
      },
    });
  }
  return out;
}

function byReadingOrder(a: PlacedFact, b: PlacedFact): number {
  return (
    a.articleIndex - b.articleIndex ||
    a.fact.evidence.start - b.fact.evidence.start ||
    a.meetingIndex - b.meetingIndex
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
