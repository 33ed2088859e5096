// "the Norvik envoy", "the Acme chief", "the company's chief executive" -> a person described by a role at a
// named organization. The description points to a person the article ties to that organization: the one whose
// role there has the description's head word, else (for a body that is not a state) the one person it ties to
// that organization at all, whatever the title the article gave first ("Norvik official X … the Norvik envoy").
import { LEADER_NOUNS, ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/titles';
import { NON_TERRITORIAL_ROLES } from '../lexicon/organizations';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { toRoleText } from './06-resolve-names';
import { entityOf, mentionAt } from './mention-helpers';
import { roleHoldersAt } from './role-complement';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';

export interface OrganizationDescription {
  organization: WorkEntity;
  /** First and last token of the description proper (the organization's own words excluded). */
  first: number;
  head: number;
}

/** "the [Norvik] [special] envoy" at token i ("the") -> the organization and the role words after it; null when
 * the words after the name are no singular role ("the Norvik officials", "the Norvik plant"). */
export function readOrganizationModifier(
  names: ResolvedNames,
  s: ParsedSentence,
  i: number,
): OrganizationDescription | null {
  const tokens = s.tokens;
  if (tokens[i]?.lower !== 'the') return null;
  const named = mentionAt(names, s.index, i + 1);
  if (!named || named.first !== i + 1 || named.form === 'pronoun') return null;
  const organization = entityOf(names, named);
  if (organization?.label !== 'Organization' || isPossessive(tokens[named.last] as Token)) return null;
  return readRoleWords(names, s, organization, named.last + 1);
}

/** "the company's chief executive", "Acme's founder" with the possessive at token i, an organization's mention. */
export function readOrganizationOwner(
  names: ResolvedNames,
  s: ParsedSentence,
  i: number,
): OrganizationDescription | null {
  const owner = mentionAt(names, s.index, i);
  const tokens = s.tokens;
  if (!owner || owner.last !== i || !isPossessive(tokens[i] as Token) || owner.form === 'pronoun')
    return null;
  const organization = entityOf(names, owner);
  if (organization?.label !== 'Organization') return null;
  return readRoleWords(names, s, organization, i + 1);
}

function readRoleWords(
  names: ResolvedNames,
  s: ParsedSentence,
  organization: WorkEntity,
  first: number,
): OrganizationDescription | null {
  const tokens = s.tokens;
  for (let j = first; j < tokens.length && j < first + 4; j++) {
    const t = tokens[j] as Token;
    const w = baseLower(t);
    if (mentionAt(names, s.index, j)) return null;
    if (ROLE_HEADS.has(w)) {
      const next = tokens[j + 1];
      // "the Norvik envoy Ana Duarte": a title before the name, read by the name steps
      if (has(t, 'Plural') || (next && isCapitalised(next) && isJoined(t, next) && !isPossessive(t)))
        return null;
      if (next && ROLE_HEADS.has(baseLower(next)) && !/[,;:.]/.test(t.post)) continue; // "chief executive"
      return { organization, first, head: j };
    }
    if (!(
      ROLE_MODIFIERS.has(w) ||
      (!isCapitalised(t) && (has(t, 'Adjective') || has(t, 'Noun')) && !has(t, 'Plural'))
    ))
      return null;
    if (/[,;:.!?]/.test(t.post)) return null;
  }
  return null;
}

/** The person the description names: a holder of a role with its head word at the organization, else the one
 * person the article ties to a body that is not a state; null when none or several. */
export function pickOrganizationMember(
  names: ResolvedNames,
  d: OrganizationDescription,
  headWord: string,
): WorkEntity | null {
  const holders = roleHoldersAt(names, d.organization.key);
  const titled = holders.filter(e =>
    e.roles.some(
      r => r.organizationId === d.organization.key && r.role.toLowerCase().split(/\s+/).includes(headWord),
    ),
  );
  if (titled.length === 1) return titled[0] as WorkEntity;
  if (titled.length > 1) return null;
  const only = holders.length === 1 ? (holders[0] as WorkEntity) : null;
  return d.organization.kind !== 'state' && only && !holdsOtherPost(only, d.organization.key, headWord)
    ? only
    : null;
}

/** "Acme chairman X … the Acme skipper": one who holds another post of that body is not the holder of a post of
 * another name (a leader noun, "the Acme boss", may still name its chairman). */
function holdsOtherPost(person: WorkEntity, organization: string, headWord: string): boolean {
  if (LEADER_NOUNS.has(headWord) || !NON_TERRITORIAL_ROLES.has(headWord)) return false;
  const posts = person.roles.filter(r => r.organizationId === organization).map(r => r.role.toLowerCase());
  return (
    posts.length > 0 &&
    posts.every(
      p => !p.split(/\s+/).includes(headWord) && p.split(/\s+/).some(w => NON_TERRITORIAL_ROLES.has(w)),
    )
  );
}

/** The description's words become a role of the person at the organization ("envoy" at Norvik). */
export function addDescribedRole(
  person: WorkEntity,
  d: OrganizationDescription,
  s: ParsedSentence,
  text: string,
): void {
  const first = s.tokens[d.first] as Token;
  const head = s.tokens[d.head] as Token;
  const role = toRoleText(text.slice(first.start, head.end).replace(/['’]s$/i, ''));
  if (
    !role ||
    person.roles.some(
      r => r.role.toLowerCase() === role.toLowerCase() && r.organizationId === d.organization.key,
    )
  )
    return;
  person.roles.push({ role, organizationId: d.organization.key, sentence: s.index });
}
