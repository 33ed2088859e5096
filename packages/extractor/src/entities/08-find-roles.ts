// "Okafor, Nigeria's ambassador to Canada, …" / "when Duarte was a member of the Senate Finance Committee" /
// "Ortiz resigned as White House spokeswoman" -> roles after a name: an apposition, a copula, or "as".
// The role text keeps its complement ("ambassador to Canada"); a named organization or country before the
// role head (or as the complement of "member of") becomes the role's organization.
import type { RawMention } from './05-collect-mentions';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity, WorkMention } from './06-resolve-names';
import { ensureState, toRoleText } from './06-resolve-names';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_TIME_WORDS } from '../lexicon/titles';
import { ROLE_PASSIVES, ROLE_VERBS } from '../lexicon/titles';
import { BODY_PARTS, ORG_DESCRIPTIONS } from '../lexicon/organizations';
import { BODY_NOUN_HEADS } from '../lexicon/organizations';
import { entityOf, isSubjectPosition, mentionAt, mentionsIn } from './mention-helpers';
import { baseLower, findTitleBeforeName, has, isCapitalised, isPossessive } from './token-helpers';
import { COPULAS } from '../lexicon/function-words';
import { COPULA_FILLERS } from '../lexicon/function-words';

const DETERMINERS = new Set(['a', 'an', 'the']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'from', 'on']);
const OPEN_PREPOSITIONS = new Set(['to', 'of', 'for', 'from']);

interface RolePhrase {
  text: string;
  orgKey: string | null;
  end: number;
}

/** Finds apposition, copula and "as" roles of the people named in each sentence. */
export function findRoles(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  allRaw: readonly RawMention[],
  text: string,
): void {
  const bySentence = new Map<number, RawMention[]>();
  for (const r of allRaw) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    const raw = bySentence.get(s.index) ?? [];
    for (const m of mentionsIn(names, s.index)) {
      const person = entityOf(names, m);
      if (!person || person.label !== 'Person') continue;
      for (const phrase of findPhrases(s, m, names, raw, text)) {
        if (!person.roles.some(r => r.role.toLowerCase() === phrase.text.toLowerCase())) {
          person.roles.push({ role: phrase.text, organizationId: phrase.orgKey, sentence: s.index });
        }
      }
    }
  }
}

function findPhrases(
  s: ParsedSentence,
  m: WorkMention,
  names: ResolvedNames,
  raw: readonly RawMention[],
  text: string,
): RolePhrase[] {
  const tokens = s.tokens;
  const last = tokens[m.last];
  if (!last || isPossessive(last)) return [];
  const out: RolePhrase[] = [];
  const before = m.form === 'name' ? readPrecedingTitle(s, m, names, raw, text) : null;
  if (before) out.push(before);
  const passive = m.form === 'name' ? readPassiveRole(s, m, names) : null;
  if (passive) out.push(passive);
  let k = m.last + 1;
  // "… met Mr X," a spokesman said: a comma before a closing quotation mark ends the quotation, not an apposition
  if (/^\s*,/.test(last.post) && /["”]/.test(last.post)) return out;
  if (/^\s*,/.test(last.post) && m.form !== 'pronoun') {
    // "X, who chairs the residents' association,": a post told by a verb of the relative clause
    const held = readRoleVerb(s, k, names);
    if (held) {
      out.push(held);
      return out;
    }
    // apposition: "Okafor, Nigeria's ambassador to Canada,"; an age may come first: "Walsh, 52, a banker,"
    if (tokens[k] && has(tokens[k] as Token, 'Value') && /^\s*,/.test((tokens[k] as Token).post)) k++;
    // "X, President and Chief Executive Officer of Acme,": coordinated titles, each a role
    let phrase = readRolePhrase(s, k, names, raw, text);
    while (phrase) {
      out.push(phrase);
      const and = tokens[phrase.end];
      phrase =
        and && and.lower === 'and' && !/[,;:.]/.test((tokens[phrase.end - 1] as Token).post)
          ? readRolePhrase(s, phrase.end + 1, names, raw, text)
          : null;
    }
    return out;
  }
  const next = tokens[k];
  if (next && COPULAS.has(next.lower)) {
    k++;
    while (tokens[k] && COPULA_FILLERS.has((tokens[k] as Token).lower)) k++;
    let phrase = readRolePhrase(s, k, names, raw, text);
    while (phrase) {
      out.push(phrase);
      const and = tokens[phrase.end];
      phrase = and && and.lower === 'and' ? readRolePhrase(s, phrase.end + 1, names, raw, text) : null;
    }
    return out;
  }
  if (m.form === 'pronoun') return out;
  // "resigned on Friday as White House spokesman", "the appointment of X as the new director"
  if (!isSubjectPosition(tokens, m) && next?.lower !== 'as') return out;
  for (let j = k; j < tokens.length && j <= k + 8; j++) {
    const t = tokens[j] as Token;
    if (
      /[;:"“”—–]/.test(t.post) ||
      /^-+$/.test(t.text) ||
      (j > k && mentionAt(names, s.index, j)) ||
      has(t, 'Pronoun')
    )
      break;
    if (t.lower === 'as') {
      const phrase = readRolePhrase(s, j + 1, names, raw, text);
      if (phrase) out.push(phrase);
      break;
    }
    if (/,/.test(t.post)) break;
  }
  return out;
}

/** "X, who chairs the Bellhaven Residents' Association," -> chair, at that association: a relative clause whose verb
 * says the post (`ROLE_VERBS`) and whose object is an organization of the article (a name or a description). */
function readRoleVerb(s: ParsedSentence, k: number, names: ResolvedNames): RolePhrase | null {
  const tokens = s.tokens;
  const verb = tokens[k + 1];
  if (tokens[k]?.lower !== 'who' || !verb || !Object.prototype.hasOwnProperty.call(ROLE_VERBS, verb.lower))
    return null;
  const post = ROLE_VERBS[verb.lower] as string;
  const body = organizationOfPhrase(s, k + 2, names);
  if (body) return { text: post, orgKey: body.key, end: body.end };
  // "who chairs the union's local branch" with no union named: the post, in a body the article does not name
  const phrase = bodyNounPhrase(tokens, k + 2);
  return phrase > 0 ? { text: post, orgKey: null, end: phrase } : null;
}

/** The end (exclusive) of a noun phrase from token k whose words include a body noun ("the union's local branch",
 * "the planning committee"), or -1: "who runs a bakery" or "who leads the inquiry" name no post in a body. */
function bodyNounPhrase(tokens: readonly Token[], k: number): number {
  let found = false;
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j] as Token;
    if (t.text === '') continue; // the possessive 's compromise reads as a word of its own
    if (has(t, 'Verb') && !has(t, 'Noun')) return -1;
    if (ORG_DESCRIPTIONS.has(baseLower(t)) || BODY_PARTS.has(baseLower(t))) found = true;
    if (/[,;:.!?]/.test(t.post)) return found ? j + 1 : -1;
  }
  return -1;
}

/** "the Velari Front, led by X," / "a panel chaired by X" -> leader / chair of the body named right before the
 * participle (`ROLE_PASSIVES`). */
function readPassiveRole(s: ParsedSentence, m: WorkMention, names: ResolvedNames): RolePhrase | null {
  const tokens = s.tokens;
  // "chaired by Professor X": a capitalised title or a courtesy title between "by" and the name
  let at = m.first;
  while (at > 0 && isCapitalised(tokens[at - 1] as Token) && isTitleWord(tokens[at - 1] as Token)) at--;
  const by = tokens[at - 1];
  const participle = tokens[at - 2];
  if (
    by?.lower !== 'by' ||
    !participle ||
    !Object.prototype.hasOwnProperty.call(ROLE_PASSIVES, participle.lower)
  )
    return null;
  // "the Research Panel, which is chaired by X": a relative clause of the body in commas
  let b = at - 3;
  if (['is', 'was', 'are', 'were'].includes(tokens[b]?.lower ?? '')) b--;
  if (['which', 'that'].includes(tokens[b]?.lower ?? '') && /^\s*,\s*$/.test(tokens[b - 1]?.post ?? '')) b--;
  else b = at - 3;
  const before = tokens[b];
  const body = before ? mentionAt(names, s.index, before.i) : undefined;
  const e = body ? entityOf(names, body) : undefined;
  if (!body || body.last !== before?.i || e?.label !== 'Organization' || e.kind === 'state') return null;
  return { text: ROLE_PASSIVES[participle.lower] as string, orgKey: e.key, end: m.first };
}

/** A title word before a name: a role head or modifier ("Professor", "Chief Judge") or a courtesy title ("Dr"). */
function isTitleWord(t: Token): boolean {
  const w = baseLower(t);
  return ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w);
}

/** The organization a noun phrase from token k names: its first mention, a name or a description of an organization
 * ("the union's Kelbridge branch" -> the union), before any verb or punctuation. */
function organizationOfPhrase(
  s: ParsedSentence,
  k: number,
  names: ResolvedNames,
): { key: string; end: number } | null {
  const tokens = s.tokens;
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j] as Token;
    const ment = mentionAt(names, s.index, j);
    if (ment) {
      const e = entityOf(names, ment);
      return e?.label === 'Organization' && e.kind !== 'state' ? { key: e.key, end: ment.last + 1 } : null;
    }
    if (t.text === '') continue;
    if (has(t, 'Verb') || /[,;:.!?]/.test(t.post)) return null;
  }
  return null;
}

/** "The Foreign Secretary, X," / "a ministry spokesperson, X," / "Brandt's lawyer, X," / "The chief executive of
 * Acme Mining, X," / "South Africa's Minister of Mines, X,": a title set off by a comma right before the name. */
function readPrecedingTitle(
  s: ParsedSentence,
  m: WorkMention,
  names: ResolvedNames,
  raw: readonly RawMention[],
  text: string,
): RolePhrase | null {
  const tokens = s.tokens;
  const head = findTitleBeforeName(tokens, m.first, ROLE_HEADS);
  if (head < 0) return null;
  let k = head;
  while (k - 1 >= 0 && head - k < 4) {
    const t = tokens[k - 1] as Token;
    // "the club's sporting director": compromise reads the possessive 's as an empty "is" of its own
    if (t.text === '' && k - 2 >= 0 && isPossessive(tokens[k - 2] as Token)) {
      k--;
      continue;
    }
    const w = baseLower(t);
    // "its regional organiser": a possessive determiner (which the tagger may read as a noun) opens the title
    if (POSSESSIVE_DETERMINERS.has(w)) break;
    const modifier =
      ROLE_MODIFIERS.has(w) ||
      ROLE_HEADS.has(w) ||
      (!isCapitalised(t) &&
        (has(t, 'Noun') || has(t, 'Adjective') || isParticipleModifier(t)) &&
        !has(t, 'Determiner') &&
        !has(t, 'Pronoun'));
    if (!modifier || isPossessive(t) || /[,;:]/.test(t.post) || mentionAt(names, s.index, k - 1)) break;
    k--;
  }
  const opener = tokens[k - 1];
  let from = k;
  const pronoun = opener ? mentionAt(names, s.index, k - 1) : undefined;
  // "Its leader, X," with "Its" resolved to an organization: that organization employs X
  if (
    opener &&
    pronoun &&
    POSSESSIVE_DETERMINERS.has(opener.lower) &&
    entityOf(names, pronoun)?.label === 'Organization'
  )
    from = k - 1;
  // "His lawyer, Carla Mendes,": a possessive determiner opens the title like an article
  else if (opener && (DETERMINERS.has(opener.lower) || POSSESSIVE_DETERMINERS.has(opener.lower))) from = k;
  else if (opener) {
    const q = mentionAt(names, s.index, k - 1);
    const country = raw.find(r => r.sentence === s.index && r.last === k - 1 && r.type === 'country');
    if (q) from = q.first;
    else if (country) from = country.first;
    // "Speaking on Monday, spokesman of the ministry, X said": the title opens a clause after a comma;
    // "Marovian special envoy, X,": a word the article names nothing by opens the sentence before it
    else if (/,\s*$/.test(opener.post) || (k - 1 === 0 && isCapitalised(opener))) from = k;
    else if (!isPossessive(opener)) return null;
  }
  const phrase = readRolePhrase(s, from, names, raw, text);
  return phrase && phrase.end <= m.first ? phrase : null;
}

/** "[then] [a|the] [new] [Nigeria's|White House] [senior foreign policy] adviser [to Okafor]" from token k. */
function readRolePhrase(
  s: ParsedSentence,
  k: number,
  names: ResolvedNames,
  raw: readonly RawMention[],
  text: string,
): RolePhrase | null {
  const tokens = s.tokens;
  while (
    tokens[k] &&
    (ROLE_TIME_WORDS.has((tokens[k] as Token).lower) || DETERMINERS.has((tokens[k] as Token).lower))
  )
    k++;
  while (tokens[k] && isLeadingModifier(tokens[k] as Token)) k++;
  let orgKey: string | null = null;
  const q = qualifierAt(s, k, names, raw);
  if (q) {
    orgKey = q.orgKey;
    k = q.end;
    while (tokens[k]?.text === '') k++;
  }
  const start = k;
  let head = -1;
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    const t = tokens[j] as Token;
    const w = baseLower(t);
    if (isCapitalised(t) && !ROLE_HEADS.has(w) && !ROLE_MODIFIERS.has(w)) break;
    if (ROLE_HEADS.has(w) && !has(t, 'Plural')) head = j;
    else if (!(
      ROLE_MODIFIERS.has(w) ||
      has(t, 'Adjective') ||
      isParticipleModifier(t) ||
      (has(t, 'Noun') && !has(t, 'Plural'))
    ))
      break;
    if (/[,;:.!?]/.test(t.post)) break;
  }
  if (head < 0) return null;
  let end = head + 1;
  const headToken = tokens[head] as Token;
  const after = tokens[end];
  // a capitalised name right after the head: a title of someone else ("Duarte, Finance Minister Ana …")
  if (after && isCapitalised(after) && /^\s+$/.test(headToken.post)) {
    const ment = mentionAt(names, s.index, end);
    if (ment && entityOf(names, ment)?.label === 'Person') return null;
  }
  if (after && PREPOSITIONS.has(after.lower) && !/[,;:.!?]/.test(headToken.post)) {
    const object = readObject(s, end + 1, names, raw);
    // "chairman in March": only "of/to/for/from" take any name; "in/at/on" only an organization
    if (object && (OPEN_PREPOSITIONS.has(after.lower) || object.orgKey)) {
      if (object.orgKey && !orgKey) orgKey = object.orgKey;
      end = object.end;
    }
  }
  // "a council spokeswoman", "the coast guard spokesman": a body's noun before the role names the one body of the
  // article whose name ends with it
  if (!orgKey) orgKey = bodyBeforeHead(tokens, start, head, names);
  const first = tokens[start] as Token;
  const lastToken = tokens[end - 1] as Token;
  const role = toRoleText(text.slice(first.start, lastToken.end).replace(/['’]s$/i, ''));
  return role ? { text: role, orgKey, end } : null;
}

/** The one organization (no state) of the article whose name ends with the lower-case words right before the role's
 * head ("council" in "council spokeswoman", "coast guard" in "coast guard spokesman"); null when none or several. */
function bodyBeforeHead(
  tokens: readonly Token[],
  start: number,
  head: number,
  names: ResolvedNames,
): string | null {
  const words = tokens.slice(start, head).map(baseLower);
  if (!words.length || tokens.slice(start, head).some(t => isCapitalised(t))) return null;
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const tail = ` ${words.slice(words.length - n).join(' ')}`;
    if (!BODY_NOUN_HEADS.has(words[words.length - 1] as string)) return null;
    const found = [...names.entities.values()].filter(
      e => e.label === 'Organization' && e.kind !== 'state' && ` ${e.name.toLowerCase()}`.endsWith(tail),
    );
    if (found.length === 1) return (found[0] as WorkEntity).key;
    if (found.length > 1) return null;
  }
  return null;
}

/** "sporting director", "managing editor", "founding partner": an -ing word the tagger reads as a verb, modifying
 * a role head. */
function isParticipleModifier(t: Token): boolean {
  return !isCapitalised(t) && has(t, 'Gerund') && /ing$/.test(t.lower);
}

function isLeadingModifier(t: Token): boolean {
  return ['new', 'newly', 'longtime', 'long-time', 'acting', 'interim', 'outgoing', 'incoming'].includes(
    t.lower,
  );
}

/** A named organization or country at k ("White House", "Nigeria's", "Nigerian"): its entity key and end. */
function qualifierAt(
  s: ParsedSentence,
  k: number,
  names: ResolvedNames,
  raw: readonly RawMention[],
): { orgKey: string | null; end: number } | null {
  const ment = mentionAt(names, s.index, k);
  if (ment && ment.first === k) {
    const e = entityOf(names, ment);
    if (e?.label === 'Organization') return { orgKey: e.key, end: ment.last + 1 };
    if (e?.label === 'Person' && isPossessive(s.tokens[ment.last] as Token))
      return { orgKey: null, end: ment.last + 1 };
    return null;
  }
  const country = raw.find(r => r.sentence === s.index && r.first === k && r.type === 'country');
  if (country) return { orgKey: ensureState(names, country), end: country.last + 1 };
  return null;
}

/** The object of "to/of/for …": "the Senate Finance Committee", "Canada", "Okafor", "parliament for Leeds". */
function readObject(
  s: ParsedSentence,
  k: number,
  names: ResolvedNames,
  raw: readonly RawMention[],
): { orgKey: string | null; end: number } | null {
  const tokens = s.tokens;
  if (tokens[k] && (tokens[k] as Token).lower === 'the') k++;
  const ment = mentionAt(names, s.index, k);
  if (ment && ment.first === k) {
    const e = entityOf(names, ment);
    return { orgKey: e?.label === 'Organization' ? e.key : null, end: ment.last + 1 };
  }
  const country = raw.find(r => r.sentence === s.index && r.first === k);
  if (country) return { orgKey: null, end: country.last + 1 };
  let j = k;
  while (tokens[j] && isCapitalised(tokens[j] as Token) && !has(tokens[j] as Token, 'Date') && j < k + 4) {
    j++;
    if (/[,;:.!?]/.test((tokens[j - 1] as Token).post)) break;
  }
  if (j > k) return { orgKey: null, end: j };
  // a common noun complement, itself with a place or body: "member of parliament for Leeds"
  while (
    tokens[j] &&
    j < k + 2 &&
    !isCapitalised(tokens[j] as Token) &&
    has(tokens[j] as Token, 'Noun') &&
    !has(tokens[j] as Token, 'Pronoun')
  ) {
    if (/[,;:.!?]/.test((tokens[j] as Token).post)) return { orgKey: null, end: j + 1 };
    j++;
  }
  if (j === k) return null;
  const prep = tokens[j];
  if (prep && OPEN_PREPOSITIONS.has(prep.lower)) {
    const more = readObject(s, j + 1, names, raw);
    if (more) return more;
  }
  return { orgKey: null, end: j };
}
