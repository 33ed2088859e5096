// "A spokesman for the presidency said …", "The coast guard said the crew …" with no body of that name before it: a
// public body the article names only by its common noun (`BARE_BODY_NOUNS`). When the article names a body with that
// head elsewhere (later: "… Maravel's coast guard"), the noun is that body; else, when the noun acts (the subject
// of a verb, the owner of a role, the body a spokesperson speaks for), it is an organization of its own, named by the
// noun ("presidency", "coast guard"). A noun that only modifies another ("the council elections") names no body.
import {
  BARE_BODY_NOUNS,
  COMMITTEE_WORDS,
  COMMITTEE_MODIFIERS,
  LEGISLATURE_NOUNS,
  POLICY_AREAS,
  REGULATOR_NOUNS,
} from '../lexicon/organizations';
import { ROLE_HEADS } from '../lexicon/titles';
import type { ParsedSentence, Token } from './02-split-sentences';
import { orgKey, type ResolvedNames, type WorkEntity } from './06-resolve-names';
import { addMention, foldEntity, mentionAt } from './mention-helpers';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';

/** Adds a mention (and, when needed, an organization) for every acting bare body of the article. */
export function resolveBareBodies(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  text: string,
): void {
  const portfolio = ministersPortfolio(sentences);
  for (const s of sentences) {
    if (s.zone !== 'body' && s.zone !== 'title') continue;
    const tokens = s.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]?.lower !== 'the' && !isLegislaturePossessive(tokens, i)) continue;
      const body =
        readBareBody(tokens, i + 1) ?? (portfolio ? readPortfolioMinistry(tokens, i + 1, portfolio) : null);
      const opener = tokens[i] as Token;
      if (!body || !/^\s{1,2}$/.test(opener.post) || /["“”'‘([]/.test((tokens[i + 1] as Token).pre)) continue;
      if (tokens.slice(i + 1, body.last + 1).some(t => mentionAt(names, s.index, t.i))) continue;
      if (tokens[i]?.lower === 'the' && mentionAt(names, s.index, i)) continue;
      const named = namedWithHead(names, body.words);
      if (!named && !acts(tokens, i, body.last)) continue;
      const target =
        named ??
        ensureBody(
          names,
          body.words.join(' '),
          COMMITTEE_WORDS.has(body.words[body.words.length - 1] as string) ? 'committee' : 'government',
        );
      const a = tokens[i + 1] as Token;
      const b = tokens[body.last] as Token;
      const end = /['’]s$/i.test(b.text) ? b.end - 2 : b.end;
      addMention(names, {
        entityKey: target.key,
        start: a.start,
        end,
        surface: text.slice(a.start, end),
        form: named ? 'description' : 'name',
        sentence: s.index,
        first: i + 1,
        last: body.last,
      });
      if (!named) target.aliases.add(text.slice(a.start, end));
    }
  }
}

interface BareBody {
  words: string[];
  last: number;
}

/** "coast guard", "city council", "foreign ministry" at token k: lower-case words of the lexicon, joined. */
function readBareBody(tokens: readonly Token[], k: number): BareBody | null {
  const ofArea = readMinistryOfArea(tokens, k);
  if (ofArea) return ofArea;
  // "the parliamentary science committee", "the select health committee": the committee of its field
  const modifier = tokens[k];
  if (modifier && COMMITTEE_MODIFIERS.has(modifier.lower) && isJoined(modifier, tokens[k + 1] ?? modifier)) {
    const body = readBareBody(tokens, k + 1);
    if (body && COMMITTEE_WORDS.has(body.words[body.words.length - 1] as string) && body.words.length === 2)
      return body;
  }
  for (const w of [2, 1]) {
    const words = tokens.slice(k, k + w);
    if (words.length !== w || words.some(t => isCapitalised(t))) continue;
    if (w === 2 && !isJoined(words[0] as Token, words[1] as Token)) continue;
    if (words.slice(0, -1).some(t => isPossessive(t))) continue;
    const lower = words.map(baseLower);
    const phrase = lower.join(' ');
    // "the foreign ministry": a policy area and a ministry
    const ministry = w === 2 && POLICY_AREAS.has(lower[0] as string) && lower[1] === 'ministry';
    // "the science committee", "parliament's health committee": a legislature's committee by its field
    const committee =
      w === 2 && POLICY_AREAS.has(lower[0] as string) && COMMITTEE_WORDS.has(lower[1] as string);
    if (!BARE_BODY_NOUNS.has(phrase) && !ministry && !committee) continue;
    const last = k + w - 1;
    const next = tokens[last + 1];
    // "the council elections", "the presidency of Velaria" (read by qualified-bodies.ts)
    if (next && isJoined(tokens[last] as Token, next) && !isPossessive(tokens[last] as Token)) {
      if (has(next, 'Noun') && !has(next, 'Verb') && !ROLE_HEADS.has(baseLower(next))) return null;
      if (next.lower === 'of') return null;
    }
    return { words: lower, last };
  }
  return null;
}

/** "the ministry of culture", "the ministry of foreign affairs": a lower-case ministry with its policy area as
 * complement is that area's ministry ("culture ministry"); not "the ministry of a neighbour" or "of Culture X". */
function readMinistryOfArea(tokens: readonly Token[], k: number): BareBody | null {
  const [head, of, area] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!head || !of || !area || head.lower !== 'ministry' || of.lower !== 'of') return null;
  if (isCapitalised(head) || isCapitalised(area) || !isJoined(head, of) || !isJoined(of, area)) return null;
  if (!POLICY_AREAS.has(baseLower(area))) return null;
  let last = k + 2;
  const next = tokens[last + 1];
  if (next && next.lower === 'affairs' && isJoined(area, next)) last++;
  const after = tokens[last + 1];
  // "the ministry of culture officials": the phrase modifies a noun after it
  if (after && isJoined(tokens[last] as Token, after) && has(after, 'Noun') && !has(after, 'Verb'))
    return null;
  return { words: [baseLower(area), 'ministry'], last };
}

/** "parliament's science committee", "the Senate's finance committee": a legislature's possessive before the body. */
function isLegislaturePossessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return isPossessive(t) && LEGISLATURE_NOUNS.has(baseLower(t));
}

/** The one policy area the article's ministers hold ("Agriculture Minister X", "Minister of Agriculture, Food and
 * Rural Affairs X": the first area after "of"); null when none or two ("the foreign and defence ministers"). */
function ministersPortfolio(sentences: readonly ParsedSentence[]): string | null {
  const areas = new Set<string>();
  for (const s of sentences) {
    if (s.zone !== 'body' && s.zone !== 'title') continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.lower !== 'minister' && t.lower !== 'ministers') continue;
      const before = tokens[i - 1];
      if (before && POLICY_AREAS.has(baseLower(before)) && isJoined(before, t)) areas.add(baseLower(before));
      const of = tokens[i + 1];
      const area = tokens[i + 2];
      if (of?.lower === 'of' && area && POLICY_AREAS.has(baseLower(area)) && isJoined(t, of))
        areas.add(baseLower(area));
    }
  }
  return areas.size === 1 ? ([...areas][0] as string) : null;
}

/** "the Ministry is ready", "the ministry said" in an article whose minister holds one portfolio: that area's
 * ministry ("Agriculture Minister X … the ministry said" -> "agriculture ministry"). Not "the Ministry of …" (a name)
 * nor "the ministry officials" (a modifier). */
function readPortfolioMinistry(tokens: readonly Token[], k: number, area: string): BareBody | null {
  const head = tokens[k];
  if (!head || head.lower !== 'ministry') return null;
  const next = tokens[k + 1];
  if (next && isJoined(head, next) && !isPossessive(head)) {
    if (next.lower === 'of' || isCapitalised(next)) return null;
    if (has(next, 'Noun') && !has(next, 'Verb') && !ROLE_HEADS.has(baseLower(next))) return null;
  }
  return { words: [area, 'ministry'], last: k };
}

/** The body acts: the subject of a verb after it ("the coast guard said"), the owner of a role ("the presidency's
 * spokesman"), a role of it after it ("the coast guard spokesman"), or the body a spokesperson speaks for ("a
 * spokesman for the presidency"). */
function acts(tokens: readonly Token[], the: number, last: number): boolean {
  const lastToken = tokens[last] as Token;
  const next = tokens[last + 1];
  if (isPossessive(lastToken)) return !!next && ROLE_HEADS.has(baseLower(next));
  if (next && ROLE_HEADS.has(baseLower(next)) && isJoined(lastToken, next)) return true;
  const verb = next?.text === '' ? tokens[last + 2] : next;
  if (verb && has(verb, 'Verb') && !has(verb, 'Gerund') && !/[,;:]/.test(lastToken.post)) return true;
  const prep = tokens[the - 1];
  const role = tokens[the - 2];
  if (!prep || !role) return false;
  // "a spokesman for the presidency", "the chairman of the science committee"
  if (['for', 'of', 'at'].includes(prep.lower) && SPOKESPEOPLE.has(baseLower(role))) return true;
  return prep.lower === 'of' && ROLE_HEADS.has(baseLower(role));
}

const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** The one organization of the article whose name ends with the body's words ("Maravel coast guard"). */
function namedWithHead(names: ResolvedNames, words: readonly string[]): WorkEntity | null {
  // the whole phrase: "the coast guard" is no border guard's
  const tail = ` ${words.join(' ')}`;
  const found = [...names.entities.values()].filter(
    e => e.label === 'Organization' && e.kind !== 'state' && ` ${e.name.toLowerCase()}`.endsWith(tail),
  );
  return found.length === 1 ? (found[0] as WorkEntity) : null;
}

/** "Maravel's aviation regulator" (a qualified body, qualified-bodies.ts) in an article that names the regulating
 * body itself ("the Aviation Safety Inspectorate"): the description is that body, no body of its own. The named one
 * is the article's one organization whose head is a regulator's (`REGULATOR_NOUNS`) and which shares the
 * description's field word ("aviation"); with no field word, the article's one such body. */
export function foldRegulatorDescriptions(names: ResolvedNames): void {
  for (const e of [...names.entities.values()]) {
    if (e.label !== 'Organization') continue;
    const words = e.name.toLowerCase().split(/\s+/);
    const noun = words[words.length - 1] as string;
    const heads = REGULATOR_NOUNS[noun];
    if (!heads || words.length < 2) continue;
    const fields = words.slice(1, -1).filter(w => POLICY_AREAS.has(w) || w.length > 3);
    const candidates = [...names.entities.values()].filter(o => {
      if (o === e || o.label !== 'Organization' || o.kind === 'state') return false;
      const own = o.name.toLowerCase().split(/\s+/);
      if (!heads.has(own[own.length - 1] as string) || REGULATOR_NOUNS[own[own.length - 1] as string])
        return false;
      return fields.length === 0 || fields.some(f => own.includes(f));
    });
    if (candidates.length === 1) foldEntity(names, e, candidates[0] as WorkEntity);
  }
}

function ensureBody(names: ResolvedNames, name: string, kind: WorkEntity['kind'] = 'government'): WorkEntity {
  const key = orgKey(name, null);
  const existing = names.entities.get(key);
  if (existing) return existing;
  const e: WorkEntity = {
    key,
    label: 'Organization',
    name,
    aliases: new Set(),
    kind,
    roles: [],
    gender: null,
    words: key.split('|')[1]?.split(' ') ?? [],
    country: null,
    mentionCount: 0,
  };
  names.entities.set(key, e);
  return e;
}
