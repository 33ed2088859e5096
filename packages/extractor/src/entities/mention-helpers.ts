// Lookups over resolved mentions shared by the pronoun, role and description steps.
import type { Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity, WorkMention } from './06-resolve-names';
import { has, isPossessive } from './token-helpers';

/** Mentions of one sentence, in token order. */
export function mentionsIn(names: ResolvedNames, sentence: number): WorkMention[] {
  return names.mentions.filter(m => m.sentence === sentence && m.first >= 0).sort((a, b) => a.first - b.first);
}

/** The mention covering token `i` of a sentence, if any. */
export function mentionAt(names: ResolvedNames, sentence: number, i: number): WorkMention | undefined {
  return names.mentions.find(m => m.sentence === sentence && m.first <= i && i <= m.last);
}

export function entityOf(names: ResolvedNames, m: WorkMention): WorkEntity | undefined {
  return names.entities.get(m.entityKey);
}

/** "Duarte said", "Duarte has quietly left": the mention is followed (after adverbs/auxiliaries) by a verb. */
export function isSubjectPosition(tokens: Token[], m: WorkMention): boolean {
  const last = tokens[m.last];
  if (!last || isPossessive(last) || /[,;:]/.test(last.post)) return false;
  for (let k = m.last + 1; k < tokens.length && k <= m.last + 3; k++) {
    const t = tokens[k] as Token;
    if (has(t, 'Adverb') || has(t, 'Negative')) continue;
    return has(t, 'Verb');
  }
  return false;
}

/** Adds a mention unless one already covers the same span. */
export function addMention(names: ResolvedNames, mention: WorkMention): void {
  if (names.mentions.some(m => m.start === mention.start && m.end === mention.end)) return;
  names.mentions.push(mention);
  const e = names.entities.get(mention.entityKey);
  if (e && mention.form !== 'pronoun') e.mentionCount++;
}
