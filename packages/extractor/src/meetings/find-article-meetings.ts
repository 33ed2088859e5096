// "Duarte met Okafor in May and again in October. Neither meeting was made public."
//   -> 2018-05 and 2018-10 (reported), then "Neither meeting" points back at both (attachOnly).
// Reads every body sentence for meeting triggers and turns each trigger into one fact per occasion.
import type { ArticleAnalysis } from '../analysis';
import type { CountedMeetingFact as MeetingFact } from './meeting-fact';
import type { Parties } from './find-parties';
import { findParties } from './find-parties';
import { isRemote } from './is-remote';
import { findOccasions } from './find-occasions';
import { findPhaseVerb } from './find-phase-verb';
import type { Occasion } from './find-occasions';
import { nounPhraseStart } from './find-parties';
import { chooseConstruction, constructionStatus } from './constructions';
import { findStatus } from './find-status';
import { placeFromContext } from './place-from-context';
import { readCaptionEncounters } from './caption-encounters';
import { mayReportMeeting } from './trigger-words';
import type { Trigger } from './trigger';
import { findTriggers } from './find-triggers';
import type { SentenceReading } from './read-sentence';
import { readSentence } from './read-sentence';
import { summarizeMeeting } from './summarize';
import { readWhoSatIn } from './who-sat-in';
import { withoutBodiesOfTheirPeople } from './bodies-of-parties';
import { MONTHS } from '../lexicon/months';

/** Meetings reported in the body of one article, with participants as resolved entity ids. */
export function findArticleMeetings(analysis: ArticleAnalysis): MeetingFact[] {
  const facts: MeetingFact[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.zone !== 'body' || !mayReportMeeting(sentence.text)) continue;
    // "X is to meet Y on Friday. The two met last month": the pair told last, whatever its status
    const recent = facts.filter(f => !f.attachOnly).pop();
    const reading = readSentence(analysis, sentence, recent?.participantIds ?? []);
    const found: MeetingFact[] = [];
    for (const trigger of findTriggers(reading)) {
      found.push(...readTrigger(reading, trigger, [...facts, ...found]));
    }
    const kept = dedupe(found);
    // "…, with the chief mediator, X, in the chair. The company was represented by Y, and the union by Z"
    readWhoSatIn(analysis, sentence.index, kept);
    facts.push(...kept);
  }
  facts.push(...readAsides(analysis, facts));
  facts.push(...readCaptionEncounters(analysis));
  placeFromContext(analysis, facts);
  return facts;
}

// "The talks took place in Tamil-held areas" under a photo: a caption, or a line the page sets apart from the story
// within it, tells no meeting of its own, but when it refers back to the one encounter the story tells ("the
// talks") it gives that encounter the date and place the prose left out (read after the story, which it may precede)
function readAsides(analysis: ArticleAnalysis, facts: MeetingFact[]): MeetingFact[] {
  const told = facts.filter(f => f.status === 'reported' && !f.attachOnly);
  if (new Set(told.map(f => f.participantIds.join(','))).size !== 1) return [];
  const title = analysis.sentences.find(s => s.zone === 'title');
  const lastBody = analysis.sentences.filter(s => s.zone === 'body').pop();
  const out: MeetingFact[] = [];
  for (const sentence of analysis.sentences) {
    const within = (!title || sentence.start > title.start) && lastBody && sentence.start < lastBody.start;
    const aside = sentence.zone === 'caption' || (sentence.zone === 'boilerplate' && within);
    if (!aside || !mayReportMeeting(sentence.text)) continue;
    const reading = readSentence(analysis, sentence, told[0]!.participantIds);
    for (const trigger of findTriggers(reading)) {
      const found = readTrigger(reading, trigger, facts);
      out.push(...found.filter(f => f.attachOnly && constructionStatus(f.rule) === 'earlier'));
    }
  }
  return out;
}

function readTrigger(reading: SentenceReading, trigger: Trigger, earlier: MeetingFact[]): MeetingFact[] {
  const parties = findParties(reading, trigger);
  if (!parties) return [];
  // the table decides whether what the readers found is a construction that reports an encounter
  const construction = chooseConstruction(reading, trigger, parties.skeleton);
  if (!construction) return [];
  // a call is no meeting in person: "spoke with Okafor by telephone", "a virtual meeting with Okafor"
  if (isRemote(reading, trigger, parties)) return [];
  const rule = construction.id;
  const status = findStatus(reading, trigger, parties);
  if (!status) return [];
  if (parties.anaphoric && parties.attendees && status === 'reported') {
    const { occasions } = findOccasions(reading, trigger, parties, status, null);
    const told = occasions.length === 1 && isToldAsDone(reading, trigger, parties) ? occasions[0]! : null;
    return joinTold(reading, parties, earlier, rule, told);
  }
  if (parties.anaphoric)
    return status === 'planned' ? [] : resolveAnaphor(reading, trigger, parties, earlier, status, rule);
  if (parties.attendees) {
    const joined = joinTold(reading, parties, earlier, rule);
    if (joined.length > 0) return joined;
  }
  const names = parties.entityIds.map(id => reading.analysis.entities.get(id)?.name ?? id);
  const { occasions, count, plural } = findOccasions(reading, trigger, parties, status, names[0] ?? null);
  // ("joined Okafor at the studios on Tuesday", not "… in 2015"): a row that tells an encounter only of a named day
  if (construction.needsDay && occasions.some(o => o.date === null || o.date.length < 10)) return [];
  const attachOnly = construction.status === 'attach';
  // "met separately with Duarte and Okafor": the same date and place, one encounter per participant set
  const sets = parties.separate ?? [parties.entityIds];
  const triggerStart = reading.tokens[trigger.index]!.start;
  return sets.flatMap(ids =>
    toFacts(reading, ids, occasions, { count, plural, attachOnly, status, rule, triggerStart }),
  );
}

interface FactTraits {
  count: number | null;
  plural: boolean;
  attachOnly: boolean;
  status: MeetingFact['status'];
  rule: string;
  triggerStart: number;
}

function toFacts(
  reading: SentenceReading,
  participantIds: string[],
  occasions: Occasion[],
  { count, plural, attachOnly, status, rule, triggerStart }: FactTraits,
): MeetingFact[] {
  participantIds = withoutBodiesOfTheirPeople(reading.analysis, participantIds);
  const names = namesOf(reading, participantIds);
  return occasions.map(o => ({
    participantIds: [...participantIds].sort(),
    date: o.date,
    dateText: o.dateText,
    place: o.place,
    summary: summarizeMeeting(names, o.date, o.place, status),
    status,
    rule,
    evidence: { start: reading.sentence.start, end: reading.sentence.end },
    count: occasions.length > 1 ? 1 : count,
    plural: occasions.length > 1 ? false : plural,
    attachOnly,
    month: o.month,
    dateBasis: o.dateBasis,
    recencyMonth: attachOnly ? null : o.recencyMonth,
    triggerStart,
  }));
}

// "Duarte met Okafor in Accra. Lee attended the meeting between them." -> the meeting told before gains Lee:
// the earlier fact is widened in place and this sentence adds its provenance
function joinTold(
  reading: SentenceReading,
  parties: Parties,
  earlier: MeetingFact[],
  rule: string,
  occasion: Occasion | null = null,
): MeetingFact[] {
  const attendees = parties.attendees ?? [];
  const hosts = parties.entityIds
    .filter(id => !attendees.includes(id))
    .sort()
    .join(',');
  const told = earlier.filter(f => f.status === 'reported' && !f.attachOnly);
  const same = told.filter(f => f.participantIds.filter(id => !attendees.includes(id)).join(',') === hosts);
  const latest = told[told.length - 1];
  const chosen = parties.entityIds.length > 0 ? same : latest ? [latest] : [];
  for (const fact of chosen) {
    fact.participantIds = [...new Set([...fact.participantIds, ...attendees])].sort();
    const names = namesOf(reading, fact.participantIds);
    fact.summary = summarizeMeeting(names, fact.date, fact.place, fact.status);
  }
  // "Lee also attended the meeting, held at the embassy on Thursday": the report's date and place, where missing
  if (occasion && chosen.length === 1) fillOccasion(reading, chosen[0]!, occasion);
  return chosen.map(f => ({
    ...f,
    rule,
    evidence: { start: reading.sentence.start, end: reading.sentence.end },
    count: 1,
    plural: false,
    attachOnly: true,
  }));
}

// "the two meetings", "either meeting": the meetings this article told most recently
function resolveAnaphor(
  reading: SentenceReading,
  trigger: Trigger,
  parties: Parties,
  earlier: MeetingFact[],
  status: MeetingFact['status'],
  rule: string,
): MeetingFact[] {
  const told = earlier.filter(f => f.status === 'reported' && !f.attachOnly);
  const latest = told[told.length - 1];
  if (!latest) return [];
  const key = latest.participantIds.join(',');
  // "the meetings" after "met in July and in September" (no publication date): both, told apart by month
  const same = told.filter(f => f.participantIds.join(',') === key);
  const dated = same.filter(f => f.date !== null);
  const candidates = dedupeByDate(dated.length > 0 ? dated : same);
  const { occasions, count, plural } = findOccasions(reading, trigger, parties, 'reported', null);
  const many = plural || (count !== null && count > 1);
  const slot =
    status === 'reported' ? fillCountedSlot(reading, trigger, occasions[0] ?? null, same, rule) : null;
  if (slot) return [slot];
  // "the July meeting", "the second meeting", "the meeting in September": one of them
  const picked = pickOne(reading, trigger, occasions[0] ?? null, candidates);
  const chosen = picked ? [picked] : many ? candidates : candidates.length === 1 ? candidates : [];
  // "Duarte met Okafor. The meeting took place at her house last Thursday": the one meeting referred to takes the
  // date and place this report gives and the first report left out
  if (
    status === 'reported' &&
    chosen.length === 1 &&
    occasions.length === 1 &&
    isToldAsDone(reading, trigger, parties)
  )
    fillOccasion(reading, chosen[0]!, occasions[0]!);
  // "The meeting never took place," the ministry said: the same encounter, now denied by a party
  const denied = status === 'denied';
  return chosen.map(f => ({
    ...f,
    status,
    summary: denied ? summarizeMeeting(namesOf(reading, f.participantIds), f.date, null, status) : f.summary,
    place: null,
    rule,
    evidence: { start: reading.sentence.start, end: reading.sentence.end },
    count: 1,
    plural: false,
    attachOnly: !denied,
  }));
}

// "the meeting will take place on Thursday" plans one; only a report of the meeting as done dates the one told
function isToldAsDone(reading: SentenceReading, trigger: Trigger, parties: Parties): boolean {
  const phase = findPhaseVerb(reading, trigger, parties);
  return (
    !phase ||
    (phase.tense !== 'FutureTense' && !/\b(will|would|could|might|may|shall|should)\b/.test(phase.auxiliary))
  );
}

function fillOccasion(reading: SentenceReading, fact: MeetingFact, occasion: Occasion): void {
  const date = fact.date === null && fact.month == null && occasion.date !== null;
  const place = fact.place === null && occasion.place !== null;
  if (!date && !place) return;
  if (date) {
    fact.date = occasion.date;
    fact.dateText = occasion.dateText;
    fact.month = occasion.month;
    fact.dateBasis = occasion.dateBasis;
  }
  if (place) fact.place = occasion.place;
  fact.summary = summarizeMeeting(namesOf(reading, fact.participantIds), fact.date, fact.place, fact.status);
}

const ORDINALS: Record<string, number> = {
  first: 0,
  initial: 0,
  earlier: 0,
  earliest: 0,
  second: 1,
  third: 2,
  last: -1,
  latest: -1,
  later: -1,
  final: -1,
  recent: -1,
};

function pickOne(
  reading: SentenceReading,
  trigger: Trigger,
  occasion: Occasion | null,
  candidates: MeetingFact[],
): MeetingFact | null {
  if (candidates.length < 2) return null;
  const sorted = [...candidates].sort((a, b) =>
    (a.date ?? `--${a.month ?? ''}`).localeCompare(b.date ?? `--${b.month ?? ''}`),
  );
  for (let i = nounPhraseStart(reading, trigger.index); i < trigger.index; i += 1) {
    const word = reading.tokens[i]!.normal;
    const month = MONTHS.indexOf(word);
    if (month >= 0) return sorted.find(f => monthOf(f) === String(month + 1).padStart(2, '0')) ?? null;
    if (word in ORDINALS) return sorted.at(ORDINALS[word]!) ?? null;
  }
  const month = occasion?.month ?? null;
  return month ? (sorted.find(f => monthOf(f) === month) ?? null) : null;
}

// "X met Y twice … The first meeting took place in Lisbon on 18 July": "twice" told two meetings without dates;
// "the first / second meeting" with a date of its own is one of them, now dated and placed: a fact of its own
// (a dated one already told, "met again in September", keeps its slot, so the count bounds the new ones)
function fillCountedSlot(
  reading: SentenceReading,
  trigger: Trigger,
  occasion: Occasion | null,
  same: MeetingFact[],
  rule: string,
): MeetingFact | null {
  if (!occasion?.date) return null;
  const slots = Math.max(0, ...same.map(f => f.count ?? 0));
  const ordinal = slotOrdinal(reading, trigger);
  if (ordinal === null || slots < 2 || ordinal >= slots) return null;
  // single encounters already dated; the counted "twice last year" itself is no slot
  const dated = new Set(
    same.filter(f => f.date !== null && !f.plural && (f.count ?? 1) <= 1).map(f => f.date),
  );
  if (
    dated.size >= slots ||
    [...dated].some(d => d!.startsWith(occasion.date!) || occasion.date!.startsWith(d!))
  )
    return null;
  const told = same[same.length - 1]!;
  const names = namesOf(reading, told.participantIds);
  return {
    participantIds: told.participantIds,
    date: occasion.date,
    dateText: occasion.dateText,
    place: occasion.place,
    summary: summarizeMeeting(names, occasion.date, occasion.place, 'reported'),
    status: 'reported',
    rule,
    evidence: { start: reading.sentence.start, end: reading.sentence.end },
    count: 1,
    plural: false,
    attachOnly: false,
    month: occasion.month,
    dateBasis: occasion.dateBasis,
  };
}

const SLOT_ORDINALS: Record<string, number> = { first: 0, initial: 0, second: 1, third: 2, fourth: 3 };

function slotOrdinal(reading: SentenceReading, trigger: Trigger): number | null {
  for (let i = nounPhraseStart(reading, trigger.index); i < trigger.index; i += 1) {
    const word = reading.tokens[i]!.normal;
    if (word in SLOT_ORDINALS) return SLOT_ORDINALS[word]!;
  }
  return null;
}

function monthOf(fact: MeetingFact): string | null {
  return fact.date && fact.date.length >= 7 ? fact.date.slice(5, 7) : (fact.month ?? null);
}

function namesOf(reading: SentenceReading, ids: string[]): string[] {
  return ids.map(id => reading.analysis.entities.get(id)?.name ?? id);
}

function dedupeByDate(facts: MeetingFact[]): MeetingFact[] {
  const byDate = new Map<string, MeetingFact>();
  for (const f of facts) if (!byDate.has(f.date ?? f.month ?? '')) byDate.set(f.date ?? f.month ?? '', f);
  return [...byDate.values()];
}

function dedupe(facts: MeetingFact[]): MeetingFact[] {
  const seen = new Map<string, MeetingFact>();
  for (const f of facts) {
    const key = [f.participantIds.join(','), f.date ?? f.month ?? '', f.status].join('|');
    const before = seen.get(key);
    if (!before || (before.attachOnly && !f.attachOnly)) seen.set(key, f);
  }
  return [...seen.values()];
}
