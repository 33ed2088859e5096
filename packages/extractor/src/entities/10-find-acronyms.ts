// "the National Union of Mineworkers (NUM) said … NUM leaders met" -> "NUM" is an alias of the union, and each
// later "NUM" a mention of it. An acronym counts as defined only in parentheses right after the full name,
// with its first letter the name's first letter. An organization the article already named by the bare acronym
// (a headline, an earlier "the NUM") is the same one, and is folded into it.
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { addMention, entityOf, foldEntity, mentionAt, mentionsIn } from './mention-helpers';

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;

/** Registers acronyms defined in parentheses and adds a mention for every later use. */
export function findAcronyms(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  const defined = new Map<string, WorkEntity>();
  for (const s of sentences) {
    for (const m of mentionsIn(names, s.index)) {
      const e = entityOf(names, m);
      const t = s.tokens[m.last + 1];
      if (!e || e.label !== 'Organization' || !t || !isDefinition(t, e.name)) continue;
      defined.set(t.text, e);
      e.aliases.add(t.text);
      addMention(names, { entityKey: e.key, start: t.start, end: t.end, surface: t.text, form: 'alias', sentence: s.index, first: t.i, last: t.i });
    }
  }
  if (!defined.size) return;
  for (const e of [...names.entities.values()]) {
    const full = defined.get(e.name);
    if (full && full !== e && e.label === 'Organization') foldEntity(names, e, full);
  }
  for (const s of sentences) {
    for (const t of s.tokens) {
      const e = defined.get(t.text.replace(/['’]s$/, ''));
      if (!e || mentionAt(names, s.index, t.i)) continue;
      const end = /['’]s$/.test(t.text) ? t.end - 2 : t.end;
      addMention(names, { entityKey: e.key, start: t.start, end, surface: t.text.slice(0, end - t.start), form: 'alias', sentence: s.index, first: t.i, last: t.i });
    }
  }
}

function isDefinition(t: Token, name: string): boolean {
  return ACRONYM.test(t.text) && t.pre.includes('(') && t.post.trimStart().startsWith(')') && t.text[0] === name.replace(/^The\s+/, '')[0];
}
