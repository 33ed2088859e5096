// "Acme chief executive Tom Hale and his Norvik counterpart, Lena Ortiz," -> Lena Ortiz is chief executive at
// Norvik: a counterpart holds the title of the person whose counterpart she is, at the organization named before
// the noun (or at none). Read in both orders: "his Norvik counterpart, Y," and "Y, his Norvik counterpart,".
import { COUNTERPART_NOUNS } from '../lexicon/references';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity, WorkMention } from './06-resolve-names';
import { entityOf, mentionAt, mentionsIn } from './mention-helpers';
import { isPossessive } from './token-helpers';

/** Gives each counterpart the title of the person it is the counterpart of. */
export function findCounterpartRoles(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    for (const t of s.tokens) {
      if (!COUNTERPART_NOUNS.has(t.lower) || !/^\s*,/.test(t.post)) continue;
      const phrase = readOwner(names, s, t.i);
      if (!phrase) continue;
      const holder = personAfter(names, s, t.i) ?? personBefore(names, s, phrase.first);
      const title = phrase.owner.roles.find(r => r.organizationId !== null) ?? phrase.owner.roles[0];
      if (!holder || holder === phrase.owner || !title) continue;
      const organizationId = phrase.organization?.key ?? null;
      if (
        holder.roles.some(
          r => r.role.toLowerCase() === title.role.toLowerCase() && r.organizationId === organizationId,
        )
      )
        continue;
      holder.roles.push({ role: title.role, organizationId, sentence: s.index });
    }
  }
}

interface OwnerPhrase {
  owner: WorkEntity;
  organization: WorkEntity | null;
  first: number;
}

/** "his [Norvik] counterpart" before token `noun`: the owner (a person) and the organization between. */
function readOwner(names: ResolvedNames, s: ParsedSentence, noun: number): OwnerPhrase | null {
  let k = noun - 1;
  const between = k >= 0 ? mentionAt(names, s.index, k) : undefined;
  const organization = between ? entityOf(names, between) : undefined;
  if (between && organization?.label === 'Organization') k = between.first - 1;
  // a capitalised modifier the names step left unread ("his Norvik counterpart"): the body stays unknown
  else
    for (
      let n = 0;
      n < 2 &&
      k >= 0 &&
      !between &&
      /^\p{Lu}/u.test((s.tokens[k] as Token).text) &&
      !mentionAt(names, s.index, k);
      n++
    )
      k--;
  const ownerMention = k >= 0 ? mentionAt(names, s.index, k) : undefined;
  const owner = ownerMention ? entityOf(names, ownerMention) : undefined;
  if (
    !ownerMention ||
    owner?.label !== 'Person' ||
    !(ownerMention.form === 'pronoun' || isPossessive(s.tokens[k] as Token))
  )
    return null;
  return {
    owner,
    organization: organization?.label === 'Organization' ? organization : null,
    first: ownerMention.first,
  };
}

/** "…counterpart, Lena Ortiz,": the person named right after the comma. */
function personAfter(names: ResolvedNames, s: ParsedSentence, noun: number): WorkEntity | null {
  const m = mentionAt(names, s.index, noun + 1);
  const e = m && m.first === noun + 1 ? entityOf(names, m) : undefined;
  return e?.label === 'Person' ? e : null;
}

/** "Lena Ortiz, his Norvik counterpart,": the person whose name ends right before the comma before the phrase. */
function personBefore(names: ResolvedNames, s: ParsedSentence, first: number): WorkEntity | null {
  const before = s.tokens[first - 1];
  if (!before || !/^\s*,/.test(before.post)) return null;
  const m: WorkMention | undefined = mentionsIn(names, s.index).find(x => x.last === first - 1);
  const e = m ? entityOf(names, m) : undefined;
  return e?.label === 'Person' ? e : null;
}
