// One entity the article writes two ways the name steps read as two:
// - "the Velarian government" / "Velaria government" beside the state Velaria acting in the article: the state;
// - "Jay K. Moon" and "Moon Jae-kwang": a person named in Western order (given names, then the family name) and in
//   family-name-first order with a hyphenated given name whose syllables begin with the same letters.
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { stateOfGovernment } from './06-resolve-names';
import { foldEntity } from './mention-helpers';

/** Folds the variant names of the article into the entity they name. */
export function foldVariantNames(names: ResolvedNames): void {
  for (const e of [...names.entities.values()]) {
    if (!names.entities.has(e.key)) continue;
    const into =
      e.label === 'Organization' && !e.country ? stateOfGovernment(names, e.name) : westernOrder(names, e);
    if (into && into !== e) foldEntity(names, e, into);
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
