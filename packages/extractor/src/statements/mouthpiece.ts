// "A Corvane spokesperson said …" -> Corvane speaks (through an unnamed spokesperson); "… the spokesperson said"
// later in the article -> the organization the last spokesperson spoke for; "Corvane said in a statement …" then
// "the statement added that …" -> Corvane: a mouthpiece (a spokesperson, a statement, a letter) with no name of its
// own stands for the organization or person it speaks for. A spokesperson who is named ("spokeswoman Ana Duarte")
// is a speaker in their own right: the name's mention is found before the noun is ever looked at.
import type { EntityRecord } from '../analysis';
import { COMPANY_DESCRIPTIONS, ORG_DESCRIPTIONS } from '../lexicon/organizations';
import type { Reading, Token } from './read-tokens';
import { AUTHORED_TEXTS, ISSUED_TEXTS, MOUTHPIECES, OFFICES, OWNED_BODIES } from './reporting-verbs';

export interface Mouthpiece {
  speakerIds: string[];
  /** Index of the phrase's first token ("A" of "A Corvane spokesperson"). */
  first: number;
  /** "the spokesperson": it points back at one introduced before. */
  anaphoric: boolean;
}

/** Words that may stand between an organization and its spokesperson: "a Corvane press spokesman". */
const MODIFIERS = new Set([
  'press',
  'company',
  'government',
  'party',
  'campaign',
  'club',
  'union',
  'chief',
  'senior',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
const PRONOUN_OWNERS = new Set(['his', 'her', 'their']);

/** The speaker a mouthpiece noun at `j` (the subject's head) stands for, or null. */
export function findMouthpieceSpeaker(
  reading: Reading,
  tokens: readonly Token[],
  j: number,
): Mouthpiece | null {
  const t = tokens[j];
  if (t && !t.quoted && OFFICES.has(t.normal)) return findOfficeHolder(reading, tokens, j);
  if (t && !t.quoted && AUTHORED_TEXTS.has(t.normal)) return findAuthor(reading, tokens, j);
  if (t && !t.quoted && OWNED_BODIES.has(t.normal) && PRONOUN_OWNERS.has(tokens[j - 1]?.normal ?? ''))
    return findOwnedBody(reading, t.normal, j - 1);
  if (!t || t.quoted || (!MOUTHPIECES.has(t.normal) && !ISSUED_TEXTS.has(t.normal))) return null;
  let k = j - 1;
  while (k >= 0 && k >= j - 2 && MODIFIERS.has(tokens[k]!.normal)) k -= 1;
  const owner = tokens[k];
  const mention =
    owner && !owner.quoted
      ? (reading.mentionAt(owner.start, owner.end) ??
        (/['\u2019]s?$/.test(owner.text) ? reading.mentionsWithin(owner.start, owner.end)[0] : undefined))
      : undefined;
  const entity = mention && reading.analysis.entities.get(mention.entityId);
  // a person's own spokesperson speaks for them when the name owns the noun: "Maelor's spokesman said"
  const owns = owner && (owner.tags.has('Possessive') || /['\u2019]s?$/.test(owner.text)) && k === j - 1;
  if (
    mention &&
    entity &&
    (MOUTHPIECES.has(t.normal)
      ? entity.label === 'Organization' || (owns && entity.label === 'Person')
      : true)
  ) {
    let first = k;
    while (first > 0 && (tokens[first - 1]?.end ?? -1) > mention.start) first -= 1;
    if (ARTICLES.has(tokens[first - 1]?.normal ?? '')) first -= 1;
    return { speakerIds: [mention.entityId], first, anaphoric: false };
  }
  // "a government spokesperson", "a ministry spokesman": the one body of that kind the article names
  const body = MOUTHPIECES.has(t.normal) ? findInstitutionBefore(reading, tokens, j) : null;
  if (body) return body;
  // "the spokesperson", "the statement": the one the article introduced before
  if (tokens[j - 1]?.normal !== 'the') return null;
  const earlier = findEarlierMouthpiece(reading, t.start, ISSUED_TEXTS.has(t.normal));
  return earlier ? { speakerIds: [earlier], first: j - 1, anaphoric: true } : null;
}

/** The organization (or issuer) of the last mouthpiece of this kind the article names before `offset`: "a Corvane
 * spokesperson", "a spokesperson for Corvane", "Corvane (…) in a statement", "a statement from Corvane". */
function findEarlierMouthpiece(reading: Reading, offset: number, issued: boolean): string | null {
  const nouns = issued ? ISSUED_TEXTS : MOUTHPIECES;
  const sentences = reading.analysis.sentences.filter(s => s.start < offset && s.zone === 'body');
  for (let s = sentences.length - 1; s >= 0 && s >= sentences.length - 12; s -= 1) {
    const sentence = sentences[s]!;
    if (![...nouns].some(n => sentence.text.toLowerCase().includes(n))) continue;
    const tokens = reading.tokens(sentence);
    for (let j = tokens.length - 1; j >= 0; j -= 1) {
      const t = tokens[j]!;
      if (t.start >= offset || t.quoted || !nouns.has(t.normal)) continue;
      const owner = findOwner(reading, tokens, j, issued);
      if (owner) return owner;
    }
  }
  return null;
}

function findOwner(reading: Reading, tokens: readonly Token[], j: number, issued: boolean): string | null {
  const entities = reading.analysis.entities;
  const fits = (id: string | undefined) => {
    const e: EntityRecord | undefined = id ? entities.get(id) : undefined;
    return !!e && (issued || e.label === 'Organization');
  };
  // "a spokesperson for Corvane", "a statement from Corvane"
  if (['for', 'from', 'by', 'of'].includes(tokens[j + 1]?.normal ?? '')) {
    const next = tokens[j + 2]?.normal === 'the' ? tokens[j + 3] : tokens[j + 2];
    const m = next && reading.mentionAt(next.start, next.end);
    if (m && fits(m.entityId)) return m.entityId;
  }
  let k = j - 1;
  while (k >= 0 && k >= j - 2 && MODIFIERS.has(tokens[k]!.normal)) k -= 1;
  const direct = tokens[k] && reading.mentionAt(tokens[k]!.start, tokens[k]!.end);
  if (direct && fits(direct.entityId)) return direct.entityId;
  // "Corvane in a statement on Monday rejected …", "Duarte had to put out a statement": the subject before
  if (!issued) return null;
  for (let b = j - 1; b >= 0 && b >= j - 8; b -= 1) {
    const c = tokens[b]!;
    if (c.quoted || /[.;:]/.test(c.post)) return null;
    const m = reading.mentionAt(c.start, c.end);
    if (!m || !fits(m.entityId) || c.tags.has('Possessive')) continue;
    // the mention must head its phrase: "Afghan" in "Afghan rebels" only describes the rebels
    const after = tokens[b + 1];
    if (after && (after.tags.has('Noun') || after.tags.has('ProperNoun'))) return null;
    return m.entityId;
  }
  return null;
}

/** "A government spokesperson", "a ministry spokesman", "a union official": a lower-case word for an institution
 * (ORG_DESCRIPTIONS, COMPANY_DESCRIPTIONS) before the mouthpiece stands for the one organization of the article
 * that the word names ("the Vellan government", "the Health Ministry", "the Harbour Workers Union", the one
 * company); with none or several, nobody. */
function findInstitutionBefore(reading: Reading, tokens: readonly Token[], j: number): Mouthpiece | null {
  for (let k = j - 1; k >= 0 && k >= j - 2; k -= 1) {
    const word = tokens[k]!;
    if (word.quoted || /^\p{Lu}/u.test(word.text)) return null;
    if (!ORG_DESCRIPTIONS.has(word.normal) && !COMPANY_DESCRIPTIONS.has(word.normal)) {
      if (MODIFIERS.has(word.normal)) continue;
      return null;
    }
    const bodies = findBodiesNamed(reading, word.normal);
    if (bodies.length !== 1) return null;
    const first = ARTICLES.has(tokens[k - 1]?.normal ?? '') ? k - 1 : k;
    return { speakerIds: bodies, first, anaphoric: true };
  }
  return null;
}

/** Organizations of the article whose name ends in the word ("Health Ministry" for "ministry"), or, for a company
 * word, the organizations of kind company. */
function findBodiesNamed(reading: Reading, word: string): string[] {
  const out: string[] = [];
  for (const e of reading.analysis.entities.values()) {
    if (e.label !== 'Organization') continue;
    const last = e.name.toLowerCase().split(/\s+/).pop();
    if (last === word || (COMPANY_DESCRIPTIONS.has(word) && e.kind === 'company')) out.push(e.id);
  }
  return out;
}

/** "the minister's office said", "Brekke's office said", "his office said": the office speaks for the body its
 * holder's role is held in when the article names it (the minister's ministry), else for the holder; an owner that
 * is an organization speaks itself. Only a possessive owner right before the noun: "the office said" names no one. */
function findOfficeHolder(reading: Reading, tokens: readonly Token[], j: number): Mouthpiece | null {
  const owner = tokens[j - 1];
  if (!owner || owner.quoted || !(owner.tags.has('Possessive') || /['\u2019]s?$/.test(owner.text)))
    return null;
  // the mention of "Brekke's" or "the minister's" stops before the possessive ending
  const mention =
    reading.mentionAt(owner.start, owner.end) ?? reading.mentionsWithin(owner.start, owner.end)[0];
  const entity = mention && reading.analysis.entities.get(mention.entityId);
  if (!mention || !entity) return null;
  let first = j - 1;
  while (first > 0 && (tokens[first - 1]?.end ?? -1) > mention.start) first -= 1;
  if (ARTICLES.has(tokens[first - 1]?.normal ?? '')) first -= 1;
  if (entity.label === 'Organization') return { speakerIds: [entity.id], first, anaphoric: false };
  // "her office said she would travel": outlets credit such words now to the holder, now to the body; neither
  if (PRONOUN_OWNERS.has(owner.normal)) return null;
  const bodies = new Set(entity.roles.map(r => r.organizationId).filter((id): id is string => id !== null));
  const body = bodies.size === 1 ? [...bodies][0]! : findMinistryOf(reading, entity);
  return body ? { speakerIds: [body], first, anaphoric: false } : null;
}

/** "Quillane's audit, seen by the Wire, says …": the possessive right before the document names its author. */
function findAuthor(reading: Reading, tokens: readonly Token[], j: number): Mouthpiece | null {
  const owner = tokens[j - 1];
  if (!owner || owner.quoted || !(owner.tags.has('Possessive') || /['\u2019]s?$/.test(owner.text)))
    return null;
  if (PRONOUN_OWNERS.has(owner.normal)) return null;
  // the mention of "Rosa Quillane's" ends before the possessive ending
  const bare = owner.end - (owner.text.match(/['\u2019]s?$/)?.[0].length ?? 0);
  const mention = reading.mentionAt(owner.start, bare) ?? reading.mentionsWithin(owner.start, owner.end)[0];
  const entity = mention && reading.analysis.entities.get(mention.entityId);
  if (!mention || !entity || (entity.label !== 'Person' && entity.label !== 'Organization')) return null;
  let first = j - 1;
  while (first > 0 && (tokens[first - 1]?.end ?? -1) > mention.start) first -= 1;
  if (ARTICLES.has(tokens[first - 1]?.normal ?? '')) first -= 1;
  return { speakerIds: [entity.id], first, anaphoric: false };
}

/** "His department said …" (the department of a minister named before): the one organization of the article whose
 * name holds the word ("the Department for Culture", "the Health Ministry"); with none or several, nobody. */
function findOwnedBody(reading: Reading, word: string, first: number): Mouthpiece | null {
  const bodies = [...reading.analysis.entities.values()].filter(
    e => e.label === 'Organization' && e.name.toLowerCase().split(/\s+/).includes(word),
  );
  return bodies.length === 1 ? { speakerIds: [bodies[0]!.id], first, anaphoric: true } : null;
}

/** A minister's ministry when the role names no body: the one ministry of the article. */
function findMinistryOf(reading: Reading, person: EntityRecord): string | null {
  if (!person.roles.some(r => /\bminister\b/i.test(r.role))) return null;
  const ministries = [...reading.analysis.entities.values()].filter(
    e => e.label === 'Organization' && /\bministry\b/i.test(e.name),
  );
  return ministries.length === 1 ? ministries[0]!.id : null;
}
