// Statement A (denial, Ana Duarte): "I never discussed the tender with Lin" and statement B (claim, Bo Lin): "he
// discussed the tender with Duarte" -> A CONTRADICTS B: different sides (a spokeswoman and her ministry are one), B is about A's speaker or about what A
// names, opposite stance (a denial against an assertion) and the same proposition: once negation is set aside they
// share distinctive words ("discuss", "tender": words few statements of the batch use, since a story's topic words
// are in all of them) and a fair share of their wording. Precision over recall: every condition must hold.
// Or both tell one encounter: a participant denies the meeting that another side reports as having happened.
import { toPropositionWords } from './content-words';
import type { StatementKind } from '@news-kg/graph-model';

export interface Account {
  id: string;
  kind: StatementKind;
  speakerIds: readonly string[];
  aboutIds: readonly string[];
  text: string;
  /** The speakers and the organizations they speak for (a spokeswoman's ministry): one side of an argument. */
  sideIds: readonly string[];
  /** Encounters (sorted participant ids joined) the account tells: for an assertion, the meetings its words
   * report; for a denial, the meetings it says did not take place ("denied meeting Ortiz"). */
  encounters: readonly string[];
}

const ASSERTING: ReadonlySet<StatementKind> = new Set(['claim', 'accusation', 'confirmation']);
/** Distinctive shared words needed, and the share of the shorter wording the shared words must cover. */
const MIN_DISTINCTIVE = 2;
const MIN_SHARE = 0.3;
/** A word is distinctive when at most this share of the batch's statements use it (in a small batch, 3 may). */
const DISTINCTIVE_DF = 0.15;

/** Pairs [denial id, asserted id] where one account denies what another asserts. 'blocked' (the default) compares
 * a denial only with the asserting accounts that tell one of its encounters or are about one of its speakers or
 * the entities it names: each pair accepted below shares such a key (a shared encounter, or an aboutId of the
 * assertion among the denial's speakers and aboutIds), so the pairs are those of comparing all ('all-pairs'). */
export function findContradictions(
  accounts: readonly Account[],
  compare: 'blocked' | 'all-pairs' = 'blocked',
): Array<[string, string]> {
  const words = new Map(accounts.map(a => [a.id, new Set(toPropositionWords(a.text))]));
  const df = new Map<string, number>();
  for (const set of words.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const maxDf = Math.max(3, Math.ceil(DISTINCTIVE_DF * accounts.length));
  const out: Array<[string, string]> = [];
  const byKey = new Map<string, number[]>();
  accounts.forEach((a, at) => {
    if (!ASSERTING.has(a.kind)) return;
    const keys = new Set([...a.encounters.map(m => `e|${m}`), ...a.aboutIds.map(id => `a|${id}`)]);
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(at);
      else byKey.set(key, [at]);
    }
  });
  const candidatesOf = (denial: Account): readonly Account[] => {
    if (compare === 'all-pairs') return accounts;
    const keys = [...denial.encounters.map(m => `e|${m}`)];
    for (const id of new Set([...denial.speakerIds, ...denial.aboutIds])) keys.push(`a|${id}`);
    const found = new Set(keys.flatMap(key => byKey.get(key) ?? []));
    return [...found].sort((a, b) => a - b).map(at => accounts[at]!);
  };
  for (const denial of accounts.filter(a => a.kind === 'denial')) {
    const denied = words.get(denial.id)!;
    const deniedEntities = new Set([...denial.speakerIds, ...denial.aboutIds]);
    for (const other of candidatesOf(denial)) {
      if (!ASSERTING.has(other.kind) || other.sideIds.some(id => denial.sideIds.includes(id))) continue;
      // "Ortiz denied meeting Hale" against "the paper reported that Hale met Ortiz in May": one encounter
      if (other.encounters.some(m => denial.encounters.includes(m))) {
        out.push([denial.id, other.id]);
        continue;
      }
      if (!other.aboutIds.some(id => deniedEntities.has(id))) continue;
      const asserted = words.get(other.id)!;
      const shared = [...asserted].filter(w => denied.has(w));
      const distinctive = shared.filter(w => (df.get(w) ?? 0) <= maxDf).length;
      const share = shared.length / Math.max(1, Math.min(denied.size, asserted.size));
      if (distinctive >= MIN_DISTINCTIVE && share >= MIN_SHARE) out.push([denial.id, other.id]);
    }
  }
  return out.sort((a, b) => a.join().localeCompare(b.join()));
}
