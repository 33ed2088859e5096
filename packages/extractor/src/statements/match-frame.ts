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
import { LEXICON_SETS } from './reporting-verbs';
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
      const candidate = turn && turn.speakerIds.length > 0 && toTurnCandidate(reading, sentence, row, turn);
      if (candidate) out.push(candidate);
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

/** A guest's labelled turn: the words of the whole line, after the label. */
function toTurnCandidate(
  reading: Reading,
  sentence: Sentence,
  row: Construction,
  turn: TranscriptTurn,
): Candidate | null {
  const raw = reading.analysis.text.slice(turn.start, turn.end);
  const text = trimStatementText(raw);
  if (!/\p{L}{2}/u.test(text)) return null;
  return {
    rule: row.id,
    speakerIds: turn.speakerIds,
    text,
    spans: [[turn.start, turn.start + raw.trimEnd().length]],
    kind: classifyContent(text),
    kindFromVerb: false,
    mode: 'reported',
    quoted: false,
    firstSentence: sentence.index,
    lastSentence: turn.lastSentence,
    zone: sentence.zone,
    attribution: [sentence.start, turn.start],
  };
}
