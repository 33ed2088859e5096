// Article A (published Tuesday): "Duarte will meet Okafor in Lisbon on Thursday"; article B (Friday): "Duarte met
// Okafor in Lisbon on Thursday" -> one reported meeting, A's sentence among its sources. A meeting is reported when
// any report tells it as done: a planned report of the same participants for the same day joins it. A planned
// report without a day ("they will meet again") may be another meeting and stays planned.
import type { PlacedFact } from './meeting-fact';

/** Facts with each dated plan that a reported fact tells as done turned into a source of that meeting. */
export function settleStatus(facts: PlacedFact[]): PlacedFact[] {
  const done = facts.filter(({ fact }) => fact.status === 'reported' && !fact.attachOnly && isDay(fact.date));
  return facts.map(placed => {
    const { fact } = placed;
    if (fact.status !== 'planned' || !isDay(fact.date)) return placed;
    const key = fact.participantIds.join(',');
    const held = done.some(d => d.fact.participantIds.join(',') === key && d.fact.date === fact.date);
    return held ? { ...placed, fact: { ...fact, status: 'reported', attachOnly: true } } : placed;
  });
}

function isDay(date: string | null): date is string {
  return date !== null && date.length >= 10;
}
