// "Duarte" -> person:ana-duarte. The Query resolvers first ask with the canonical ids of the names given (one
// round trip when every name is canonical). For the names that missed, one batched full-text query returns
// candidates; the one whose name or alias has the same folded key (toNameKey: case, accents, punctuation) is
// kept, its id written into the NameInput, and the question asked again.
import { buildAliasCandidates, type NameInput } from './cypher/resolve-entity';
import { toNameKey } from './name-key';
import type { ReadFn } from './read';

export interface AliasCandidate {
  id: string;
  person: boolean;
  /** Canonical name first, then aliases. */
  names: string[];
  score: number;
}

/** The candidate a key denotes: a canonical-name match before an alias match, a person before an organization. */
export function pickCandidate(key: string, candidates: readonly AliasCandidate[]): AliasCandidate | null {
  const rank = (c: AliasCandidate): number =>
    (toNameKey(c.names[0] ?? '') === key ? 0 : 2) + (c.person ? 0 : 1);
  const matching = candidates.filter(c => c.names.some(name => toNameKey(name) === key));
  matching.sort((a, b) => rank(a) - rank(b) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return matching[0] ?? null;
}

/** Points each input at the entity its alias denotes; true when any input changed. */
export async function resolveAliases(
  read: ReadFn,
  inputs: readonly NameInput[],
  nameIndex: string,
): Promise<boolean> {
  if (inputs.length === 0) return false;
  const rows = await read(buildAliasCandidates(inputs, nameIndex));
  let changed = false;
  for (const row of rows) {
    const input = inputs[row.i as number];
    const found = input ? pickCandidate(input.key, row.candidates as AliasCandidate[]) : null;
    if (input && found) {
      input.personId = found.id;
      input.organizationId = found.id;
      changed = true;
    }
  }
  return changed;
}

/**
 * Runs `ask`; when `missed` reports names that did not resolve, resolves them as aliases and asks once more.
 * The result of the last ask is returned; names still missing are the caller's NOT_FOUND.
 */
export async function askResolvingNames<R>(
  read: ReadFn,
  nameIndex: string,
  ask: () => Promise<R>,
  missed: (result: R) => Array<NameInput | null | undefined | false>,
): Promise<R> {
  const first = await ask();
  const inputs = missed(first).filter((input): input is NameInput => Boolean(input));
  return (await resolveAliases(read, inputs, nameIndex)) ? ask() : first;
}
