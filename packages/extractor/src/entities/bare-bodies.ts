// "A spokesman for the presidency said …", "The coast guard said the crew …" with no body of that name before it: a
// public body the article names only by its common noun (`BARE_BODY_NOUNS`). When the article names a body with that
// head elsewhere (later: "… Maravel's coast guard"), the noun is that body; else, when the noun acts (the subject
// of a verb, the owner of a role, the body a spokesperson speaks for), it is an organization of its own, named by the
// noun ("presidency", "coast guard"). A noun that only modifies another ("the council elections") names no body.
import { BARE_BODY_NOUNS, POLICY_AREAS } from '../lexicon/organizations';
import { ROLE_HEADS } from '../lexicon/titles';
import type { ParsedSentence, Token } from './02-split-sentences';
import { orgKey, type ResolvedNames, type WorkEntity } from './06-resolve-names';
import { addMention, mentionAt } from './mention-helpers';
import { baseLower, has, isCapitalised, isJoined, isPossessive } from './token-helpers';

/** Adds a mention (and, when needed, an organization) for every acting bare body of the article. */
export function resolveBareBodies(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  text: string,
): void {
  for (const s of sentences) {
    if (s.zone !== 'body' && s.zone !== 'title') continue;
    const tokens = s.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]?.lower !== 'the') continue;
      const body = readBareBody(tokens, i + 1);
      if (!body || !isJoined(tokens[i] as Token, tokens[i + 1] as Token)) continue;
      if (tokens.slice(i, body.last + 1).some(t => mentionAt(names, s.index, t.i))) continue;
      const named = namedWithHead(names, body.words);
      if (!named && !acts(tokens, i, body.last)) continue;
      const target = named ?? ensureBody(names, body.words.join(' '));
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
  for (const w of [2, 1]) {
    const words = tokens.slice(k, k + w);
    if (words.length !== w || words.some(t => isCapitalised(t))) continue;
    if (w === 2 && !isJoined(words[0] as Token, words[1] as Token)) continue;
    if (words.slice(0, -1).some(t => isPossessive(t))) continue;
    const lower = words.map(baseLower);
    const phrase = lower.join(' ');
    // "the foreign ministry": a policy area and a ministry
    const ministry = w === 2 && POLICY_AREAS.has(lower[0] as string) && lower[1] === 'ministry';
    if (!BARE_BODY_NOUNS.has(phrase) && !ministry) continue;
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
  return !!prep && !!role && ['for', 'of', 'at'].includes(prep.lower) && SPOKESPEOPLE.has(baseLower(role));
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

function ensureBody(names: ResolvedNames, name: string): WorkEntity {
  const key = orgKey(name, null);
  const existing = names.entities.get(key);
  if (existing) return existing;
  const e: WorkEntity = {
    key,
    label: 'Organization',
    name,
    aliases: new Set(),
    kind: 'government',
    roles: [],
    gender: null,
    words: key.split('|')[1]?.split(' ') ?? [],
    country: null,
    mentionCount: 0,
  };
  names.entities.set(key, e);
  return e;
}
