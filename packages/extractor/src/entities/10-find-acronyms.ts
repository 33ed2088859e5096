// "the National Union of Mineworkers (NUM) said … NUM leaders met" -> "NUM" is an alias of the union, and each
// later "NUM" a mention of it. An acronym counts as defined only in parentheses right after the full name,
// with its first letter the name's first letter. An organization the article already named by the bare acronym
// (a headline, an earlier "the NUM") is the same one, and is folded into it.
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { ROLE_HEADS } from '../lexicon/titles';
import { addMention, entityOf, foldEntity, mentionAt, mentionsIn } from './mention-helpers';

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;

/** Registers acronyms defined in parentheses and adds a mention for every later use. */
export function findAcronyms(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  const defined = new Map<string, WorkEntity>();
  for (const s of sentences) {
    for (const m of mentionsIn(names, s.index)) {
      const e = entityOf(names, m);
      const t = findDefinitionAfter(s.tokens, m.last);
      if (!e || e.label !== 'Organization' || !t || !isDefinition(t, e.name)) continue;
      defined.set(t.text, e);
      e.aliases.add(t.text);
      addMention(names, {
        entityKey: e.key,
        start: t.start,
        end: t.end,
        surface: t.text,
        form: 'alias',
        sentence: s.index,
        first: t.i,
        last: t.i,
      });
    }
  }
  foldInitials(names, defined);
  addInitialsNeverDefined(sentences, names, defined);
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
      addMention(names, {
        entityKey: e.key,
        start: t.start,
        end,
        surface: t.text.slice(0, end - t.start),
        form: 'alias',
        sentence: s.index,
        first: t.i,
        last: t.i,
      });
    }
  }
}

/** "the Harbour Workers union (HWU)": the parenthesis right after the name, or after one or two lower-case words
 * that complete it ("union", "trade union", "party"). */
function findDefinitionAfter(tokens: readonly Token[], last: number): Token | undefined {
  for (let k = last + 1; k <= last + 3 && tokens[k]; k++) {
    const t = tokens[k] as Token;
    if (t.pre.includes('(')) return t;
    if (!/^\p{Ll}+$/u.test(t.text) || t.tags.has('Verb') || /[,;:.()]/.test(t.post)) return undefined;
  }
  return undefined;
}

/** Words an acronym skips: "Union of Harbour Workers" -> UHW. */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** "HTU" for "Harbour Teachers Union": the first letters of a name's words. */
function initialsOf(name: string): string {
  return name
    .replace(/^The\s+/, '')
    .split(/[\s-]+/)
    .filter(w => w && !SKIPPED.has(w.toLowerCase()))
    .map(w => w[0]!.toUpperCase())
    .join('');
}

// "the Harbour Teachers Union … HTU president X": an acronym the article uses without defining it is the one
// organization of the article whose words it initials
function foldInitials(names: ResolvedNames, defined: Map<string, WorkEntity>): void {
  const orgs = [...names.entities.values()].filter(e => e.label === 'Organization');
  for (const e of orgs) {
    if (!ACRONYM.test(e.name) || defined.has(e.name) || e.kind === 'media' || e.kind === 'state') continue;
    const full = orgs.filter(o => o !== e && o.name.includes(' ') && initialsOf(o.name) === e.name);
    if (full.length !== 1) continue;
    defined.set(e.name, full[0]!);
    full[0]!.aliases.add(e.name);
    foldEntity(names, e, full[0]!);
  }
}

// "the Royal College of Midwives … the RCM said": an acronym of three letters or more that the article neither
// defines nor reads as a name of its own is the one organization of the article whose words it initials
function addInitialsNeverDefined(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  defined: Map<string, WorkEntity>,
): void {
  const byInitials = new Map<string, WorkEntity[]>();
  for (const e of names.entities.values()) {
    if (e.label !== 'Organization' || !e.name.includes(' ') || e.kind === 'state') continue;
    const initials = initialsOf(e.name);
    if (initials.length >= 3) byInitials.set(initials, [...(byInitials.get(initials) ?? []), e]);
  }
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    for (const t of s.tokens) {
      const acronym = t.text.replace(/['’]s$/, '');
      const full = byInitials.get(acronym);
      if (
        !full ||
        full.length !== 1 ||
        defined.has(acronym) ||
        !ACRONYM.test(acronym) ||
        ROLE_HEADS.has(acronym.toLowerCase()) ||
        mentionAt(names, s.index, t.i)
      )
        continue;
      defined.set(acronym, full[0]!);
      full[0]!.aliases.add(acronym);
    }
  }
}

function isDefinition(t: Token, name: string): boolean {
  return (
    ACRONYM.test(t.text) &&
    t.pre.includes('(') &&
    t.post.trimStart().startsWith(')') &&
    t.text[0] === name.replace(/^The\s+/, '')[0] &&
    spells(t.text, name)
  );
}

/** "USW" spells "United Steelworkers", "CTU" spells "Chicago Teachers Union": each letter of the acronym in order in
 * the name ("KBC" after "Kelsport Teachers Union" is some other body's, a broadcaster's credit say). */
function spells(acronym: string, name: string): boolean {
  const letters = name.toLowerCase();
  let at = 0;
  for (const letter of acronym.toLowerCase().replace(/&/g, '')) {
    at = letters.indexOf(letter, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}
