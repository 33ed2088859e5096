// A press release reproduced in full: "The Harbour Board issued the following statement: ¶ … We note that the
// guild has given no guarantee … ¶ ENDS". Inside it "we" is the issuer speaking, so a "we" that is the subject of a
// reporting verb ("We note that …", "we believe …") is bound to the organization that issued the text. Only a text
// closed by an end mark (ENDS, -ends-, ###) counts: without one nobody can tell where the release stops.
import type { Mention, Sentence } from '../analysis';
import { isHeadingLike } from '../entities/01-find-zones';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { classifyContent } from './classify-kind';
import type { Reading, Token } from './read-tokens';
import { findSubjectBefore } from './find-subject';
import { findReportingVerb, isReportingVerbAt } from './reporting-verbs';

/** "issued the following statement", "released this statement", "put out the following statement"; or the paper
 * saying it reproduces the text: "We reproduce it in full below", "printed in full" (the issuer is then the
 * organization the introducing paragraph opens on: "Corvane has answered the charge with a statement."). */
const INTRODUCES_RELEASE =
  /\b(?:issued|released|published|put out|sent out|circulated)\s+(?:the\s+following|this)\s+(?:statement|press release|release|communiqu[eé])\b|\b(?:reproduce[sd]?|print(?:s|ed)?|publish(?:es|ed)?|run)\s+(?:it|them|the\s+(?:statement|release|text|communiqu[eé]))\s+in\s+full\b|\b(?:is|are)\s+(?:reproduced|printed|published)\s+(?:here\s+|below\s+)?in\s+full\b/i;
/** A release's own heading: "STATEMENT FROM CORVANE, PORT VELLA, 3 MAY", "PRESS RELEASE BY …". */
const RELEASE_HEADING = /^\W*(?:joint\s+|press\s+)?(?:statement|release|communiqu[eé])\s+(?:from|by|of)\b/i;
const END_MARK = /^\s*(?:-+\s*)?(?:ends|end|###|-30-)(?:\s*-+)?\s*$/i;
const FIRST_PERSON = new Set(['we']);

/** "we" mentions inside a reproduced press release, bound to its issuer. */
export function bindReleaseVoice(reading: Reading): Mention[] {
  const bound: Mention[] = [];
  const sentences = reading.analysis.sentences;
  for (const { issuer, first, end } of findReleases(reading)) {
    for (const s of sentences.slice(first, end)) {
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
  }
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
  if (id && isOrganization(reading, id)) return id;
  // "We reproduce it in full below.": the paper speaks; the issuer is the organization its paragraph opens on
  const opening = reading.analysis.sentences.find(s => s.paragraph === sentence.paragraph);
  if (!opening || opening.index === sentence.index) return null;
  const head = reading
    .mentionsStartingIn(opening.start, opening.start + 5)
    .find(m => isOrganization(reading, m.entityId));
  return head?.entityId ?? null;
}

/** The one organization a release's heading names ("STATEMENT FROM CORVANE, PORT VELLA"), if any. */
function findHeadingIssuer(reading: Reading, sentence: Sentence | undefined): string | null {
  if (!sentence || !RELEASE_HEADING.test(sentence.text)) return null;
  const ids = new Set(
    reading
      .mentionsStartingIn(sentence.start, sentence.end)
      .map(m => m.entityId)
      .filter(id => isOrganization(reading, id)),
  );
  return ids.size === 1 ? [...ids][0]! : null;
}

function isOrganization(reading: Reading, id: string): boolean {
  return reading.analysis.entities.get(id)?.label === 'Organization';
}

/** Where reproduced releases stand: the paragraph after the one that introduces each, up to its end mark, and
 * who issued it. */
function findReleases(reading: Reading): Array<{ issuer: string; first: number; end: number }> {
  const analysis = reading.analysis;
  if (!INTRODUCES_RELEASE.test(analysis.text)) return [];
  const sentences = analysis.sentences;
  const releases: Array<{ issuer: string; first: number; end: number }> = [];
  sentences.forEach((intro, i) => {
    const cue = INTRODUCES_RELEASE.exec(intro.text);
    if (!cue || intro.zone !== 'body') return;
    const end = sentences.findIndex((s, k) => k > i && END_MARK.test(s.text));
    // the release starts with the next paragraph: the rest of the introducing one is the paper's ("We reproduce it
    // in full.")
    const first = sentences.findIndex((s, k) => k > i && s.paragraph !== intro.paragraph);
    const issuer =
      findHeadingIssuer(reading, sentences[first]) ?? findIssuer(reading, i, intro.start + cue.index);
    if (issuer && end > 0 && first > 0 && first < end) releases.push({ issuer, first, end });
  });
  return releases;
}

/** A sentence of the release that speaks in the issuer's voice without a reporting verb: it opens on "we" ("We
 * went in with proposals.") or on another organization of the article ("Corvane came with nothing."), holds no
 * quotation and no reporting verb, and is not a heading. */
function isReleaseVoice(reading: Reading, sentence: Sentence): boolean {
  if (isHeadingLike(sentence.text) || /["\u201c\u201d]/.test(sentence.text)) return false;
  if (RELEASE_HEADING.test(sentence.text)) return false;
  const tokens = reading.tokens(sentence);
  const words = tokens.filter(t => /\p{L}/u.test(t.text));
  if (words.length < 3 || tokens.some((t, v) => reportsHere(tokens, v))) return false;
  if (words[0]!.normal === 'we') return true;
  // another organization ("Corvane came with nothing."), or the issuer naming itself ("The Ferry Guild has kept
  // every term of the agreement.")
  const opening = reading
    .mentionsStartingIn(sentence.start, words[0]!.start + 1)
    .find(m => reading.analysis.entities.get(m.entityId)?.label === 'Organization');
  return (
    opening !== undefined && !/^'s$|^\u2019s$/.test(tokens.find(t => t.start >= opening.end)?.text ?? '')
  );
}

/** A reporting verb that reports here: not a clause-only verb before an infinitive ("will continue to do so",
 * "agreed to meet"), which tells of an act. */
function reportsHere(tokens: readonly Token[], v: number): boolean {
  const entry = findReportingVerb(tokens[v]!.normal);
  if (!entry || !isReportingVerbAt(tokens, v)) return false;
  return !(entry.clauseOnly && tokens[v + 1 + entry.particle.length]?.normal === 'to');
}

/** "The guild issued the following statement: ¶ We went in with a plan. Corvane came with nothing. ¶ ENDS": the
 * release's own sentences are the issuer's claims, one statement per run of such sentences in a paragraph (the
 * sentences that already report someone, or quote, are read by the other rules). */
export function findReleaseClaims(reading: Reading, found: readonly Candidate[]): Candidate[] {
  const claims: Candidate[] = [];
  const sentences = reading.analysis.sentences;
  for (const { issuer, first, end } of findReleases(reading)) {
    let run: Sentence[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const start = run[0]!.start;
      const stop = run[run.length - 1]!.end;
      const text = trimStatementText(reading.analysis.text.slice(start, stop));
      claims.push({
        rule: 'release-voice',
        speakerIds: [issuer],
        text,
        spans: [[start, start + text.length]],
        kind: classifyContent(text),
        kindFromVerb: false,
        mode: 'reported',
        quoted: false,
        firstSentence: run[0]!.index,
        lastSentence: run[run.length - 1]!.index,
        zone: run[0]!.zone,
        attribution: null,
      });
      run = [];
    };
    for (const s of sentences.slice(first, end)) {
      const taken = found.some(c => c.spans.some(([a, b]) => a < s.end && s.start < b));
      if (run.length > 0 && run[run.length - 1]!.paragraph !== s.paragraph) flush();
      if (!taken && isReleaseVoice(reading, s)) run.push(s);
      else flush();
    }
    flush();
  }
  return claims;
}
