// "The Guardian reported" / "Nigeria denied" / "the Nigerian embassy said" -> spans of well-known
// organizations, countries and country institutions written in lower case ("Nigerian embassy" -> Nigerian
// Embassy). Found first and longest-first, so "Los Angeles Times" is never read as a place plus a word.
import type { OrganizationKind } from '@news-kg/graph-model';
import { findCountry, type CountryEntry } from '../lexicon/countries';
import {
  findKnownOrganization,
  LOWERCASE_ORG_HEADS,
  MAX_KNOWN_ORG_WORDS,
  ORG_HEADS,
} from '../lexicon/organizations';
import { HONORIFICS, MEMBER_STANDINGS, MEMBER_TITLES, ROLE_HEADS } from '../lexicon/titles';
import type { ParsedSentence, Token } from './02-split-sentences';
import { baseLower, baseText, has, isCapitalised, isJoined, isPossessive } from './token-helpers';
import { COUNTRY_INSTITUTIONS } from '../lexicon/organizations';
import { POLICY_AREAS, PORTFOLIO_HEADS } from '../lexicon/organizations';
import { COMMITTEE_WORDS } from '../lexicon/organizations';

export interface Span {
  sentence: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

export interface KnownSpan extends Span {
  type: 'org' | 'country';
  /** Canonical name: "The Guardian", "Nigeria", "Nigerian Embassy". */
  name: string;
  kind: OrganizationKind;
  country: CountryEntry | null;
  /** The span's last token carries a possessive ("Nigeria's"). */
  possessive: boolean;
  /** Surface words without possessive, as written ("Los Angeles Times", "U.S."). */
  surface: string;
}

/** Finds well-known organizations and countries in one sentence; returns spans and the consumed token set. */
export function findKnownSpans(sentence: ParsedSentence, text: string): KnownSpan[] {
  const tokens = sentence.tokens;
  const out: KnownSpan[] = [];
  for (let i = 0; i < tokens.length;) {
    const span = matchAt(sentence, tokens, i, text);
    if (span) {
      out.push(span);
      i = span.last + 1;
    } else i++;
  }
  return out;
}

function matchAt(sentence: ParsedSentence, tokens: Token[], i: number, text: string): KnownSpan | null {
  const first = tokens[i];
  if (!first || !isCapitalised(first)) return null;
  for (let w = Math.min(MAX_KNOWN_ORG_WORDS, tokens.length - i); w >= 1; w--) {
    const last = i + w - 1;
    if (!joinedRun(tokens, i, last)) continue;
    const lastToken = tokens[last] as Token;
    const surface = text.slice(first.start, lastToken.end).replace(/['’]s$/i, '');
    const known = findKnownOrganization(surface);
    const possessive = isPossessive(lastToken);
    if (
      known &&
      !continuesIntoLongerOrg(tokens, last) &&
      !continuesLongerOrg(tokens, i) &&
      !isPortfolio(tokens, i, last, known.kind) &&
      !isMemberStanding(tokens, i, last)
    ) {
      const station = known.kind === 'media' && !possessive ? localEdition(tokens, last) : -1;
      if (station > last) {
        const stationEnd = tokens[station] as Token;
        return {
          sentence: sentence.index,
          first: i,
          last: station,
          type: 'org',
          name: text.slice(first.start, stationEnd.end).replace(/['’]s$/i, ''),
          kind: 'media',
          country: null,
          possessive: isPossessive(stationEnd),
          surface: text.slice(first.start, stationEnd.end).replace(/['’]s$/i, ''),
        };
      }
      return withThe(tokens, {
        sentence: sentence.index,
        first: i,
        last,
        type: 'org',
        name: known.name,
        kind: known.kind,
        country: null,
        possessive,
        surface,
      });
    }
    if (w > 3) continue;
    const country = findCountry(surface);
    if (!country || (w === 1 && has(first, 'Person') && !has(first, 'Country') && !has(first, 'Demonym')))
      continue;
    const institution =
      matchInstitution(tokens, last, country) ?? matchInstitutionOf(tokens, i, last, country);
    if (institution)
      return {
        ...institution,
        sentence: sentence.index,
        first: institution.first ?? i,
        surface: text
          .slice((tokens[institution.first ?? i] as Token).start, (tokens[institution.last] as Token).end)
          .replace(/['’]s$/i, ''),
      };
    return {
      sentence: sentence.index,
      first: i,
      last,
      type: 'country',
      name: country.name,
      kind: 'state',
      country,
      possessive,
      surface,
    };
  }
  return null;
}

/** "Independent MP X": one word saying where a member of parliament stands is no outlet of that name. */
function isMemberStanding(tokens: Token[], first: number, last: number): boolean {
  const title = tokens[last + 1];
  return (
    first === last &&
    MEMBER_STANDINGS.has((tokens[first] as Token).lower) &&
    !!title &&
    MEMBER_TITLES.has(title.lower)
  );
}

/** "told Sky News Leeds that …": an outlet's name and a city (one or two words) name its local station or edition;
 * the last token of that city, or -1 ("the BBC Moscow correspondent": a city before a common noun says where the
 * correspondent works). */
function localEdition(tokens: Token[], last: number): number {
  let k = last;
  while (k - last < 2) {
    const next = tokens[k + 1];
    if (!next || !isJoined(tokens[k] as Token, next) || !isCapitalised(next) || !has(next, 'Place')) break;
    if (has(next, 'Person') || has(next, 'Organization')) break;
    k++;
  }
  if (k === last) return -1;
  const after = tokens[k + 1];
  if (
    after &&
    isJoined(tokens[k] as Token, after) &&
    !isCapitalised(after) &&
    has(after, 'Noun') &&
    !has(after, 'Pronoun')
  )
    return -1;
  return k;
}

/** "Senate Environment and Public Works Committee": a known name ("Senate") opening a longer institution name
 * is left to the name-run step, which reads the whole name. */
function continuesIntoLongerOrg(tokens: Token[], last: number): boolean {
  if (opensCommittee(tokens, last)) return true;
  let head = -1;
  for (let k = last; k + 1 < tokens.length && isJoined(tokens[k] as Token, tokens[k + 1] as Token); k++) {
    const next = tokens[k + 1] as Token;
    const w = baseLower(next);
    if (has(next, 'Date') || has(next, 'Value')) break;
    if (!isCapitalised(next) && !['of', 'and', 'for', 'on'].includes(w) && !LOWERCASE_ORG_HEADS.has(w)) break;
    if (ROLE_HEADS.has(w) || HONORIFICS.has(w)) return false;
    if (Object.prototype.hasOwnProperty.call(ORG_HEADS, w)) head = k + 1;
    if (isPossessive(next)) break;
  }
  return head > last;
}

/** "Movement for Democratic Change", "Union of Conservative Workers": a known short name ("Democratic") after an
 * institution head and its connector is a word of that longer name. */
function continuesLongerOrg(tokens: Token[], first: number): boolean {
  const connector = tokens[first - 1];
  if (
    !connector ||
    !['of', 'for', 'and', '&'].includes(connector.lower) ||
    !isJoined(connector, tokens[first] as Token)
  )
    return false;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t) || !isJoined(t, tokens[k + 1] as Token)) return false;
    if (Object.prototype.hasOwnProperty.call(ORG_HEADS, baseLower(t))) return true;
  }
  return false;
}

/** "the Senate science committee", "Congress's budget panel": a legislature, up to three lower-case words and a
 * committee word make one committee (read by the name-run step), never the legislature alone. */
function opensCommittee(tokens: Token[], last: number): boolean {
  if (!LEGISLATURES.has(baseLower(tokens[last] as Token)) || isPossessive(tokens[last] as Token))
    return false;
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (
      !isJoined(tokens[k - 1] as Token, t) ||
      has(t, 'Verb') ||
      has(t, 'Determiner') ||
      has(t, 'Preposition')
    )
      return false;
    if (COMMITTEE_WORDS.has(baseLower(t))) return k > last + 1;
    if (isCapitalised(t)) return false;
  }
  return false;
}

const LEGISLATURES: ReadonlySet<string> = new Set([
  'senate',
  'house',
  'congress',
  'parliament',
  'assembly',
  'duma',
  'council',
  'commons',
  'lords',
]);

/** "Nigerian embassy", "Nigeria's foreign ministry", "US energy department": country + lower-case institution. */
function matchInstitution(
  tokens: Token[],
  last: number,
  country: CountryEntry,
): (Omit<KnownSpan, 'sentence' | 'first' | 'surface'> & { first?: number }) | null {
  for (const w of [2, 1]) {
    const words = tokens.slice(last + 1, last + 1 + w);
    if (words.length !== w || words.some(t => isCapitalised(t))) continue;
    if (!joinedRun(tokens, last, last + w) && !isPossessive(tokens[last] as Token)) continue;
    const lower = words.map(baseLower);
    const head = lower[lower.length - 1] as string;
    if (!COUNTRY_INSTITUTIONS.has(head) || (w === 2 && !POLICY_AREAS.has(lower[0] as string))) continue;
    // "the Nigerian ministry of foreign affairs" is its foreign ministry
    const area = w === 1 ? policyComplement(tokens, last + 1) : null;
    const end = tokens[area ? area.last : last + w] as Token;
    const named = area ? [area.area, head] : lower;
    return {
      last: area ? area.last : last + w,
      type: 'org',
      name: `${prefixOf(country)} ${named.map(capitalise).join(' ')}`,
      kind: 'government',
      country,
      possessive: isPossessive(end),
    };
  }
  return null;
}

/** Institutions that take their country as an "of" complement: "the government of Nigeria", "the embassy of
 * Brazil". */
const INSTITUTIONS_OF_A_COUNTRY: ReadonlySet<string> = new Set([
  'government',
  'embassy',
  'consulate',
  'parliament',
  'army',
  'navy',
  'cabinet',
]);

/** "the government of Nigeria" = "the Nigerian government": a lower-case institution, "of", then the country. */
function matchInstitutionOf(
  tokens: Token[],
  first: number,
  last: number,
  country: CountryEntry,
): (Omit<KnownSpan, 'sentence' | 'first' | 'surface'> & { first: number }) | null {
  const of = tokens[first - 1];
  const head = tokens[first - 2];
  if (!of || !head || of.lower !== 'of' || isCapitalised(head) || isPossessive(head)) return null;
  if (!INSTITUTIONS_OF_A_COUNTRY.has(baseLower(head))) return null;
  if (!isJoined(head, of) || !isJoined(of, tokens[first] as Token)) return null;
  return {
    first: first - 2,
    last,
    type: 'org',
    name: `${prefixOf(country)} ${capitalise(baseLower(head))}`,
    kind: 'government',
    country,
    possessive: isPossessive(tokens[last] as Token),
  };
}

/** "ministry" + "of foreign affairs" / "of defence": the policy area a lower-case ministry or department takes as
 * its complement (null when none follows). */
function policyComplement(tokens: Token[], head: number): { area: string; last: number } | null {
  const h = tokens[head];
  const of = tokens[head + 1];
  const area = tokens[head + 2];
  if (!h || !of || !area || !['ministry', 'department'].includes(baseLower(h)) || of.lower !== 'of')
    return null;
  if (isCapitalised(area) || !POLICY_AREAS.has(baseLower(area))) return null;
  if (!isJoined(h, of) || !isJoined(of, area)) return null;
  const affairs = tokens[head + 3];
  if (affairs && baseLower(affairs) === 'affairs' && isJoined(area, affairs))
    return { area: baseLower(area), last: head + 3 };
  return { area: baseLower(area), last: head + 2 };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "US" stays "US" (an acronym reads as an adjective); other countries use the demonym: "Nigerian". */
export function prefixOf(country: CountryEntry): string {
  if (country.name === 'United States') return 'US';
  if (country.name === 'United Kingdom') return 'UK';
  return country.demonym;
}

function joinedRun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isJoined(tokens[k] as Token, tokens[k + 1] as Token)) return false;
  return true;
}

/** A leading "The" belongs to outlet names ("The Guardian"); include it in the span when written. */
function withThe(tokens: Token[], span: KnownSpan): KnownSpan {
  const before = tokens[span.first - 1];
  if (
    before &&
    baseText(before) === 'The' &&
    isJoined(before, tokens[span.first] as Token) &&
    span.name.startsWith('The ')
  ) {
    return { ...span, first: span.first - 1, surface: `The ${span.surface}` };
  }
  return span;
}

/** "Labour Minister X", "the Labour Secretary": a party's one-word name that is also a policy area, before a minister's
 * or secretary's title, is the portfolio, not the party ("Labour MP X" stays the party). */
function isPortfolio(tokens: Token[], first: number, last: number, kind: OrganizationKind): boolean {
  const head = tokens[last + 1];
  return (
    kind === 'party' &&
    first === last &&
    POLICY_AREAS.has(baseLower(tokens[first] as Token)) &&
    !!head &&
    isJoined(tokens[last] as Token, head) &&
    PORTFOLIO_HEADS.has(baseLower(head))
  );
}
