// ["person:ana-duarte"] -> ["person:ana-duarte", "organization:interior-ministry"] when Duarte is the ministry's
// spokeswoman: who stands on one side of an argument, for contradictions, answered charges and grievances.
import type { EntityRecord } from '../analysis';

/** The speakers and the organizations they hold roles in (a spokeswoman's ministry): one side of an argument. */
export function toSide(speakerIds: readonly string[], entities: ReadonlyMap<string, EntityRecord>): string[] {
  const orgs = speakerIds.flatMap(s => (entities.get(s)?.roles ?? []).flatMap(r => r.organizationId ?? []));
  return [...new Set([...speakerIds, ...orgs])];
}
