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
  const byDay = new Map<string, CountedMeetingFact[]>();
  for (const { fact } of facts) {
    if (!isDayDated(fact) || fact.attachOnly) continue;
    byDay.set(fact.date!, [...(byDay.get(fact.date!) ?? []), fact]);
  }
  return facts.map(placed => {
    const { fact } = placed;
    if (fact.participantIds.length < 2) return placed;
    const sameDay = isDayDated(fact) ? (byDay.get(fact.date!) ?? []) : [];
    const sameArticle = facts
      .filter(p => p.articleIndex === placed.articleIndex && !p.fact.attachOnly && isOneEncounter(p.fact))
      .map(p => p.fact)
      .filter(
        f => isOneEncounter(fact) && (f.date === null || fact.date === null) && areDatesOfOneDay(f, fact),
      );
    const fuller = new Set(
      [...sameDay, ...sameArticle]
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
