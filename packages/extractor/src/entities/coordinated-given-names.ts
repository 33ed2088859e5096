// "Peter and Cathy Read said …" -> two people, Peter Read and Cathy Read: a given name coordinated with a full name
// shares its family name. Only a word the tagger knows as a given name, joined by "and" right before a full name
// whose first word is a given name too ("Acme and Tom Hale" stays an organization and a person).
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { personKey } from './06-resolve-names';
import { addMention, entityOf, mentionAt, mentionsIn } from './mention-helpers';

/** Adds a person and a mention for each given name that borrows the family name of the full name after "and". */
export function addCoordinatedGivenNames(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    for (const m of mentionsIn(names, s.index)) {
      const person = entityOf(names, m);
      if (m.form !== 'name' || person?.label !== 'Person' || m.last === m.first) continue;
      const and = s.tokens[m.first - 1];
      const given = s.tokens[m.first - 2];
      if (
        !and ||
        !given ||
        and.lower !== 'and' ||
        !isGivenName(given) ||
        !isGivenName(s.tokens[m.first] as Token)
      )
        continue;
      if (!/^\s+$/.test(given.post) || mentionAt(names, s.index, given.i)) continue;
      const family = person.name.split(' ').slice(1).join(' ');
      const full = `${given.text} ${family}`;
      const e = ensurePerson(names, full, given);
      addMention(names, {
        entityKey: e.key,
        start: given.start,
        end: given.end,
        surface: given.text,
        form: 'name',
        sentence: s.index,
        first: given.i,
        last: given.i,
      });
    }
  }
}

function isGivenName(t: Token): boolean {
  return t.tags.has('FirstName') && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

function ensurePerson(names: ResolvedNames, name: string, given: Token): WorkEntity {
  const key = personKey(name);
  let e = names.entities.get(key);
  if (!e) {
    const gender = given.tags.has('MaleName') ? 'male' : given.tags.has('FemaleName') ? 'female' : null;
    e = {
      key,
      label: 'Person',
      name,
      aliases: new Set([name]),
      kind: null,
      roles: [],
      gender,
      words: name.toLowerCase().split(/\s+/),
      country: null,
      mentionCount: 0,
    };
    names.entities.set(key, e);
  }
  return e;
}
