// "The minister met Harlow Rail and its chief executive, Bo Lindahl" -> the minister and Lindahl: a body named beside
// a person who holds a post in it is where that person comes from, not a party of its own (the encounter is between
// the people; the company is told by its chief). A body with none of its people among the parties stays a party
// ("talks with Harlow Rail").
import type { ArticleAnalysis } from '../analysis';

/** The parties without each organization one of the person parties holds a role in, when two parties remain. */
export function withoutBodiesOfTheirPeople(analysis: ArticleAnalysis, participantIds: string[]): string[] {
  const bodiesOfPeople = new Set<string>();
  for (const id of participantIds) {
    const record = analysis.entities.get(id);
    if (record?.label !== 'Person') continue;
    for (const role of record.roles) if (role.organizationId) bodiesOfPeople.add(role.organizationId);
  }
  if (bodiesOfPeople.size === 0) return participantIds;
  const kept = participantIds.filter(
    id => !(analysis.entities.get(id)?.label === 'Organization' && bodiesOfPeople.has(id)),
  );
  return kept.length >= 2 ? kept : participantIds;
}
