// The interpreter of the table's `frame` rows (constructions.ts): a pattern in a small language over the analysed
// sentence's tokens, e.g. `{subject} [(would|will|could|did)? not @refused-act ...` reads "Corvane would not
// comment on the audit" as Corvane's refusal "would not comment on the audit". The language:
//   {subject}  the speaker is the subject of the first word after it (find-subject's walk back)
//   {owner}    the speaker is the possessive just before the first word ("her refusal to …")
//   {label}    the speaker is a line's opening name in capitals before a colon ("NOVAK: …", a transcript)
//   word       the word read (lower case); (a|b|c) one of them; a trailing ? makes a step optional
//   @name      a word of a lexicon set (reporting-verbs.ts: @refused-act, @issued-text, @mouthpiece)
//   [          the statement's words start here (default: the first word matched)
//   ...        the words run on to the end of the clause (a full stop, a semicolon, a comma before a new clause)
import type { Sentence } from '../analysis';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { classifyContent } from './classify-kind';
import type { Construction } from './constructions';
import { findSubjectBefore } from './find-subject';
import { findPartEnd } from '../sentence/analyze-sentence';
import type { Reading, Token } from './read-tokens';
import { LEXICON_SETS, PHATIC_SENTENCE } from './reporting-verbs';
import { readTranscriptTurn } from './transcript-turns';
import type { TranscriptTurn } from './transcript-turns';

interface Step {
  words: ReadonlySet<string>;
  optional: boolean;
}

interface Frame {
  slot: 'subject' | 'owner' | 'label';
  steps: Step[];
  /** Index of the step where the statement's words start. */
  textStep: number;
  rest: boolean;
}

const frames = new Map<string, Frame>();

/** Parses a row's pattern once. */
export function parseFrame(pattern: string): Frame {
  let frame = frames.get(pattern);
  if (frame) return frame;
  const parts = pattern.trim().split(/\s+/);
  const slot = /^\{(subject|owner|label)\}$/.exec(parts[0] ?? '')?.[1] as Frame['slot'] | undefined;
  if (!slot) throw new Error(`frame pattern must open with a speaker slot: ${pattern}`);
  const steps: Step[] = [];
  let textStep = 0;
  let rest = false;
  for (const raw of parts.slice(1)) {
    if (raw === '...') {
      rest = true;
      continue;
    }
    let part = raw;
    if (part.startsWith('[')) {
      textStep = steps.length;
      part = part.slice(1);
    }
    const optional = part.endsWith('?');
    if (optional) part = part.slice(0, -1);
    const set = part.startsWith('@') ? LEXICON_SETS[part.slice(1)] : undefined;
    if (part.startsWith('@') && !set) throw new Error(`unknown lexicon set ${part} in ${pattern}`);
    const words = set ?? new Set(part.replace(/^\(|\)$/g, '').split('|'));
    steps.push({ words, optional });
  }
  frame = { slot, steps, textStep, rest };
  frames.set(pattern, frame);
  return frame;
}

/** Every statement the frame rows read in one sentence. */
export function findFrameStatements(
  reading: Reading,
  sentence: Sentence,
  rows: readonly Construction[],
): Candidate[] {
  if (sentence.zone !== 'body') return [];
  const tokens = reading.tokens(sentence);
  const out: Candidate[] = [];
  for (const row of rows) {
    const frame = parseFrame(row.pattern);
    if (frame.slot === 'label') {
      const turn = readTranscriptTurn(reading, sentence);
      if (turn && turn.speakerIds.length > 0) out.push(...toTurnCandidates(reading, sentence, row, turn));
      continue;
    }
    for (let i = 0; i < tokens.length; i += 1) {
      const matched = matchSteps(tokens, i, frame.steps);
      if (!matched) continue;
      const speakerIds = findSpeaker(reading, tokens, i, frame);
      if (!speakerIds || speakerIds.length === 0) continue;
      const first = matched.at[frame.textStep] ?? i;
      const last = frame.rest ? findClauseEnd(tokens, matched.end) : matched.end - 1;
      const candidate = toCandidate(reading, sentence, tokens, row, speakerIds, first, last, i);
      // rows earlier in the table win where two read the same words
      if (
        candidate &&
        !out.some(o => o.spans[0]![0] < candidate.spans[0]![1] && candidate.spans[0]![0] < o.spans[0]![1])
      )
        out.push(candidate);
      break;
    }
  }
  return out;
}

/** The steps matched from token `i`: where each step matched (a skipped optional step takes the next word's
 * place) and one past the last word, or null. */
function matchSteps(
  tokens: readonly Token[],
  i: number,
  steps: readonly Step[],
): { at: number[]; end: number } | null {
  const at: number[] = [];
  let k = i;
  for (const step of steps) {
    const t = tokens[k];
    const fits = t !== undefined && !t.quoted && (step.words.has(t.normal) || step.words.has(t.lemma));
    at.push(k);
    if (fits) k += 1;
    else if (!step.optional) return null;
  }
  return k > i ? { at, end: k } : null;
}

function findSpeaker(reading: Reading, tokens: readonly Token[], i: number, frame: Frame): string[] | null {
  if (frame.slot === 'subject') {
    const subject = findSubjectBefore(reading, tokens, i);
    return subject && !subject.negated ? subject.speakerIds : null;
  }
  if (frame.slot === 'owner') {
    const owner = tokens[i - 1];
    if (!owner?.tags.has('Possessive')) return null;
    const mention = reading.mentionAt(owner.start, owner.end);
    return mention && reading.analysis.entities.has(mention.entityId) ? [mention.entityId] : null;
  }
  return null;
}

const CLAUSE_OPENERS = new Set([
  'as',
  'while',
  'because',
  'after',
  'before',
  'unless',
  'when',
  'although',
  'since',
]);

/** The last token of the clause that starts before `from`: the end of the sentence part, a semicolon, or a comma or
 * subordinator that opens another clause. */
function findClauseEnd(tokens: readonly Token[], from: number): number {
  const end = findPartEnd(tokens, Math.max(0, from - 1));
  for (let k = Math.max(0, from - 1); k < end; k += 1) {
    const t = tokens[k]!;
    if (/[;,]/.test(t.post) || t.quoted) return k;
    if (k + 1 < end && CLAUSE_OPENERS.has(tokens[k + 1]!.normal)) return k;
  }
  return end - 1;
}

function toCandidate(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  row: Construction,
  speakerIds: string[],
  first: number,
  last: number,
  at: number,
): Candidate | null {
  const [a, b] = [tokens[first], tokens[last]];
  if (!a || !b || last < first) return null;
  const raw = reading.analysis.text.slice(a.start, b.end);
  const text = trimStatementText(raw);
  if (!/\p{L}{2}/u.test(text)) return null;
  const kind = row.kind === 'content' || row.kind === 'verb' ? classifyContent(text) : row.kind;
  return {
    rule: row.id,
    speakerIds,
    text,
    spans: [[a.start, a.start + raw.trimEnd().length]],
    kind,
    kindFromVerb: row.kind !== 'content',
    mode: 'reported',
    quoted: false,
    firstSentence: sentence.index,
    lastSentence: sentence.index,
    zone: sentence.zone,
    attribution: [tokens[at]!.start, a.start],
  };
}

/** A short categorical denial inside a longer turn is a point of its own: at most this many words. */
/** A sentence that goes on from the one before ("But …", "And …") is part of its point. */
const CONTINUES = /^\W*(?:but|and|yet|so|or|because)\b/i;
const SHORT_DENIAL_WORDS = 12;

/** A guest's labelled turn: the words of the whole line, after the label. A short sentence after the first that
 * denies a deed by itself, in the past ("… They kept my phone. I met nobody there."; not "But that pays no rent.")
 * is its own denial; the rest of the turn stays one
 * statement (the first sentence sets the turn's kind, so a turn opening on a denial stays whole). */
function toTurnCandidates(
  reading: Reading,
  sentence: Sentence,
  row: Construction,
  turn: TranscriptTurn,
): Candidate[] {
  const analysis = reading.analysis;
  // greetings and thanks ("Evening, Bo. Good to be with you.") are the courtesy of the interview
  const pieces = analysis.sentences
    .filter(s => s.index >= sentence.index && s.index <= turn.lastSentence)
    .map(s => ({ start: Math.max(s.start, turn.start), end: s.end, index: s.index }))
    .filter(piece => !PHATIC_SENTENCE.test(analysis.text.slice(piece.start, piece.end)));
  const opening = findOpeningDenial(reading, pieces);
  if (opening > 0) {
    // "That's just not true. Twelve songs, handed over in August. They have them. They are sitting on them …": the
    // answer denies what was put to the guest, with the facts that back it; what follows is a point of its own
    const denial = pieces.slice(0, opening);
    const runs = (part: typeof pieces) => [[part[0]!.start, part[part.length - 1]!.end] as [number, number]];
    // the rest of the answer, in runs of one kind: "They are sitting on it because …" argues, "… they're holding my
    // book hostage" accuses
    const parts: Array<typeof pieces> = [];
    let kind: string | null = null;
    for (const piece of pieces.slice(opening)) {
      const own = classifyContent(analysis.text.slice(piece.start, piece.end));
      if (parts.length === 0 || own !== kind) parts.push([piece]);
      else parts[parts.length - 1]!.push(piece);
      kind = own;
    }
    return [
      toTurnCandidate(reading, sentence, row, turn, runs(denial), denial[denial.length - 1]!.index),
      ...parts.map(part =>
        toTurnCandidate(
          reading,
          analysis.sentences[part[0]!.index]!,
          row,
          turn,
          runs(part),
          part[part.length - 1]!.index,
        ),
      ),
    ].filter((c): c is Candidate => c !== null);
  }
  const denials = pieces.filter((piece, k) => {
    if (k === 0) return false;
    const words = analysis.text.slice(piece.start, piece.end);
    if ((words.match(/\p{L}+/gu) ?? []).length > SHORT_DENIAL_WORDS || CONTINUES.test(words)) return false;
    // a deed denied is told in the past ("I spoke to nobody"); a present truth ("that doesn't pay the rent") argues
    const past = reading.tokens(analysis.sentences[piece.index]!).some(t => t.tags.has('PastTense'));
    return past && classifyContent(words) === 'denial';
  });
  const rest = pieces.filter(piece => !denials.includes(piece));
  const runs: Array<[number, number]> = [];
  for (const piece of rest) {
    const last = runs[runs.length - 1];
    const previous = pieces[pieces.indexOf(piece) - 1];
    if (last && previous && rest.includes(previous)) last[1] = piece.end;
    else runs.push([piece.start, piece.end]);
  }
  const whole = toTurnCandidate(
    reading,
    sentence,
    row,
    turn,
    runs,
    rest[rest.length - 1]?.index ?? turn.lastSentence,
  );
  const parts = denials.map(piece =>
    toTurnCandidate(
      reading,
      analysis.sentences[piece.index]!,
      row,
      turn,
      [[piece.start, piece.end]],
      piece.index,
    ),
  );
  return [whole, ...parts].filter((c): c is Candidate => c !== null);
}

/** A turn that opens on a short verdict that the account put to the guest is false ("That's just not true.",
 * "Rubbish."), followed by more: how many pieces the denial takes — the verdict and the short sentences in the past
 * that back it ("Twelve songs, handed over in August."), up to the first that is not; 0 when the turn does not open
 * so, or has nothing after the denial. */
function findOpeningDenial(
  reading: Reading,
  pieces: ReadonlyArray<{ start: number; end: number; index: number }>,
): number {
  const analysis = reading.analysis;
  const first = pieces[0];
  if (!first || pieces.length < 3) return 0;
  const words = (piece: { start: number; end: number }) =>
    (analysis.text.slice(piece.start, piece.end).match(/\p{L}+/gu) ?? []).length;
  if (
    words(first) > SHORT_VERDICT_WORDS ||
    !FALSITY_VERDICT.test(analysis.text.slice(first.start, first.end))
  )
    return 0;
  let k = 1;
  while (
    k < pieces.length - 1 &&
    words(pieces[k]!) <= SHORT_DENIAL_WORDS &&
    !CONTINUES.test(analysis.text.slice(pieces[k]!.start, pieces[k]!.end)) &&
    reading.tokens(analysis.sentences[pieces[k]!.index]!).some(t => t.tags.has('PastTense'))
  )
    k += 1;
  return k;
}

/** A verdict of falsity on the account put to the guest: "That's (just) not true", "That is false", "Not true",
 * "Rubbish", "Nonsense", "Absolutely not". */
const FALSITY_VERDICT =
  /^\W*(?:(?:that(?:'s|\u2019s| is| was)|this is|it(?:'s|\u2019s| is))\s+(?:just\s+|simply\s+|completely\s+|absolutely\s+|totally\s+)?(?:not\s+true|untrue|false|wrong|nonsense|rubbish|not\s+what\s+happened)|(?:just\s+|simply\s+)?not\s+true|(?:complete\s+|total\s+|utter\s+)?(?:nonsense|rubbish)|absolutely\s+not)\W*$/i;
const SHORT_VERDICT_WORDS = 6;

function toTurnCandidate(
  reading: Reading,
  sentence: Sentence,
  row: Construction,
  turn: TranscriptTurn,
  runs: Array<[number, number]>,
  lastSentence: number,
): Candidate | null {
  if (runs.length === 0) return null;
  const text = trimStatementText(runs.map(([a, b]) => reading.analysis.text.slice(a, b).trim()).join(' '));
  if (!/\p{L}{2}/u.test(text)) return null;
  return {
    rule: row.id,
    speakerIds: turn.speakerIds,
    text,
    spans: runs.map(
      ([a, b]) => [a, a + reading.analysis.text.slice(a, b).trimEnd().length] as [number, number],
    ),
    kind: classifyContent(text),
    kindFromVerb: false,
    mode: 'reported',
    quoted: false,
    firstSentence: sentence.index,
    lastSentence,
    zone: sentence.zone,
    attribution: [sentence.start, turn.start],
  };
}
