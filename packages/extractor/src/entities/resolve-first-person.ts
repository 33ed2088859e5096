// '"We met him twice," Ana Duarte said.' -> "We" is Ana Duarte (form 'pronoun', inside the quotation): "I" and
// "we" in quoted words are whoever the quotation is attributed to, in the same paragraph — by a name or a resolved
// pronoun right after the closing mark ('," Duarte said' / '," said Duarte' / '," she said') or right before the
// opening one ('Duarte said: "…'). Run after the third-person pronouns, so that the narrator's "he" or "she" never
// takes a first-person word inside someone's quotation for its antecedent.
import { FIRST_PERSON } from '../lexicon/references';
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity } from './06-resolve-names';
import { addMention, entityOf, mentionAt } from './mention-helpers';
import { SPEECH_VERBS } from '../lexicon/speech';

interface Place {
  sentence: ParsedSentence;
  i: number;
}

interface Quotation {
  open: Place;
  close: Place | null;
}

const OPENING = /["“]/;
const CLOSING = /["”]/;

/** Adds a mention of the quotation's speaker for every "I", "me", "we", "our" … inside it. */
export function resolveFirstPerson(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  for (const paragraph of groupParagraphs(sentences)) {
    for (const q of findQuotations(paragraph)) {
      const speaker = findSpeaker(names, paragraph, q);
      if (speaker) markFirstPerson(names, paragraph, q, speaker);
    }
  }
}

function groupParagraphs(sentences: readonly ParsedSentence[]): ParsedSentence[][] {
  const out = new Map<number, ParsedSentence[]>();
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    const list = out.get(s.paragraph);
    if (list) list.push(s);
    else out.set(s.paragraph, [s]);
  }
  return [...out.values()];
}

/** Quotations of a paragraph by their first and last token (a quotation left open runs to the paragraph end). */
function findQuotations(paragraph: readonly ParsedSentence[]): Quotation[] {
  const out: Quotation[] = [];
  let open: Place | null = null;
  for (const sentence of paragraph) {
    for (const t of sentence.tokens) {
      if (!open && OPENING.test(t.pre)) open = { sentence, i: t.i };
      if (open && CLOSING.test(t.post)) {
        out.push({ open, close: { sentence, i: t.i } });
        open = null;
      }
    }
  }
  if (open) out.push({ open, close: null });
  return out;
}

/** The entity the quotation is attributed to, or null. */
function findSpeaker(
  names: ResolvedNames,
  paragraph: readonly ParsedSentence[],
  q: Quotation,
): WorkEntity | null {
  if (q.close) {
    const { sentence, i } = q.close;
    const after = sentence.tokens.slice(i + 1, i + 4);
    // '," Duarte said' / '," she said'
    const subject = after[0] ? mentionAt(names, sentence.index, after[0].i) : undefined;
    if (subject) {
      const verb = sentence.tokens[subject.last + 1];
      if (verb && SPEECH_VERBS.has(verb.lower)) return entityOf(names, subject) ?? null;
    }
    // '," said Duarte' / '," said the Norvik Group'
    const nameAt = after[1]?.lower === 'the' ? after[2] : after[1];
    if (after[0] && SPEECH_VERBS.has(after[0].lower) && nameAt) {
      const named = mentionAt(names, sentence.index, nameAt.i);
      if (named && named.first === nameAt.i) return entityOf(names, named) ?? null;
    }
  }
  // 'Duarte said: "…' / 'Duarte told reporters, "…'
  const { sentence, i } = q.open;
  const before = sentence.tokens.slice(0, i);
  const verbAt = findLastIndex(before, t => SPEECH_VERBS.has(t.lower));
  if (verbAt < 0 || !/[:,]/.test((before[before.length - 1] as Token).post) || verbAt < before.length - 3)
    return null;
  const subject = mentionAt(names, sentence.index, verbAt - 1);
  return subject ? (entityOf(names, subject) ?? null) : null;
}

function findLastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k] as T)) return k;
  return -1;
}

function markFirstPerson(
  names: ResolvedNames,
  paragraph: readonly ParsedSentence[],
  q: Quotation,
  speaker: WorkEntity,
): void {
  let inside = false;
  for (const s of paragraph) {
    for (const t of s.tokens) {
      if (s === q.open.sentence && t.i === q.open.i) inside = true;
      const person = FIRST_PERSON.get(t.lower);
      // an organization speaks as "we", never as "I"
      if (
        inside &&
        person &&
        (person === 'plural' || speaker.label === 'Person') &&
        !mentionAt(names, s.index, t.i)
      ) {
        addMention(names, {
          entityKey: speaker.key,
          start: t.start,
          end: t.end,
          surface: t.text,
          form: 'pronoun',
          sentence: s.index,
          first: t.i,
          last: t.i,
        });
      }
      if (q.close && s === q.close.sentence && t.i === q.close.i) return;
    }
  }
}
