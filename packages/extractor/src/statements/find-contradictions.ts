// Statement A (denial, Ana Duarte): "I never discussed the contract with Lin" and statement B (claim, Bo Lin): "he
// discussed the contract with Duarte" -> A CONTRADICTS B: different speakers, an entity in common (speaker or
// subject), opposite stance (a denial against an assertion) and the same proposition (content words shared once
// negation is set aside). Precision over recall: every condition must hold.
import { toPropositionWords } from './content-words';
import type { StatementKind } from '../types';

export interface Account {
  id: string;
  kind: StatementKind;
  speakerIds: readonly string[];
  aboutIds: readonly string[];
  text: string;
}

const ASSERTING: ReadonlySet<StatementKind> = new Set(['claim', 'accusation', 'confirmation']);
const MIN_SHARED_WORDS = 2;
/** Without an entity in common, the wordings must share this many content words. */
const MIN_SHARED_WORDS_ALONE = 4;

/** Pairs [denial id, asserted id] where one account denies what another asserts. */
export function findContradictions(accounts: readonly Account[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const denial of accounts.filter(a => a.kind === 'denial')) {
    const deniedWords = new Set(toPropositionWords(denial.text));
    const deniedEntities = new Set([...denial.speakerIds, ...denial.aboutIds]);
    for (const other of accounts) {
      if (!ASSERTING.has(other.kind) || other.speakerIds.some(id => denial.speakerIds.includes(id))) continue;
      const shared = new Set(toPropositionWords(other.text).filter(w => deniedWords.has(w))).size;
      const entity = other.aboutIds.some(id => deniedEntities.has(id));
      if ((entity && shared >= MIN_SHARED_WORDS) || shared >= MIN_SHARED_WORDS_ALONE) out.push([denial.id, other.id]);
    }
  }
  return out.sort((a, b) => a.join().localeCompare(b.join()));
}
