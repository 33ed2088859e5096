// Article A: "Talks between Varga and Pernell, chaired by Halloran, ended on 4 March"; article B: "talks between
// Varga and Pernell ended on 4 March" -> one meeting of Varga, Pernell and Halloran. Reports leave out parties (the
// chair, a note-taker) more often than two encounters of the same people fall on one day: a fact dated to the
// day whose participants all took part in the one fuller meeting of that day and status is that meeting.
import type { CountedMeetingFact } from './meeting-fact';
import type { PlacedFact } from './meeting-fact';

/** Facts with the participants of the one fuller same-day meeting they are part of (others unchanged). */
export function joinFullerReports(facts: PlacedFact[]): PlacedFact[] {
  const byDay = new Map<string, CountedMeetingFact[]>();
  for (const { fact } of facts) {
    if (!isDayDated(fact) || fact.attachOnly) continue;
    byDay.set(fact.date!, [...(byDay.get(fact.date!) ?? []), fact]);
  }
  return facts.map(placed => {
    const { fact } = placed;
    if (!isDayDated(fact) || fact.participantIds.length < 2) return placed;
    const fuller = new Set(
      (byDay.get(fact.date!) ?? [])
        .filter(
          f =>
            f.status === fact.status &&
            f.participantIds.length > fact.participantIds.length &&
            fact.participantIds.every(id => f.participantIds.includes(id)),
        )
        .map(f => f.participantIds.join(',')),
    );
    // two fuller meetings that day: which one this report means is not said
    if (fuller.size !== 1) return placed;
    const [ids] = [...fuller];
    return { ...placed, fact: { ...fact, participantIds: ids!.split(',') } };
  });
}

function isDayDated(fact: CountedMeetingFact): boolean {
  return fact.date !== null && fact.date.length >= 10;
}
