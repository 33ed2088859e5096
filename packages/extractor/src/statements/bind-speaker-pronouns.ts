// `"These talks are a first step," Mr Lin told reporters. (a photo caption) He said the rebels were serious.` ->
// "He" is Lin: a pronoun that is the subject of a reporting verb but that the entity layer left unresolved (a caption
// or another name stood between) is bound to the nearest speaker before it whose gender fits — the journalistic
// habit of going on with the person just quoted — or with the person a body sentence opened on as its subject
// ("Okafor has said little since. In a statement he rejected …"). A person named elsewhere in narration does not
// count (the one the last sentence talked about is often the one spoken of, not the one speaking), and only a few
// sentences back.
import type { Mention, Sentence } from '../analysis';
import type { Candidate } from './candidate';
import type { Reading, Token } from './read-tokens';
import { ISSUED_TEXTS, isReportingVerbAt, mayReport } from './reporting-verbs';
import { findSubjectBefore } from './find-subject';

const GENDER: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };
/** How many sentences back the speaker may stand. */
const REACH = 6;

/** Pronoun mentions for unresolved subject pronouns of reporting verbs, bound to the last fitting speaker. */
export function bindSpeakerPronouns(reading: Reading, candidates: readonly Candidate[]): Mention[] {
  const analysis = reading.analysis;
  const events = [
    ...candidates
      .filter(c => c.zone === 'body' && c.speakerIds.length === 1)
      .map(c => ({
        at: Math.min(...c.spans.map(([s]) => s)),
        sentence: c.firstSentence,
        id: c.speakerIds[0]!,
      })),
    ...findSentenceSubjects(reading),
  ];
  const bound: Mention[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.zone !== 'body' || !mayReport(sentence.text)) continue;
    const tokens = reading.tokens(sentence);
    tokens.forEach((t, i) => {
      if (t.quoted || !isReportingVerbAt(tokens, i)) return;
      const text = findIssuedTextSubject(reading, sentence, tokens, i);
      if (text) return void bound.push(text);
      const pronoun = findUnresolvedSubject(reading, tokens, i);
      if (!pronoun) return;
      const gender = GENDER[pronoun.normal]!;
      // a person whose gender fits, or an organization whose mouthpiece of that gender spoke just before ("A
      // spokesman for the agency confirmed the meeting. "…," he said.")
      const fits = (id: string, at: number, index: number) => {
        const e = analysis.entities.get(id);
        if (e?.label === 'Organization') {
          const before = analysis.sentences[index];
          return !!before && MOUTHPIECE_OF[gender].test(analysis.text.slice(before.start, at + 1));
        }
        return e?.label === 'Person' && (e.gender === null || e.gender === gender);
      };
      const earlier = [...events, ...bound.map(m => ({ at: m.start, sentence: m.sentence, id: m.entityId }))]
        .filter(e => e.at < pronoun.start && e.sentence >= sentence.index - REACH)
        .sort((a, b) => b.at - a.at)[0];
      if (!earlier || !fits(earlier.id, earlier.at, earlier.sentence)) return;
      bound.push({
        entityId: earlier.id,
        start: pronoun.start,
        end: pronoun.end,
        surface: pronoun.text,
        form: 'pronoun',
        sentence: sentence.index,
      });
    });
  }
  return bound;
}

/** A mouthpiece of one gender (or none told) in the words before an organization's statement. */
const MOUTHPIECE_OF: Readonly<Record<'male' | 'female', RegExp>> = {
  male: /\b(?:spokesman|spokesperson|official)\b/i,
  female: /\b(?:spokeswoman|spokesperson|official)\b/i,
};

/** Verbs by which a text is sent out: "X sent us a statement", "X issued a letter". */
const SENDS_TEXT = new Set([
  'sent',
  'issued',
  'released',
  'emailed',
  'e-mailed',
  'published',
  'circulated',
  'put',
]);

/** "The minister's office sent us a statement this evening. It says …": "it" opening a sentence, as the subject of a
 * reporting verb, is the text the sentence before (in the same paragraph) has someone send out, and speaks for
 * whoever sent it. */
function findIssuedTextSubject(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  verb: number,
): Mention | null {
  let j = verb - 1;
  while (j > 0 && (tokens[j]!.tags.has('Adverb') || tokens[j]!.tags.has('Auxiliary'))) j -= 1;
  const it = tokens[j];
  if (j !== 0 || !it || it.normal !== 'it' || it.quoted || reading.mentionAt(it.start, it.end)) return null;
  const previous = reading.analysis.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph || previous.zone !== 'body') return null;
  const before = reading.tokens(previous);
  const noun = before.findIndex(t => ISSUED_TEXTS.has(t.normal) && !t.quoted);
  if (noun < 0) return null;
  for (let v = noun - 1; v >= 0 && v >= noun - 4; v -= 1) {
    if (!SENDS_TEXT.has(before[v]!.normal)) continue;
    const subject = findSubjectBefore(reading, before, v);
    if (!subject || subject.negated || subject.modal || subject.speakerIds.length !== 1) return null;
    return {
      entityId: subject.speakerIds[0]!,
      start: it.start,
      end: it.end,
      surface: it.text,
      form: 'pronoun',
      sentence: sentence.index,
    };
  }
  return null;
}

/** The person a body sentence opens on ("Okafor himself has said little"), outside quotations. */
function findSentenceSubjects(reading: Reading): Array<{ at: number; sentence: number; id: string }> {
  const analysis = reading.analysis;
  return analysis.sentences.flatMap(sentence => {
    if (sentence.zone !== 'body') return [];
    const opening = reading
      .mentionsStartingIn(sentence.start, sentence.start + 40)
      .find(m => !m.inQuote && m.form !== 'pronoun' && analysis.entities.get(m.entityId)?.label === 'Person');
    if (!opening) return [];
    const before = analysis.text.slice(sentence.start, opening.start);
    const opens = /^\s*(?:(?:the|mr|mrs|ms|dr)\.?\s+)?(?:\p{Lu}[\p{L}.'-]*\s+){0,3}$/iu.test(before);
    const possessive = /^['\u2019]s\b/.test(analysis.text.slice(opening.end, opening.end + 3));
    return opens && !possessive
      ? [{ at: opening.start, sentence: sentence.index, id: opening.entityId }]
      : [];
  });
}

/** "he said", "he later told", "said he": a he/she next to the verb (over adverbs and auxiliaries) with no mention. */
function findUnresolvedSubject(reading: Reading, tokens: readonly Token[], verb: number): Token | null {
  let j = verb - 1;
  while (j >= 0 && (tokens[j]!.tags.has('Adverb') || tokens[j]!.tags.has('Auxiliary'))) j -= 1;
  const before = tokens[j];
  const after = tokens[verb + 1];
  // "…," said he.` (not "said he would leave": there "he" opens the reported clause)
  const inverted = after && GENDER[after.normal] && (/[,.;!?]/.test(after.post) || verb + 2 >= tokens.length);
  const candidate = before && GENDER[before.normal] ? before : inverted ? after : null;
  if (!candidate || candidate.quoted || reading.mentionAt(candidate.start, candidate.end)) return null;
  return candidate;
}
