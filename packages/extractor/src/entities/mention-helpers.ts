// Lookups over resolved mentions shared by the pronoun, role and description steps.
import type { Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity, WorkMention } from './06-resolve-names';
import { has, isPossessive } from './token-helpers';

/** Mentions by sentence, built once per ResolvedNames and kept current by addMention (long articles have
 * thousands of mentions; every pronoun and role looks up its own sentence only). */
const BY_SENTENCE = new WeakMap<ResolvedNames, { size: number; index: Map<number, WorkMention[]> }>();

function sentenceIndex(names: ResolvedNames): Map<number, WorkMention[]> {
  let cached = BY_SENTENCE.get(names);
  if (!cached || cached.size > names.mentions.length) {
    cached = { size: 0, index: new Map() };
    BY_SENTENCE.set(names, cached);
  }
  // mentions only grow (pushed) after the names are resolved: index the new ones
  const touched = new Set<WorkMention[]>();
  for (let k = cached.size; k < names.mentions.length; k++) {
    const m = names.mentions[k] as WorkMention;
    if (m.first < 0) continue;
    let list = cached.index.get(m.sentence);
    if (!list) cached.index.set(m.sentence, (list = []));
    list.push(m);
    touched.add(list);
  }
  for (const list of touched) list.sort((a, b) => a.first - b.first);
  cached.size = names.mentions.length;
  return cached.index;
}

/** Mentions of one sentence, in token order. */
export function mentionsIn(names: ResolvedNames, sentence: number): WorkMention[] {
  return [...(sentenceIndex(names).get(sentence) ?? [])];
}

/** The mention covering token `i` of a sentence, if any. */
export function mentionAt(names: ResolvedNames, sentence: number, i: number): WorkMention | undefined {
  return sentenceIndex(names)
    .get(sentence)
    ?.find(m => m.first <= i && i <= m.last);
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
  const same = sentenceIndex(names).get(mention.sentence) ?? [];
  if (same.some(m => m.start === mention.start && m.end === mention.end)) return;
  names.mentions.push(mention);
  const e = names.entities.get(mention.entityKey);
  if (e && mention.form !== 'pronoun') e.mentionCount++;
}

/**
 * Folds entity `from` into `into`: its mentions, aliases, roles and class nouns become `into`'s, roles held at
 * `from` are held at `into`, and `from` is gone (an organization first read under its acronym, then defined:
 * "the NCWB said …", later "the Northern Canal and Waterways Board (NCWB)").
 */
export function foldEntity(names: ResolvedNames, from: WorkEntity, into: WorkEntity): void {
  for (const m of names.mentions) {
    if (m.entityKey !== from.key) continue;
    m.entityKey = into.key;
    if (m.form === 'name') m.form = 'alias'; // `from`'s name is one of `into`'s aliases now
  }
  for (const [raw, key] of names.entityOf) if (key === from.key) names.entityOf.set(raw, into.key);
  for (const alias of from.aliases) into.aliases.add(alias);
  into.roles.push(...from.roles);
  for (const noun of from.classNouns ?? []) (into.classNouns ??= new Set()).add(noun);
  into.mentionCount += from.mentionCount;
  for (const e of names.entities.values()) {
    for (const role of e.roles) if (role.organizationId === from.key) role.organizationId = into.key;
  }
  names.entities.delete(from.key);
}
