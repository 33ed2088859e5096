// "Ana Duarte, the party's treasurer, on Monday strongly denied …" -> the speaker is the mention the walk back
// from "denied" reaches over adverbs, auxiliaries, time phrases, an apposition and a place ("in Lisbon"):
// person:ana-duarte. `"…," said spokeswoman Ana Duarte` -> the inverted subject after the verb. A noun that is not
// an entity standing between ("US officials said") stops the walk: the entity is then not the speaker.
import type { Mention, MentionForm } from '../analysis';
import type { Reading, Token } from './read-tokens';
import { isPartOfTitle } from '../lexicon/titles';
import { findMouthpieceSpeaker } from './mouthpiece';
import { ISSUED_TEXTS } from './reporting-verbs';
import type { Mouthpiece } from './mouthpiece';

export interface Subject {
  speakerIds: string[];
  /** Index of the subject's first token. */
  first: number;
  /** "did not say", "never denied". */
  negated: boolean;
  /** The subject is a pronoun ("he said"), resolved by the entity layer. */
  viaPronoun?: boolean;
  /** The subject is a pronoun or a description ("the paper said"). */
  viaAnaphor?: boolean;
  /** "will say", "is expected to" …: a modal before the verb, so nothing has been said yet. */
  modal?: boolean;
  /** "Lambert, who denies the charges,": the verb stands in a relative clause, which its next comma closes. */
  relative?: boolean;
}

const MODALS = new Set(['will', 'shall', 'may', 'might', 'must', 'should', 'could', 'can', 'would', "'ll"]);
const AUXILIARY = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'am',
  'be',
  'been',
  'will',
  'would',
  'did',
  'does',
  'do',
  'shall',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
]);
const TIME_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'during',
  'by',
  'last',
  'this',
  'earlier',
  'late',
  'later',
  'early',
  'next',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for']);
const MAX_APPOSITION = 25;
/** "when he said", "after Duarte said": these open a clause, so the mention after them is its subject. */
const SUBORDINATORS = new Set([
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'since',
  'until',
  'if',
  'although',
  'though',
  'once',
  'where',
  'whereas',
  'that',
  'than',
]);
const NOMINATIVE = new Set(['he', 'she', 'they', 'i', 'we']);
const SPEAKS_FOR = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'spokesmen',
  'spokeswomen',
  'representative',
  'representatives',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'counsel',
  'secretary',
  'official',
  'officials',
]);

/** The entity that is the grammatical subject of the verb at `verb`, found walking back from it. */
export function findSubjectBefore(reading: Reading, tokens: readonly Token[], verb: number): Subject | null {
  const relativeHead = findRelativeAsideHead(tokens, verb);
  const head = relativeHead === null ? null : findHeadMention(reading, tokens, relativeHead);
  if (head) return { ...head, negated: false, modal: false };
  let negated = false;
  let modal = false;
  let j = verb - 1;
  while (j >= 0) {
    const t = tokens[j];
    if (!t || t.quoted) return null;
    const found = findHeadMention(reading, tokens, j);
    if (found) return { ...(findNamedHead(reading, tokens, j, found) ?? found), negated, modal };
    const mouthpiece = findMouthpieceSpeaker(reading, tokens, j);
    if (mouthpiece) return { ...mouthpiece, negated, modal, viaAnaphor: mouthpiece.anaphoric };
    if (t.tags.has('Possessive')) return null;
    // "Lambert, who denies the charges,": a non-restrictive relative clause reports what its head says
    if (RELATIVES.has(t.normal) && /,\s*$/.test(tokens[j - 1]?.post ?? '')) {
      const head = findHeadMention(reading, tokens, j - 1);
      return head ? { ...head, negated, modal, relative: true } : null;
    }
    if (MODALS.has(t.normal)) modal = true;
    if (t.tags.has('Negative') || t.normal === 'not' || t.normal === 'never') negated = true;
    else if (/[,;:)]/.test(t.post)) {
      const k = skipAside(tokens, j);
      if (k === null) return null;
      j = k;
      continue;
    } else if (!isAdverbial(t)) {
      const k = skipPlace(tokens, j) ?? skipMedium(tokens, j);
      if (k === null) return null;
      j = k;
      continue;
    }
    j -= 1;
  }
  return null;
}

/** "Orrabi, who received the envoy, Ekwall, on Monday, told parliament …": a relative clause set off by commas
 * closes right before the verb, so the verb's subject is the head before ", who"; the names inside the clause (an
 * apposition of its object) are not. The last token of that head, or null. */
function findRelativeAsideHead(tokens: readonly Token[], verb: number): number | null {
  if (!/,\s*$/.test(tokens[verb - 1]?.post ?? '')) return null;
  for (let k = verb - 2; k > 0 && k >= verb - MAX_APPOSITION; k -= 1) {
    const t = tokens[k]!;
    if (t.quoted || /[;:.!?]/.test(t.post)) return null;
    if (RELATIVES.has(t.normal) && /,\s*$/.test(tokens[k - 1]?.post ?? '')) return k - 1;
  }
  return null;
}

const MEDIA = new Set([...ISSUED_TEXTS, 'interview', 'tweet', 'post', 'speech', 'briefing']);
const MEDIUM_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/** "Corvane in a statement sent to reporters on Monday rejected …": the medium of the saying, a phrase of up to a
 * dozen words opened by "in a statement / an interview", stands between subject and verb: jumps before it. */
function skipMedium(tokens: readonly Token[], j: number): number | null {
  for (let b = j; b >= 0 && b >= j - 12; b -= 1) {
    const t = tokens[b]!;
    if (t.quoted || /[.;:]/.test(t.post)) return null;
    if (
      t.normal === 'in' &&
      MEDIUM_DETERMINERS.has(tokens[b + 1]?.normal ?? '') &&
      MEDIA.has(tokens[b + 2]?.normal ?? '')
    )
      return b - 1;
  }
  return null;
}

const RELATIVES = new Set(['who', 'which']);

/** `said spokeswoman Ana Duarte`: a mention after the verb, reached over title words only. */
export function findSubjectAfter(reading: Reading, tokens: readonly Token[], verb: number): Subject | null {
  const v = tokens[verb];
  if (!v || /[,;:."\u201c\u201d]/.test(v.post)) return null;
  let sawSpeaksFor = false;
  for (let k = verb + 1; k < tokens.length && k <= verb + 6; k += 1) {
    const t = tokens[k];
    if (!t || t.quoted) return null;
    const mouthpiece = findMouthpieceAfter(reading, tokens, k);
    if (mouthpiece) {
      const named = findNamedMouthpiece(reading, tokens, k);
      if (named) return named;
      return { ...mouthpiece, negated: false, viaAnaphor: mouthpiece.anaphoric };
    }
    const mentions = findMentionsStartingAt(reading, t);
    // "said lead author Dr. Ana Duarte": title words before the name (an honorific keeps its full stop); a title
    // word that opens a name ("said Transport Ministry …") is the name's
    if (mentions.length === 0 && isPartOfTitle(t.normal) && !/[,;:!?]/.test(t.post)) continue;
    if (mentions.length > 0) {
      const last = findLastTokenOf(tokens, k, mentions[0]?.end ?? t.end);
      const next = tokens[last + 1];
      const closes =
        !next ||
        /[,.;:!?]/.test(tokens[last]?.post ?? '') ||
        next.tags.has('Preposition') ||
        next.tags.has('Date');
      const viaPronoun = mentions.every(m => m.form === 'pronoun');
      const viaAnaphor = mentions.every(m => isAnaphoric(m.form));
      // "said Finance Ministry spokesman Bo Lin": an employer, then the title of the person who speaks
      if (!closes && next && isPartOfTitle(next.normal)) {
        k = last;
        continue;
      }
      // "said the spokeswoman of the ministry, Mira Toft,": the named spokesperson speaks for themself
      const spokesperson = sawSpeaksFor ? findNamedMouthpiece(reading, tokens, k) : null;
      if (spokesperson) return spokesperson;
      return closes
        ? { speakerIds: toEntityIds(reading, mentions), first: k, negated: false, viaPronoun, viaAnaphor }
        : null;
    }
    const speaksFor = t.tags.has('Preposition') && SPEAKS_FOR.has(tokens[k - 1]?.normal ?? '');
    if (speaksFor) sawSpeaksFor = true;
    if (
      /[,;:.!?]/.test(t.post) ||
      t.tags.has('Verb') ||
      t.tags.has('Pronoun') ||
      (t.tags.has('Preposition') && !speaksFor)
    )
      return null;
  }
  return null;
}

/** `declared the spokeswoman of the ministry, Mira Toft, at the briefing`: a mouthpiece phrase then, set off by
 * commas, the name of the person: a named spokesperson speaks for themself. */
function findNamedMouthpiece(reading: Reading, tokens: readonly Token[], k: number): Subject | null {
  for (let j = k; j < tokens.length && j <= k + 8; j += 1) {
    const t = tokens[j]!;
    if (t.quoted || /[.;:!?]/.test(t.post)) return null;
    if (!/,/.test(t.post)) continue;
    const name = tokens[j + 1];
    const people = name
      ? findMentionsStartingAt(reading, name).filter(
          m => reading.analysis.entities.get(m.entityId)?.label === 'Person',
        )
      : [];
    if (people.length === 0) return null;
    const last = findLastTokenOf(tokens, j + 1, people[0]!.end);
    if (tokens[last + 1] && !/[,.;!?]/.test(tokens[last]!.post)) return null;
    const viaPronoun = people.every(m => m.form === 'pronoun');
    return {
      speakerIds: toEntityIds(reading, people),
      first: j + 1,
      negated: false,
      viaPronoun,
      viaAnaphor: false,
    };
  }
  return null;
}

/** `said a Corvane spokesperson.`, `said the statement.`: a mouthpiece phrase opening at `k` and closing the clause. */
function findMouthpieceAfter(reading: Reading, tokens: readonly Token[], k: number): Mouthpiece | null {
  for (let head = k; head < tokens.length && head <= k + 3; head += 1) {
    const found = findMouthpieceSpeaker(reading, tokens, head);
    if (found && found.first === k) {
      const next = tokens[head + 1];
      const closes =
        !next || /[,.;:!?]/.test(tokens[head]!.post) || next.tags.has('Preposition') || next.tags.has('Date');
      return closes ? found : null;
    }
    if (/[,;:.!?]/.test(tokens[head]?.post ?? '')) return null;
  }
  return null;
}

/** "Ana Duarte, a spokeswoman for Acme, said" -> Duarte; "The union, led by Mira Osei, said" -> the union;
 * "Duarte, who met Lin, said" -> Duarte: when the subject is followed by an aside set off by commas, the head
 * before the aside is the subject and the aside only describes it. An aside that is nothing but a name is itself
 * the speaker ("A company spokesman, Ivo Marr, said" -> Marr: a person named as the subject speaks for themself;
 * an organization speaks through a description only when the description is the subject). */
function findNamedHead(
  reading: Reading,
  tokens: readonly Token[],
  j: number,
  found: HeadMention,
): HeadMention | null {
  if (!/,/.test(tokens[j]?.post ?? '')) return null;
  const k = skipAside(tokens, j);
  if (k === null || found.first === k + 1) return null;
  const head = findHeadMention(reading, tokens, k);
  return head && !head.through ? head : null;
}

type HeadMention = Omit<Subject, 'negated'> & { through: boolean };

/** The speaker mention whose last token is `j`, with a coordinated "X and Y" partner. */
function findHeadMention(reading: Reading, tokens: readonly Token[], j: number): HeadMention | null {
  const t = tokens[j];
  if (!t || t.tags.has('Possessive')) return null;
  const mention = reading.mentionAt(t.start, t.end);
  if (!mention || mention.end > t.end + 1 || !reading.analysis.entities.has(mention.entityId)) return null;
  const same = reading
    .mentionsWithin(mention.start, mention.end)
    .filter(m => m.start === mention.start && m.end === mention.end);
  let first = findFirstTokenOf(tokens, j, mention.start);
  const through = isSpeakingThrough(tokens, first);
  if (through === false) return null;
  const ids = toEntityIds(reading, same);
  // "Senator Rachel Kim and Senator Tom Alvarez said": coordinated speakers, titles between
  let c = first - 1;
  while (
    c > 0 &&
    tokens[c] &&
    isPartOfTitle(tokens[c]!.normal) &&
    !reading.mentionAt(tokens[c]!.start, tokens[c]!.end)
  )
    c -= 1;
  const conj = tokens[c];
  const partner = conj?.normal === 'and' ? tokens[c - 1] : undefined;
  const other =
    partner && !partner.tags.has('Possessive') ? reading.mentionAt(partner.start, partner.end) : undefined;
  if (other && other.end <= partner!.end + 1 && reading.analysis.entities.has(other.entityId)) {
    ids.push(other.entityId);
    first = findFirstTokenOf(tokens, c - 1, other.start);
  }
  return ids.length > 0
    ? {
        speakerIds: [...new Set(ids)],
        first,
        viaPronoun: mention.form === 'pronoun',
        viaAnaphor: isAnaphoric(mention.form),
        through: through === 'through',
      }
    : null;
}

/** "a spokesman for Acme said" -> Acme speaks (through its spokesman); "a friend of Duarte said" -> not Duarte.
 * A mention governed by a preposition is the speaker only when the head noun is one who speaks for it. */
function isSpeakingThrough(tokens: readonly Token[], first: number): boolean | 'through' {
  let k = first - 1;
  if (tokens[k]?.normal === 'the') k -= 1;
  const word = tokens[k]?.normal ?? '';
  // "slipways, which the guild says would cost jobs": a relative pronoun the tagger reads as a preposition opens
  // a clause whose subject the mention is
  const governed =
    (tokens[k]?.tags.has('Preposition') && !SUBORDINATORS.has(word) && !RELATIVES.has(word)) ||
    PLACE_PREPOSITIONS.has(word) ||
    word === 'to';
  if (!governed || NOMINATIVE.has(tokens[first]?.normal ?? '')) return true;
  return SPEAKS_FOR.has(tokens[k - 1]?.normal ?? '') ? 'through' : false;
}

function toEntityIds(reading: Reading, mentions: readonly Mention[]): string[] {
  return mentions.map(m => m.entityId).filter(id => reading.analysis.entities.has(id));
}

function findMentionsStartingAt(reading: Reading, t: Token): Mention[] {
  return reading
    .mentionsStartingIn(t.start - 1, t.end)
    .filter(m => reading.analysis.entities.has(m.entityId));
}

function findFirstTokenOf(tokens: readonly Token[], j: number, start: number): number {
  let k = j;
  while (k > 0 && (tokens[k - 1]?.start ?? -1) >= start) k -= 1;
  return k;
}

function findLastTokenOf(tokens: readonly Token[], k: number, end: number): number {
  let last = k;
  while ((tokens[last + 1]?.end ?? Infinity) <= end) last += 1;
  return last;
}

function isAdverbial(t: Token): boolean {
  if (AUXILIARY.has(t.normal) || t.tags.has('Auxiliary') || t.tags.has('Modal')) return true;
  if (t.tags.has('Adverb') || t.tags.has('Date')) return true;
  return TIME_PREPOSITIONS.has(t.normal) && !t.tags.has('Noun');
}

/** ", the party's treasurer," or "(D-Calif.)": jumps to the token before the aside, or null. */
function skipAside(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.post.includes(')')) {
    for (let k = j; k >= 0 && k >= j - 10; k -= 1) if (tokens[k]?.pre.includes('(')) return k - 1;
    return null;
  }
  if (t.tags.has('Adverb')) return j - 1;
  for (let k = j - 1; k >= 0 && k >= j - MAX_APPOSITION; k -= 1) {
    const c = tokens[k];
    if (!c || c.quoted) return null;
    if (/[,;:]/.test(c.post)) return k;
  }
  return null;
}

/** "in Lisbon" after a subject: skips a preposition and the proper nouns it governs, or null. */
function skipPlace(tokens: readonly Token[], j: number): number | null {
  let k = j;
  while (
    k >= 0 &&
    k > j - 4 &&
    (tokens[k]?.tags.has('ProperNoun') || tokens[k]?.tags.has('Place') || tokens[k]?.normal === 'the')
  )
    k -= 1;
  if (k === j) return null;
  return tokens[k] && PLACE_PREPOSITIONS.has(tokens[k]!.normal) ? k - 1 : null;
}

/** A pronoun or a description ("she", "the paper") names an entity through an earlier mention. */
export function isAnaphoric(form: MentionForm): boolean {
  return form === 'pronoun' || form === 'description';
}
