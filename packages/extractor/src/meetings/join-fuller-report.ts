// Article A: "Talks between Varga and Pernell, chaired by Halloran, ended on 4 March"; article B: "talks between
// Varga and Pernell ended on 4 March" -> one meeting of Varga, Pernell and Halloran. Reports leave out parties (the
// chair, a note-taker) more often than two encounters of the same people fall on one day: a fact dated to the
// day whose participants all took part in the one fuller meeting of that day and status is that meeting.
// Within one article the same holds when one of the two reports gives no date: "Varga and Pernell held talks on
// Monday. … Varga met Pernell at the hotel, in talks hosted by Halloran" tells one encounter, dated by the lede.
import { areDatesCompatible } from '../dates';
import type { CountedMeetingFact } from './meeting-fact';
import type { PlacedFact } from './meeting-fact';

/** Facts with the participants of the one fuller meeting they are part of (others unchanged). */
export function joinFullerReports(facts: PlacedFact[]): PlacedFact[] {
  // Blocking: a fuller meeting has every participant of the fact, its first one included, so the day's facts are
  // looked up by (day, participant) and the article's by article: never every fact of the batch.
  const byDayAndParticipant = new Map<string, CountedMeetingFact[]>();
  const byArticle = new Map<number, CountedMeetingFact[]>();
  const byParticipant = new Map<string, CountedMeetingFact[]>();
  for (const { fact, articleIndex } of facts) {
    if (fact.attachOnly) continue;
    if (isOneEncounter(fact)) push(byArticle, articleIndex, fact);
    if (isOneEncounter(fact) && fact.status === 'reported' && HOSTED_RULE.test(fact.rule))
      for (const id of new Set(fact.participantIds)) push(byParticipant, id, fact);
    if (!isDayDated(fact)) continue;
    for (const id of new Set(fact.participantIds)) push(byDayAndParticipant, `${fact.date!}|${id}`, fact);
  }
  return facts.map(placed => {
    const { fact } = placed;
    if (fact.participantIds.length < 2) return placed;
    const sameDay = isDayDated(fact)
      ? (byDayAndParticipant.get(`${fact.date!}|${fact.participantIds[0]!}`) ?? [])
      : [];
    const sameArticle = (byArticle.get(placed.articleIndex) ?? []).filter(
      f => isOneEncounter(fact) && (f.date === null || fact.date === null) && areDatesOfOneDay(f, fact),
    );
    // "he held talks with Sandal's foreign minister, X, in Port Arn" with no date of its own, while another article
    // of the batch tells the one encounter of these people with the host or chair who ran it (a construction with a
    // host or chair slot): a report leaving out the chair, not another encounter (a fuller meeting of more sides
    // may be another day's)
    const undated =
      fact.date === null && !fact.month && isOneEncounter(fact) && fact.status === 'reported'
        ? (byParticipant.get(fact.participantIds[0]!) ?? [])
        : [];
    const fuller = new Set(
      [...sameDay, ...sameArticle, ...undated]
        .filter(
          f =>
            f.status === fact.status &&
            f.participantIds.length > fact.participantIds.length &&
            fact.participantIds.every(id => f.participantIds.includes(id)),
        )
        .map(f => f.participantIds.join(',')),
    );
    // two fuller meetings: which one this report means is not said
    if (fuller.size !== 1) return placed;
    const [ids] = [...fuller];
    return { ...placed, fact: { ...fact, participantIds: ids!.split(',') } };
  });
}

/** Rows of the construction table whose extra party is the host or the chair ("meet-together-hosted",
 * "chair-noun-between", "…+with-chair-absolute"). */
const HOSTED_RULE = /host|chair/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isDayDated(fact: CountedMeetingFact): boolean {
  return fact.date !== null && fact.date.length >= 10;
}

// "met twice", "their meetings": several encounters are no report of one
function isOneEncounter(fact: CountedMeetingFact): boolean {
  return !fact.plural && (fact.count ?? 1) <= 1;
}

// an undated report fits a dated one unless the month it names ("in July", no year) differs
function areDatesOfOneDay(a: CountedMeetingFact, b: CountedMeetingFact): boolean {
  if (a.date && b.date) return areDatesCompatible(a.date, b.date);
  const monthA = a.month ?? (a.date && a.date.length >= 7 ? a.date.slice(5, 7) : null);
  const monthB = b.month ?? (b.date && b.date.length >= 7 ? b.date.slice(5, 7) : null);
  return !monthA || !monthB || monthA === monthB;
}
