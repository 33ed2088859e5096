// "Maravel's coast guard seized the ship", "the Bellhaven city council voted", "the coast guard of Maravel" ->
// one organization "Maravel coast guard" / "Bellhaven city council": a public body named by a common noun after the
// place or state it belongs to (`BODY_NOUNS`, with up to two narrowing words: "Bellhaven's port authority", "the
// Velarian fisheries ministry"). The place's own mention is folded into the body's, as "the Nigerian embassy" folds
// its country; a known country keeps its demonym ("Norway's coast guard" -> "Norwegian coast guard"). A person
// never qualifies a body this way ("Duarte's ministry" is the ministry she runs, named elsewhere).
import { BODY_MODIFIERS, BODY_NOUNS, PLACE_UNITS, POLICY_AREAS } from '../lexicon/organizations';
import type { Token } from './02-split-sentences';
import { prefixOf } from './03-find-known-spans';
import type { OrganizationKind } from '@news-kg/graph-model';
import type { CountryEntry } from '../lexicon/countries';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';

/** The fields of a raw mention (05-collect-mentions.ts) this step reads and writes. */
export interface BodyCandidate {
  type: 'person' | 'org' | 'country' | 'name';
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  known: string | null;
  kind: OrganizationKind | null;
  country: CountryEntry | null;
  title: unknown;
  qualifier: unknown;
  personSignal: boolean;
  acting: boolean;
  possessive: boolean;
  gender: 'male' | 'female' | null;
  firstName?: boolean;
}

/** The place or state mention a body's mention replaced ("Anwell" of "Anwell's commission"), kept so that the
 * article-level step may give it back when the word is the family name of a person of the article. */
export const FOLDED_QUALIFIER = new WeakMap<object, BodyCandidate>();

/** How many narrowing words may stand between the place and the body noun. */
const MAX_MODIFIERS = 2;

/** Replaces, in `raw`, each place or state mention that qualifies a public body with the body's mention. */
export function foldQualifiedBodies<M extends BodyCandidate>(raw: M[], tokens: Token[], text: string): void {
  for (let n = 0; n < raw.length; n++) {
    const q = raw[n] as M;
    const unit = bodyOfPlaceUnit(q, tokens);
    if (unit) {
      const b = tokens[unit.last] as Token;
      raw[n] = {
        ...q,
        last: unit.last,
        end: b.end,
        surface: text.slice(q.start, b.end),
        known: unit.name,
        kind: 'government',
      };
      continue;
    }
    if (!canQualify(q, tokens)) continue;
    const after = readBody(tokens, q.last + 1, isPossessive(tokens[q.last] as Token));
    const before = after ? null : readBodyBefore(tokens, q.first);
    const body = after ?? before;
    if (!body) continue;
    const first = before ? before.first : q.first;
    const last = before ? q.last : body.last;
    if (raw.some(m => m !== q && m.first <= last && m.last >= first)) continue;
    const place = q.country ? prefixOf(q.country) : q.surface.replace(/['’]s$/i, '').replace(/\s+/g, ' ');
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    const end = /['’]s$/i.test(b.text) ? b.end - 2 : b.end;
    const folded: M = {
      ...q,
      type: 'org',
      first,
      last,
      start: a.start,
      end,
      surface: text.slice(a.start, end),
      known: `${place} ${body.words.join(' ')}`,
      kind: 'government',
      title: null,
      qualifier: null,
      personSignal: false,
      acting: false,
      possessive: isPossessive(b),
      gender: null,
      firstName: false,
    };
    FOLDED_QUALIFIER.set(folded, { ...q });
    raw[n] = folded;
  }
}

/** "Police of Tarnby district said", "the Council of Orlen County": a capitalised body noun, "of" and a place, with
 * the lower-case kind of place after the name, is that place's body ("Tarnby district police"), as the same body
 * is written in the other order; the unit word belongs to the name, not to the sentence. */
function bodyOfPlaceUnit(q: BodyCandidate, tokens: Token[]): { last: number; name: string } | null {
  if (q.type !== 'org' || q.known || q.last - q.first < 2 || q.last - q.first > 4) return null;
  const head = tokens[q.first] as Token;
  if (tokens[q.first + 1]?.lower !== 'of' || !BODY_NOUNS.has(baseLower(head))) return null;
  const unit = tokens[q.last + 1];
  if (
    !unit ||
    isCapitalised(unit) ||
    !PLACE_UNITS.has(unit.lower) ||
    !isJoined(tokens[q.last] as Token, unit)
  )
    return null;
  const place = tokens.slice(q.first + 2, q.last + 1);
  if (!place.every(t => isCapitalised(t) && !isPossessive(t))) return null;
  const placeName = place.map(t => t.text).join(' ');
  return { last: q.last + 1, name: `${placeName} ${unit.lower} ${baseLower(head)}` };
}

/** A place, a state or an unexplained name with no sign of a person: a country, a name run the tagger reads as a
 * place, or any name that is no person's (no title, no first name, no speech verb of its own). */
function canQualify(q: BodyCandidate, tokens: Token[]): boolean {
  if (q.type === 'country') return !!q.country;
  if (q.type === 'person' || q.title || q.firstName || q.personSignal) return false;
  if (q.type === 'org' && (q.known || (q.kind !== 'other' && q.kind !== 'state') || q.first !== q.last))
    return false;
  const words = tokens.slice(q.first, q.last + 1);
  return q.last - q.first <= 2 && !words.some(t => has(t, 'FirstName') || has(t, 'Honorific'));
}

interface Body {
  words: string[];
  first: number;
  last: number;
}

/** The body noun phrase opening at token k: narrowing words, then a body noun, all lower case and joined. */
function readBody(tokens: Token[], k: number, possessive: boolean): Body | null {
  const prev = tokens[k - 1];
  const opening = tokens[k];
  if (!prev || !opening) return null;
  if (possessive ? !/^\s{1,2}$/.test(prev.post) : !isJoined(prev, opening)) return null;
  for (let m = 0; m <= MAX_MODIFIERS; m++) {
    for (const w of [2, 1]) {
      const head = k + m + w - 1;
      const words = tokens.slice(k, head + 1);
      if (words.length !== m + w || !joined(tokens, k, head)) continue;
      if (words.some(t => isCapitalised(t))) return null;
      const noun = words.slice(m).map(baseLower).join(' ');
      if (!BODY_NOUNS.has(noun)) continue;
      if (!words.slice(0, m).every(t => isModifier(t))) continue;
      const headToken = tokens[head] as Token;
      // "the Bellhaven council elections", "Maravel's navy ships": the body as a modifier of another noun names no
      // actor
      const next = tokens[head + 1];
      if (next && isJoined(headToken, next) && !isPossessive(headToken) && isNounModified(next)) return null;
      return { words: words.map(baseLower), first: k, last: head };
    }
  }
  return null;
}

/** "the coast guard of Maravel": the body before "of" and the place, opened by "the". */
function readBodyBefore(tokens: Token[], first: number): Body | null {
  const of = tokens[first - 1];
  if (!of || of.lower !== 'of' || !isJoined(of, tokens[first] as Token)) return null;
  for (let start = first - 2; start >= 1 && start >= first - 1 - (MAX_MODIFIERS + 2); start--) {
    if (tokens[start - 1]?.lower !== 'the') continue;
    const body = readBody(tokens, start, false);
    if (body && body.last === first - 2 && isJoined(tokens[start - 1] as Token, tokens[start] as Token))
      return { ...body, first: start };
  }
  return null;
}

function isModifier(t: Token): boolean {
  const w = baseLower(t);
  return !isPossessive(t) && (BODY_MODIFIERS.has(w) || POLICY_AREAS.has(w));
}

/** A lower-case common noun after the body ("elections", "ships", "meeting"), not a verb or a role ("spokesman" keeps
 * the body: a role of the body is read by the role step). */
function isNounModified(t: Token): boolean {
  if (isCapitalised(t) || !has(t, 'Noun') || has(t, 'Verb') || has(t, 'Pronoun')) return false;
  return has(t, 'Plural') && !/^(officials|officers|spokesmen|spokeswomen|sources)$/.test(t.lower);
}

function joined(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isJoined(tokens[k] as Token, tokens[k + 1] as Token)) return false;
  return true;
}
