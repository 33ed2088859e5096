// "the chief executive of Brightloop" -> whoever holds that role at Brightloop: a person whose roles the article
// ties only to other organizations ("Marsh, the museum's chief executive") is not meant. "the head of
// Brightloop" (a generic leader noun, no title of its own) -> the one person holding a role at Brightloop.
import type { ParsedSentence } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { entityOf, mentionAt } from './mention-helpers';

/** The organization named by an "of" complement right after a role head ("executive of (the) Brightloop"). */
export function complementOrganization(
  names: ResolvedNames,
  sentence: ParsedSentence,
  head: number,
): WorkEntity | null {
  const { tokens } = sentence;
  if (tokens[head + 1]?.lower !== 'of' || /[,;:]/.test(tokens[head]?.post ?? '')) return null;
  const at = tokens[head + 2]?.lower === 'the' ? head + 3 : head + 2;
  const mention = mentionAt(names, sentence.index, at);
  const entity = mention ? entityOf(names, mention) : undefined;
  return entity?.label === 'Organization' && mention!.first === at ? entity : null;
}

/** False when the article ties every role of the person it ties to any organization to another one. */
export function mayHoldRoleAt(person: WorkEntity, organizationKey: string): boolean {
  const tied = person.roles.filter(r => r.organizationId !== null);
  return tied.length === 0 || tied.some(r => r.organizationId === organizationKey);
}

/** People holding a role the article ties to this organization. */
export function roleHoldersAt(names: ResolvedNames, organizationKey: string): WorkEntity[] {
  return [...names.entities.values()].filter(
    e => e.label === 'Person' && e.roles.some(r => r.organizationId === organizationKey),
  );
}
