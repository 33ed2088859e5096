// "Finance Minister Ana Duarte … the minister said" -> "the minister" is Ana Duarte (form 'description');
// "the Brazilian embassy … the embassy declined" -> the embassy. A description resolves when one entity of the
// article mentioned before it fits (a person holding a role with that head word, an organization named with
// that head), else to the one of them mentioned last. A possessive name opens a description too ("Chile's
// finance minister"). With nothing before it to point back to, a person description points forward to the one
// person its every word names a role of, introduced within the next few sentences: the news lede's habit of
// naming people by role first ("Chile's finance minister said on Monday … Finance Minister Ana Duarte told …").
import { DESCRIPTION_HEADS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_TIME_WORDS } from '../lexicon/titles';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { addMention, mentionAt, mentionsIn } from './mention-helpers';
import {
  addDescribedRole,
  pickOrganizationMember,
  readOrganizationModifier,
  readOrganizationOwner,
} from './organization-descriptions';
import type { OrganizationDescription } from './organization-descriptions';
import { complementOrganization, mayHoldRoleAt, roleHoldersAt } from './role-complement';
import { LEADER_NOUNS } from '../lexicon/titles';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';
import { ORG_DESCRIPTIONS } from '../lexicon/organizations';
import { CLASS_DESCRIPTIONS } from '../lexicon/organizations';
import { CLUB_HEADS } from '../lexicon/organizations';
import { COMPANY_DESCRIPTIONS } from '../lexicon/organizations';
import { MEDIA_DESCRIPTIONS } from '../lexicon/organizations';
import { CIVIC_MODIFIERS } from '../lexicon/organizations';
import { REGULATOR_NOUNS } from '../lexicon/organizations';
import { BODY_MODIFIERS } from '../lexicon/organizations';

/** Kinds of body a regulator may be (a company, an outlet or a party is none). */
const PUBLIC_KINDS: ReadonlySet<string> = new Set(['government', 'committee', 'other']);

const OPENERS = new Set(['the', 'his', 'her', 'their', 'our', 'its', 'your', 'my']);
/** How far ahead (sentences) a lede's role description may find the person it introduces. */
const CATAPHORA_WINDOW = 3;

/** Adds a 'description' mention for every definite description that names one entity of the article. */
export function resolveDescriptions(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  text: string,
  only?: 'organizations',
): void {
  const starts = indexStarts(names);
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const opener = tokens[i] as Token;
      if (!only && resolveOrganizationDescription(names, s, i, text, starts, sentences)) continue;
      const namedOwner = isNamedPossessive(opener);
      if (!OPENERS.has(opener.lower) && !namedOwner) continue;
      // "the head of Brightloop": a leader noun names a role only through its organization (role-complement.ts)
      const leader = !only && opener.lower === 'the' && LEADER_NOUNS.has(tokens[i + 1]?.lower ?? '');
      const head = leader ? i + 1 : findHead(tokens, i + 1);
      if (head < 0 || tokens.slice(i + 1, head + 1).some(t => mentionAt(names, s.index, t.i))) continue;
      const headToken = tokens[head] as Token;
      const word = baseLower(headToken);
      const owner = complementOrganization(names, s, head) ?? findOwner(names, s, i);
      const candidates = leader
        ? owner
          ? roleHoldersAt(names, owner.key)
          : []
        : candidatesFor(names, word).filter(
            e =>
              (!only || e.label === 'Organization') &&
              (!owner || e.label !== 'Person' || mayHoldRoleAt(e, owner.key)) &&
              !(e.kind === 'company' && isCivicGroup(tokens, i + 1, head)) &&
              bodyModifierAgrees(tokens, head, e),
          );
      const roleWords = titleWordsOf(tokens.slice(i + 1, head + 1));
      // "its chief executive, Anders Vale,": a role set off by a comma before a person's name is that person,
      // whoever else the article gave the same title
      const named = /^\s*,\s*$/.test(headToken.post) ? mentionAt(names, s.index, head + 1) : undefined;
      const appositive =
        !only && named && named.first === head + 1 && names.entities.get(named.entityKey)?.label === 'Person'
          ? names.entities.get(named.entityKey)
          : undefined;
      const target =
        appositive ??
        pickTarget(narrowToTitle(candidates, roleWords), starts, headToken.start) ??
        (leader ? pickIntroducedHolder(candidates, names, s.index) : null) ??
        pickUnique(classCandidates(names, word), starts, headToken.start) ??
        pickIntroduced(candidates, tokens.slice(i + 1, head + 1), names, s.index, roleWords.length >= 2);
      if (!target) continue;
      const skipsOpener = opener.lower === 'the' || namedOwner;
      const startToken = skipsOpener ? (tokens[i + 1] as Token) : opener;
      const first = skipsOpener ? i + 1 : i;
      const end =
        isPossessive(headToken) && /['’]s$/i.test(headToken.text) ? headToken.end - 2 : headToken.end;
      addMention(names, {
        entityKey: target.key,
        start: startToken.start,
        end,
        surface: text.slice(startToken.start, end),
        form: 'description',
        sentence: s.index,
        first,
        last: head,
      });
      insertSorted(starts, target.key, startToken.start);
    }
  }
}

/** "the Norvik envoy", "the company's chief executive" at token i: a person tied to that organization. */
function resolveOrganizationDescription(
  names: ResolvedNames,
  s: ParsedSentence,
  i: number,
  text: string,
  starts: Map<string, number[]>,
  sentences: readonly ParsedSentence[],
): boolean {
  const d = readOrganizationModifier(names, s, i) ?? readOrganizationOwner(names, s, i);
  if (!d || mentionAt(names, s.index, d.head)) return false;
  const headToken = s.tokens[d.head] as Token;
  const target =
    pickOrganizationMember(names, d, baseLower(headToken)) ?? pickNextOpener(names, d, s, sentences);
  // "X, the company's chief executive," / "Acme's chief executive X": a title or an apposition of the name beside
  // it, which the role step reads
  if (!target || mentionsIn(names, s.index).some(m => m.entityKey === target.key && m.form !== 'pronoun'))
    return false;
  const first = s.tokens[d.first] as Token;
  const end = isPossessive(headToken) && /['’]s$/i.test(headToken.text) ? headToken.end - 2 : headToken.end;
  addMention(names, {
    entityKey: target.key,
    start: first.start,
    end,
    surface: text.slice(first.start, end),
    form: 'description',
    sentence: s.index,
    first: d.first,
    last: d.head,
  });
  insertSorted(starts, target.key, first.start);
  addDescribedRole(target, d, s, text);
  return true;
}

/** "The Norvik president accused the mayor … / Ana Duarte says …": with nobody tied to the organization, the lede's
 * description introduces the person whose full name opens the next sentence, named there first and given no
 * title of their own. */
function pickNextOpener(
  names: ResolvedNames,
  d: OrganizationDescription,
  s: ParsedSentence,
  sentences: readonly ParsedSentence[],
): WorkEntity | null {
  const next = sentences[s.index + 1];
  if (!next || next.zone !== 'body' || roleHoldersAt(names, d.organization.key).length > 0) return null;
  const opening = mentionsIn(names, next.index)[0];
  const person =
    opening && opening.first === 0 && opening.form === 'name'
      ? names.entities.get(opening.entityKey)
      : undefined;
  if (!person || person.label !== 'Person' || person.roles.length > 0) return null;
  const firstSentence = Math.min(
    ...names.mentions.filter(m => m.entityKey === person.key).map(m => m.sentence),
  );
  return firstSentence === next.index ? person : null;
}

/** "the coast guard" is no border guard, "the city council" no county council: a narrowing word of a public body
 * right before the head (`BODY_MODIFIERS`) must be the organization's word there too. */
function bodyModifierAgrees(tokens: Token[], head: number, e: WorkEntity): boolean {
  const before = tokens[head - 1];
  if (
    e.label !== 'Organization' ||
    !before ||
    isCapitalised(before) ||
    !BODY_MODIFIERS.has(baseLower(before))
  )
    return true;
  const words = e.name.toLowerCase().split(/\s+/);
  return words.length < 2 || words[words.length - 2] === baseLower(before);
}

function isCivicGroup(tokens: Token[], first: number, head: number): boolean {
  if (baseLower(tokens[head] as Token) !== 'group') return false;
  return tokens.slice(first, head).some(t => CIVIC_MODIFIERS.has(baseLower(t).replace(/['’]$/, '')));
}

/** "Chile's", "Acme's": a capitalised possessive that owns the description after it (the owner stays its own
 * mention; the description starts after it). */
function isNamedPossessive(t: Token): boolean {
  return isCapitalised(t) && isPossessive(t) && /['’]s$/i.test(t.text);
}

/** "Acme's chief executive", "the agency … its spokeswoman": the organization a possessive description belongs
 * to, which the owner's own mention names (the pronoun step has already bound "its"/"their" to an organization);
 * null for "the" and an owner that is no organization. */
function findOwner(names: ResolvedNames, s: ParsedSentence, i: number): WorkEntity | null {
  const m = mentionAt(names, s.index, i);
  const e = m ? names.entities.get(m.entityKey) : undefined;
  return e?.label === 'Organization' ? e : null;
}

/** "the head of Brightloop" with no one before it: the one holder of a role there named within the next
 * sentences. */
function pickIntroducedHolder(
  holders: WorkEntity[],
  names: ResolvedNames,
  sentence: number,
): WorkEntity | null {
  const fits = holders.filter(e => {
    const firstSentence = Math.min(...names.mentions.filter(m => m.entityKey === e.key).map(m => m.sentence));
    return firstSentence > sentence && firstSentence <= sentence + CATAPHORA_WINDOW;
  });
  return fits.length === 1 && holders.length === 1 ? (fits[0] as WorkEntity) : null;
}

/** "the Health Secretary" -> ["health", "secretary"]: the words of a description that titles are made of. */
function titleWordsOf(words: readonly Token[]): string[] {
  return words
    .map(baseLower)
    .filter(w => (ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w)) && !ROLE_TIME_WORDS.has(w));
}

/** "the health secretary" among a health secretary and a general secretary: the people whose role has every
 * title word of the description, when there are such people (organizations and the others stay otherwise). */
function narrowToTitle(candidates: WorkEntity[], titleWords: readonly string[]): WorkEntity[] {
  if (titleWords.length < 2) return candidates;
  const full = candidates.filter(
    e => e.label === 'Person' && e.roles.some(r => hasEveryWord(r.role, titleWords)),
  );
  return full.length ? [...full, ...candidates.filter(e => e.label !== 'Person')] : candidates;
}

function hasEveryWord(role: string, words: readonly string[]): boolean {
  const have = new Set(role.toLowerCase().split(/\s+/));
  return words.every(w => have.has(w));
}

/** "finance minister" with no one before it: the one person mentioned within the next sentences (and not
 * before) whose role contains every word of the description; null when none or several. A description of two
 * title words or more ("the state premier of X") is specific enough to wait for its name anywhere later in
 * the article, as long as one person only fits it. */
function pickIntroduced(
  candidates: WorkEntity[],
  words: readonly Token[],
  names: ResolvedNames,
  sentence: number,
  anywhereLater: boolean,
): WorkEntity | null {
  const wanted = words.map(baseLower);
  const window = anywhereLater ? Infinity : CATAPHORA_WINDOW;
  const fits = candidates.filter(e => {
    if (e.label !== 'Person') return false;
    const firstSentence = Math.min(...names.mentions.filter(m => m.entityKey === e.key).map(m => m.sentence));
    if (!(firstSentence > sentence && firstSentence <= sentence + window)) return false;
    return e.roles.some(r => {
      const roleWords = new Set(r.role.toLowerCase().split(/\s+/));
      return wanted.every(w => roleWords.has(w));
    });
  });
  return fits.length === 1 ? (fits[0] as WorkEntity) : null;
}

/** "the [Nigerian] [press] ambassador" -> index of the head noun, -1 when the phrase names no role or body. */
function findHead(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j] as Token;
    const w = baseLower(t);
    if (has(t, 'Plural') && !isPossessive(t)) return -1;
    if (
      DESCRIPTION_HEADS.has(w) ||
      ORG_DESCRIPTIONS.has(w) ||
      MEDIA_DESCRIPTIONS.has(w) ||
      COMPANY_DESCRIPTIONS.has(w) ||
      CLASS_DESCRIPTIONS.has(w)
    ) {
      const next = tokens[j + 1];
      // "the ambassador Sergio Lima" / "the minister's office": the first is a title, the second still refers
      if (next && isCapitalised(next) && isJoined(t, next) && !isPossessive(t)) return -1;
      return j;
    }
    // "the Health Secretary": a capitalised title word is still a description's word
    const titleWord = isCapitalised(t) && (ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w));
    if (!(has(t, 'Adjective') || has(t, 'Demonym') || (has(t, 'Noun') && !isCapitalised(t)) || titleWord))
      return -1;
  }
  return -1;
}

function candidatesFor(names: ResolvedNames, word: string): WorkEntity[] {
  const out: WorkEntity[] = [];
  for (const e of names.entities.values()) {
    if (e.label === 'Person' && DESCRIPTION_HEADS.has(word)) {
      if (e.roles.some(r => r.role.toLowerCase().split(/\s+/).includes(word))) out.push(e);
    } else if (e.label === 'Organization') {
      const words = e.name.toLowerCase().split(/\s+/);
      const last = words[words.length - 1];
      // "the ministry" for the Ministry of Rural Affairs: a name's head stands before its "of"
      const headBeforeOf = words[words.indexOf('of') - 1];
      if (ORG_DESCRIPTIONS.has(word) && (last === word || headBeforeOf === word)) out.push(e);
      else if (MEDIA_DESCRIPTIONS.has(word) && e.kind === 'media') out.push(e);
      else if (COMPANY_DESCRIPTIONS.has(word) && e.kind === 'company') out.push(e);
    }
  }
  return out;
}

/** Organizations introduced by this class noun ("the regulator OFTRA"), or sports clubs for "the club". */
function classCandidates(names: ResolvedNames, word: string): WorkEntity[] {
  if (!CLASS_DESCRIPTIONS.has(word)) return [];
  const out: WorkEntity[] = [];
  for (const e of names.entities.values()) {
    if (e.label !== 'Organization' || e.kind === 'state') continue;
    const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
    if (
      e.classNouns?.has(word) ||
      (PUBLIC_KINDS.has(e.kind ?? 'other') && REGULATOR_NOUNS[word]?.has(last)) ||
      (word === 'club' && CLUB_HEADS.has(last)) ||
      (word === 'party' && e.kind === 'party')
    )
      out.push(e);
  }
  return out;
}

/** The one candidate mentioned before `at`; null when none or several (a class noun alone is not specific). */
function pickUnique(candidates: WorkEntity[], starts: Map<string, number[]>, at: number): WorkEntity | null {
  const before = candidates.filter(c => (starts.get(c.key)?.[0] ?? Infinity) < at);
  return before.length === 1 ? (before[0] as WorkEntity) : null;
}

function insertSorted(starts: Map<string, number[]>, key: string, value: number): void {
  const list = starts.get(key) ?? [];
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) > value) i--;
  list.splice(i, 0, value);
  starts.set(key, list);
}

/** Start offsets of each entity's mentions, ascending. */
function indexStarts(names: ResolvedNames): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of [...names.mentions].sort((a, b) => a.start - b.start)) {
    const list = out.get(m.entityKey);
    if (list) list.push(m.start);
    else out.set(m.entityKey, [m.start]);
  }
  return out;
}

/** Among candidates already mentioned before `at` (a description points back), the one mentioned last. */
function pickTarget(candidates: WorkEntity[], starts: Map<string, number[]>, at: number): WorkEntity | null {
  let best: WorkEntity | null = null;
  let bestStart = -1;
  for (const c of candidates) {
    const list = starts.get(c.key) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? (list[lo - 1] as number) : -1;
    if (last > bestStart) {
      best = c;
      bestStart = last;
    }
  }
  return best;
}
