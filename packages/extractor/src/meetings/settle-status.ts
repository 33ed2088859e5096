// Article A (published Tuesday): "Duarte will meet Okafor in Lisbon on Thursday"; article B (Friday): "Duarte met
// Okafor in Lisbon on Thursday" -> one reported meeting, A's sentence among its sources. A meeting is reported when
// any report tells it as done: a planned report of the same participants for the same day joins it. A planned
// report without a day ("they will meet again") may be another meeting and stays planned. A meeting an article
// tells only as one party's claim, which another party of it denies in that article, is denied.
import { claimOf, denialAnswers, mayBeSameEncounter } from './contested-claims';
import type { PlacedFact } from './meeting-fact';
import { summarizeMeeting } from './summarize';

/** Facts with each dated plan that a reported fact tells as done turned into a source of that meeting, and each
 * contested claim of a meeting turned denied. */
export function settleStatus(given: PlacedFact[]): PlacedFact[] {
  const facts = carryOutPlans(given);
  const contested = findContestedClaims(facts);
  const done = facts.filter(
    placed =>
      placed.fact.status === 'reported' &&
      !placed.fact.attachOnly &&
      isDay(placed.fact.date) &&
      !contested.has(placed),
  );
  // blocking: a plan is held when a done fact has its very participants and day, so look those up
  const doneKeys = new Set(done.map(d => `${d.fact.participantIds.join(',')}|${d.fact.date}`));
  return facts.map(placed => {
    const { fact } = placed;
    if (contested.has(placed)) return { ...placed, fact: { ...fact, status: 'denied' } };
    if (fact.status !== 'planned' || !isDay(fact.date)) return placed;
    const key = fact.participantIds.join(',');
    const held = doneKeys.has(`${key}|${fact.date}`);
    return held ? { ...placed, fact: { ...fact, status: 'reported', attachOnly: true } } : placed;
  });
}

// "Duarte was expected to meet Okafor in Lisbon on Tuesday. … Duarte met Okafor at the palace." (a Friday paper):
// the plan's day has passed and the article tells the meeting as done without a day of its own, so that is the
// meeting planned: the report takes the plan's day (and its town), and the plan becomes one of its sources
function carryOutPlans(facts: PlacedFact[]): PlacedFact[] {
  const out = [...facts];
  const byArticle = new Map<number, number[]>();
  facts.forEach((p, i) => push(byArticle, p.articleIndex, i));
  for (const indexes of byArticle.values()) {
    for (const i of indexes) {
      const plan = out[i]!;
      const published = plan.analysis.article.publishedAt;
      if (
        plan.fact.status !== 'planned' ||
        !isDay(plan.fact.date) ||
        !published ||
        plan.fact.date > published
      )
        continue;
      const key = plan.fact.participantIds.join(',');
      const undated = indexes.filter(j => {
        const f = out[j]!.fact;
        return (
          f.status === 'reported' &&
          !f.attachOnly &&
          f.date === null &&
          !f.plural &&
          (f.count ?? 1) <= 1 &&
          f.participantIds.join(',') === key
        );
      });
      if (undated.length !== 1) continue;
      const j = undated[0]!;
      const done = out[j]!.fact;
      const place = joinPlaces(done.place, plan.fact.place);
      const names = done.participantIds.map(id => plan.analysis.entities.get(id)?.name ?? id);
      out[j] = {
        ...out[j]!,
        fact: {
          ...done,
          date: plan.fact.date,
          dateText: plan.fact.dateText,
          month: plan.fact.month ?? null,
          dateBasis: plan.fact.dateBasis ?? 'text',
          recencyMonth: null,
          place,
          summary: summarizeMeeting(names, plan.fact.date, place, 'reported'),
        },
      };
      out[i] = { ...plan, fact: { ...plan.fact, status: 'reported', attachOnly: true } };
    }
  }
  return out;
}

// "the palace" + "Lisbon" -> "the palace in Lisbon"
function joinPlaces(done: string | null, planned: string | null): string | null {
  if (!done || !planned) return done ?? planned;
  return !/[A-Z]/.test(done) && planned.split(' ').every(w => /^[A-Z]/.test(w))
    ? `${done} in ${planned}`
    : done;
}

/** Reported facts whose article tells the meeting only as one party's claim, denied by another party. */
function findContestedClaims(facts: PlacedFact[]): Set<PlacedFact> {
  const groups = new Map<string, PlacedFact[]>();
  for (const placed of facts) {
    if (placed.fact.status !== 'reported') continue;
    const key = `${placed.articleIndex}|${placed.fact.participantIds.join(',')}`;
    push(groups, key, placed);
  }
  const out = new Set<PlacedFact>();
  for (const placed of findClaimsDeniedElsewhere(facts)) out.add(placed);
  // "The Gazette reported that Duarte had dined with Okafor. Both deny it."
  for (const placed of facts)
    if (
      placed.fact.status === 'reported' &&
      !placed.fact.attachOnly &&
      claimOf(placed.analysis, placed.fact).deniedAfter
    )
      out.add(placed);
  for (const group of groups.values()) {
    const claims = group.map(p => claimOf(p.analysis, p.fact));
    const claimants = new Set(claims.map(c => c.claimant));
    const [claimant] = claimants;
    if (claimants.size !== 1 || !claimant) continue;
    // the group's one claimant is the first fact's, so its reading answers for that claimant
    if (claims[0]!.deniedByOtherParty) for (const p of group) out.add(p);
  }
  return out;
}

// "Lee claimed the pair had met at the lodge" (any article) while a party "denied ever meeting" the other: the claim
// is what the denial answers, unless an account in the outlet's own words tells that encounter as done
function findClaimsDeniedElsewhere(facts: PlacedFact[]): PlacedFact[] {
  const key = (p: PlacedFact) => p.fact.participantIds.join(',');
  const denied = facts.filter(p => p.fact.status === 'denied');
  if (denied.length === 0) return [];
  const reported = facts.filter(p => p.fact.status === 'reported' && !p.fact.attachOnly);
  const claims = new Set(reported.filter(p => claimOf(p.analysis, p.fact).toldAsClaim));
  // blocking: both comparisons need the same participants, so each claim reads only its participants' facts
  const deniedByKey = new Map<string, PlacedFact[]>();
  for (const d of denied) push(deniedByKey, key(d), d);
  const reportedByKey = new Map<string, PlacedFact[]>();
  for (const p of reported) push(reportedByKey, key(p), p);
  return [...claims].filter(
    claim =>
      (deniedByKey.get(key(claim)) ?? []).some(
        d => mayBeSameEncounter(d.fact, claim.fact) && denialAnswers(d.fact, claim.fact),
      ) &&
      !(reportedByKey.get(key(claim)) ?? []).some(
        p => !claims.has(p) && mayBeSameEncounter(p.fact, claim.fact),
      ),
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isDay(date: string | null): date is string {
  return date !== null && date.length >= 10;
}
