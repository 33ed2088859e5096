// One entity the article writes two ways the name steps read as two:
// - "the Velarian government" / "Velaria government" beside the state Velaria acting in the article: the state;
// - "Jay K. Moon" and "Moon Jae-kwang": a person named in Western order (given names, then the family name) and in
//   family-name-first order with a hyphenated given name whose syllables begin with the same letters;
// - "Ostria … Ostrian": a one-word name whose demonym the article also writes is a country, never a person (the
//   demonym is the state's, not an organization of its own), and a state when it acts.
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { namesState, orgKey, stateOfGovernment } from './06-resolve-names';
import { foldEntity } from './mention-helpers';
import type { ParsedSentence } from './02-split-sentences';
import { baseText, isCapitalised } from './token-helpers';

/** Folds the variant names of the article into the entity they name. */
export function foldVariantNames(names: ResolvedNames, sentences: readonly ParsedSentence[] = []): void {
  for (const e of [...names.entities.values()]) {
    if (!names.entities.has(e.key)) continue;
    const into =
      e.label === 'Organization' && !e.country ? stateOfGovernment(names, e.name) : westernOrder(names, e);
    if (into && into !== e) foldEntity(names, e, into);
  }
  foldDemonyms(names, capitalisedWords(sentences));
}

/** The capitalised words the article writes outside boilerplate ("Ostrian" even where it is no entity's name). */
function capitalisedWords(sentences: readonly ParsedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences)
    if (s.zone !== 'boilerplate') for (const t of s.tokens) if (isCapitalised(t)) out.add(baseText(t));
  return out;
}

/** "Ostria will not accept …" typed a person, "Ostrian Prime Minister X" typed an organization "Ostrian": a
 * one-word name with its demonym in the article is one state (a person with a title, a role or a gendered pronoun
 * keeps their name). */
function foldDemonyms(names: ResolvedNames, words: ReadonlySet<string>): void {
  const single = (e: WorkEntity): boolean => !e.name.includes(' ') && !e.country;
  // "Marovia and Sendal … the Sendali delegation": a demonym typed an organization, whose country the article writes
  // but names no entity by, describes that state
  for (const d of [...names.entities.values()]) {
    if (d.label !== 'Organization' || d.kind !== 'other' || !single(d)) continue;
    const countries = [...words].filter(
      w => namesState(d.name, w) && w.toLowerCase() !== d.name.toLowerCase(),
    );
    if (countries.length !== 1 || names.entities.has(orgKey(countries[0] as string, null))) continue;
    const name = countries[0] as string;
    const key = orgKey(name, null);
    const state: WorkEntity = {
      ...d,
      key,
      name,
      kind: 'state',
      aliases: new Set(),
      roles: [],
      words: [name.toLowerCase()],
      mentionCount: 0,
    };
    names.entities.set(key, state);
    const moved = names.mentions.filter(m => m.entityKey === d.key);
    foldEntity(names, d, state);
    for (const m of moved) m.form = 'description';
    state.aliases.delete(d.name);
  }
  for (const place of [...names.entities.values()]) {
    if (!names.entities.has(place.key) || !single(place)) continue;
    const isPlace =
      (place.label === 'Organization' && place.kind === 'state') ||
      (place.label === 'Person' && !place.roles.length && !place.gender);
    if (!isPlace) continue;
    const demonyms = [...names.entities.values()].filter(
      d =>
        d !== place &&
        d.label === 'Organization' &&
        single(d) &&
        (d.kind === 'other' || d.kind === 'state') &&
        namesState(d.name, place.name) &&
        d.name.toLowerCase() !== place.name.toLowerCase(),
    );
    const written = [...words].some(
      w => namesState(w, place.name) && w.toLowerCase() !== place.name.toLowerCase(),
    );
    if (!demonyms.length && !(written && place.label === 'Person')) continue;
    let state = place;
    if (place.label === 'Person') {
      const key = orgKey(place.name, null);
      state = names.entities.get(key) ?? {
        ...place,
        key,
        label: 'Organization',
        kind: 'state',
        aliases: new Set(),
        roles: [],
        words: [place.name.toLowerCase()],
        mentionCount: 0,
      };
      names.entities.set(key, state);
      foldEntity(names, place, state);
      for (const m of names.mentions) if (m.entityKey === key && m.form === 'alias') m.form = 'name';
    }
    for (const d of demonyms) {
      const moved = names.mentions.filter(m => m.entityKey === d.key);
      foldEntity(names, d, state);
      // "Ostrian" describes the state ("the Ostrian leader"), as a known demonym does: no name of it
      for (const m of moved) m.form = 'description';
      state.aliases.delete(d.name);
    }
  }
}

/** The one person of the article written in Western order whose family name opens `e`'s name and whose given
 * names' initials are the initials of `e`'s hyphenated given name ("Jay K. Moon" for "Moon Jae-kwang"). */
function westernOrder(names: ResolvedNames, e: WorkEntity): WorkEntity | null {
  if (e.label !== 'Person') return null;
  const [family, given, ...rest] = e.name.split(' ');
  if (!family || !given || rest.length || !/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(given)) return null;
  const syllables = given
    .toLowerCase()
    .split('-')
    .map(w => w.charAt(0));
  const matches = [...names.entities.values()].filter(x => {
    if (x === e || x.label !== 'Person') return false;
    const words = x.name.split(' ');
    if (words.length < 2 || words[words.length - 1] !== family) return false;
    const initials = words.slice(0, -1).map(w => w.charAt(0).toLowerCase());
    return initials.join('') === syllables.join('');
  });
  return matches.length === 1 ? (matches[0] as WorkEntity) : null;
}
