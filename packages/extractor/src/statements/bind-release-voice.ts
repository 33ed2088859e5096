// A press release reproduced in full: "The Harbour Board issued the following statement: ¶ … We note that the
// guild has given no guarantee … ¶ ENDS". Inside it "we" is the issuer speaking, so a "we" that is the subject of a
// reporting verb ("We note that …", "we believe …") is bound to the organization that issued the text. Only a text
// closed by an end mark (ENDS, -ends-, ###) counts: without one nobody can tell where the release stops.
import type { Mention } from '../analysis';
import type { Reading } from './read-tokens';
import { findSubjectBefore } from './find-subject';
import { findReportingVerb, isReportingVerbAt } from './reporting-verbs';

/** "issued the following statement", "released this statement", "put out the following statement". */
const INTRODUCES_RELEASE =
  /\b(?:issued|released|published|put out|sent out|circulated)\s+(?:the\s+following|this)\s+(?:statement|press release|release|communiqu[eé])\b/i;
const END_MARK = /^\s*(?:-+\s*)?(?:ends|end|###|-30-)(?:\s*-+)?\s*$/i;
const FIRST_PERSON = new Set(['we']);

/** "we" mentions inside a reproduced press release, bound to its issuer. */
export function bindReleaseVoice(reading: Reading): Mention[] {
  const analysis = reading.analysis;
  if (!INTRODUCES_RELEASE.test(analysis.text)) return [];
  const bound: Mention[] = [];
  const sentences = analysis.sentences;
  sentences.forEach((intro, i) => {
    const cue = INTRODUCES_RELEASE.exec(intro.text);
    if (!cue || intro.zone !== 'body') return;
    const issuer = findIssuer(reading, i, intro.start + cue.index);
    if (!issuer) return;
    const end = sentences.findIndex((s, k) => k > i && END_MARK.test(s.text));
    if (end < 0) return;
    for (const s of sentences.slice(i + 1, end)) {
      const tokens = reading.tokens(s);
      tokens.forEach((t, v) => {
        if (t.quoted || !isReportingVerbAt(tokens, v) || !findReportingVerb(t.normal)) return;
        const subject = tokens[v - 1];
        if (!subject || subject.quoted || !FIRST_PERSON.has(subject.normal)) return;
        if (reading.mentionAt(subject.start, subject.end)) return;
        bound.push({
          entityId: issuer,
          start: subject.start,
          end: subject.end,
          surface: subject.text,
          form: 'pronoun',
          sentence: s.index,
        });
      });
    }
  });
  return bound;
}

/** The organization that issued the release: the subject of the verb that introduces it. */
function findIssuer(reading: Reading, sentenceIndex: number, at: number): string | null {
  const sentence = reading.analysis.sentences[sentenceIndex]!;
  const tokens = reading.tokens(sentence);
  const verb = tokens.findIndex(t => t.start >= at);
  if (verb < 0) return null;
  const subject = findSubjectBefore(reading, tokens, verb);
  const id = subject?.speakerIds.length === 1 ? subject.speakerIds[0]! : null;
  return id && reading.analysis.entities.get(id)?.label === 'Organization' ? id : null;
}
