// One article -> its statements: quotations, reported speech, "according to" and report nouns, headline
// "Name: words"; then orphan quotes get the speaker they continue, paraphrases fold into the quote they introduce,
// a report continued in the next sentence ("According to the paper, …") joins the report it continues, a negation
// aimed at another side's people ("nobody at X has …") is a grievance, not a denial,
// repeats and a speaker's restated refusals collapse, and a headline or caption that the body already carries
// for the same speaker is dropped (no double counting). Only statements with a resolved entity speaker remain.
import type { ArticleAnalysis, Sentence } from '../analysis';
import { isHeadingLike } from '../entities/01-find-zones';
import { normalizeForKey } from '@news-kg/graph-model';
import type { Candidate } from './candidate';
import { measureContainment, toContentWords } from './content-words';
import { FRAME_ROWS } from './constructions';
import { findHeadlineStatements } from './find-headline-statements';
import { findFrameStatements } from './match-frame';
import { findQuotedStatements } from './find-quoted-statements';
import { findReportedStatements } from './find-reported-statements';
import { findSourcedStatements } from './find-sourced-statements';
import { joinContinuedReports } from './join-continued-reports';
import { mergeParaphrases } from './merge-paraphrases';
import { mayReport } from './reporting-verbs';
import { createReading } from './read-tokens';
import type { Reading } from './read-tokens';
import { bindSpeakerPronouns } from './bind-speaker-pronouns';
import { bindReleaseVoice, findReleaseClaims } from './bind-release-voice';
import { rereadGrievances } from './reread-grievances';
import { resolveContinuations } from './resolve-continuations';

/** Every statement candidate of one article, merged within the article, in reading order. */
export function findArticleCandidates(analysis: ArticleAnalysis): Candidate[] {
  const reading = createReading(analysis);
  const first = readArticle(reading);
  const bindings = [...bindSpeakerPronouns(reading, first), ...bindReleaseVoice(reading)];
  if (bindings.length === 0) return first;
  // read again with the bound pronouns as mentions (only articles with such pronouns pay for it)
  const mentions = [...analysis.mentions, ...bindings].sort((a, b) => a.start - b.start || b.end - a.end);
  return readArticle(createReading({ ...analysis, mentions }));
}

function readArticle(reading: Reading): Candidate[] {
  const analysis = reading.analysis;
  const quoted = findQuotedStatements(reading);
  let perSentence = analysis.sentences
    .filter(s => s.zone !== 'boilerplate')
    .flatMap(s => {
      if (!mayReport(s.text)) return [...findHeadlineStatements(reading, s), ...findLabelled(reading, s)];
      const reported = findReportedStatements(reading, s);
      const sourced = findSourcedStatements(reading, s).filter(c => !reported.some(r => isOverlapping(r, c)));
      const frames = findFrameStatements(reading, s, FRAME_ROWS).filter(
        c => ![...reported, ...sourced].some(r => isOverlapping(r, c)),
      );
      return [...reported, ...sourced, ...frames, ...findHeadlineStatements(reading, s)];
    })
    .filter(c => !quoted.candidates.some(q => isOverlapping(q, c)));
  // a guest's transcript turn is the guest's words: nothing else is read inside it
  const turns = perSentence.filter(c => c.rule === 'transcript-label');
  perSentence = perSentence.filter(
    c => c.rule === 'transcript-label' || !turns.some(t => isOverlapping(t, c)),
  );
  perSentence = joinCoordinatedVerdicts(reading, joinConfirmedButWithheld(reading, perSentence));
  // a press release reproduced in full speaks for its issuer where no other rule read a sentence
  perSentence.push(...findReleaseClaims(reading, [...quoted.candidates, ...perSentence]));
  const all = resolveContinuations(
    analysis,
    sortByPosition([...quoted.candidates, ...perSentence]),
    quoted.orphans,
  );
  const merged = joinContinuedReports(analysis, mergeParaphrases(analysis, sortByPosition(all)));
  const kinds = rereadGrievances(analysis, merged);
  return dropRestated(analysis, kinds.flatMap(splitJointSpeakers));
}

const WITHHOLDING_ROWS = new Set(['refused-to', 'would-not-say', 'would-not-comment', 'not-drawn']);
/** What may stand between the confirmed object and the refusal: "but", ", but", "and", "yet". */
const CONFIRM_WITHHOLD_LINK = /^\s*,?\s*(?:but|and|yet|though)\s*$/i;

/** "A spokesman confirmed the meeting but declined to discuss what was said": one act of the speaker, which
 * confirms a bare object and withholds the rest; it is one confirmation, cited from the verb to the end of the
 * refusal (the object alone, "the meeting", says nothing). A confirmation with a clause of its own ("confirmed
 * that they met, but declined to …") and a refusal by someone else stay two. */
function joinConfirmedButWithheld(reading: Reading, candidates: Candidate[]): Candidate[] {
  const text = reading.analysis.text;
  const absorbed = new Set<Candidate>();
  const out = candidates.map(a => {
    if (a.rule !== 'stance-verb' || a.kind !== 'confirmation' || a.clause || a.spans.length !== 1) return a;
    const [aStart, aEnd] = a.spans[0]!;
    const b = candidates.find(
      c =>
        c !== a &&
        c.kind === 'refusal' &&
        WITHHOLDING_ROWS.has(c.rule) &&
        c.firstSentence === a.firstSentence &&
        c.spans.length === 1 &&
        c.spans[0]![0] >= aEnd &&
        CONFIRM_WITHHOLD_LINK.test(text.slice(aEnd, c.spans[0]![0])) &&
        c.speakerIds.join() === a.speakerIds.join(),
    );
    if (!b) return a;
    const sentence = reading.analysis.sentences[a.firstSentence]!;
    const verb = [...reading.tokens(sentence)].reverse().find(t => t.end <= aStart && !t.quoted);
    if (!verb || !/^confirm/i.test(verb.text)) return a;
    absorbed.add(b);
    const end = b.spans[0]![1];
    return {
      ...a,
      rule: 'confirmed-but-withheld',
      text: text.slice(verb.start, end),
      spans: [[verb.start, end]] as Array<[number, number]>,
    };
  });
  return out.filter(c => !absorbed.has(c));
}

const VERDICT_ROWS = new Set(['called-it', 'described-as']);
const VERDICT_LINK = /^\s*,?\s*(?:and|and\s+also)\s*$/i;

/** "It says the depot never leaked a drop and calls the report "fiction"": a verdict on the account
 * coordinated after a statement of the same speaker and kind in the same sentence is that statement's own
 * ending, one remark (the statement runs on to the end of the verdict). */
function joinCoordinatedVerdicts(reading: Reading, candidates: Candidate[]): Candidate[] {
  const text = reading.analysis.text;
  const absorbed = new Set<Candidate>();
  const out = candidates.map(a => {
    if (a.spans.length !== 1 || VERDICT_ROWS.has(a.rule) || a.mode !== 'reported') return a;
    const aEnd = a.spans[0]![1];
    const b = candidates.find(
      c =>
        c !== a &&
        VERDICT_ROWS.has(c.rule) &&
        c.kind === a.kind &&
        c.firstSentence === a.firstSentence &&
        c.spans.length === 1 &&
        c.spans[0]![0] >= aEnd &&
        VERDICT_LINK.test(text.slice(aEnd, c.spans[0]![0])) &&
        c.speakerIds.join() === a.speakerIds.join(),
    );
    if (!b) return a;
    absorbed.add(b);
    const [start] = a.spans[0]!;
    const end = b.spans[0]![1];
    return { ...a, text: text.slice(start, end), spans: [[start, end]] as Array<[number, number]> };
  });
  return out.filter(c => !absorbed.has(c));
}

/** "Acme and the union declined to discuss the dispute", "both sides said …": each speaker holds the position, so
 * each gets a statement of its own (asking what one of them said finds it; another outlet that credits only one
 * of them reports the same remark). */
function splitJointSpeakers(c: Candidate): Candidate[] {
  return [...c.speakerIds].sort().map(id => ({ ...c, speakerIds: [id] }));
}

const LABEL_ROWS = FRAME_ROWS.filter(row => row.pattern.startsWith('{label}'));
/** A line opening with a word in capitals and a colon may be a transcript's speaker label. */
const MAY_BE_LABEL = /^\s*\p{Lu}[\p{Lu}'-]+(?:[\s-]\p{Lu}[\p{Lu}'-]*){0,2}(?:\s*\([^()\n]{1,40}\))?:/u;

/** Transcript lines ("NOVAK: …") hold no reporting word: only the label rows read them. */
function findLabelled(reading: Reading, s: Sentence): Candidate[] {
  return MAY_BE_LABEL.test(s.text) ? findFrameStatements(reading, s, LABEL_ROWS) : [];
}

/** "denies misleading the auditors" restates "has denied misleading the auditors" in the same article. */
const NEAR_REPEAT = 0.9;

function isOverlapping(a: Candidate, b: Candidate): boolean {
  return a.spans.some(([s1, e1]) => b.spans.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

function sortByPosition(candidates: Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
}

/** Repeats (same speaker, same or nearly the same words and kind), a second refusal of one speaker, and
 * headlines, standfirsts or captions the body carries. */
function dropRestated(analysis: ArticleAnalysis, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const restates = (c: Candidate) =>
    kept.some(k => {
      if (k.kind !== c.kind || !k.speakerIds.some(id => c.speakerIds.includes(id))) return false;
      const [a, b] = [toContentWords(k.text), toContentWords(c.text)];
      return Math.min(a.length, b.length) >= 2 && measureContainment(a, b) >= NEAR_REPEAT;
    });
  const seen = new Set<string>();
  const refused = new Set<string>();
  const isBody = (c: Candidate) => c.zone === 'body' && !isStandfirst(analysis, c);
  const bodySpeakers = new Set(candidates.filter(isBody).flatMap(c => c.speakerIds));
  const headlinesDropped = candidates.filter(
    c => isBody(c) || !c.speakerIds.some(id => bodySpeakers.has(id)),
  );
  return headlinesDropped.filter(c => {
    const speakers = [...c.speakerIds].sort().join(',');
    const key = `${speakers}|${normalizeForKey(c.text)}`;
    if (seen.has(key) || restates(c)) return false;
    seen.add(key);
    if (c.kind === 'refusal' && refused.has(speakers)) return false;
    if (c.kind === 'refusal') refused.add(speakers);
    kept.push(c);
    return true;
  });
}

/** The summary under a headline: the first paragraph of the body, written like a headline (its last sentence has
 * no closing full stop). It announces what the story tells, so it counts as a headline. */
function isStandfirst(analysis: ArticleAnalysis, c: Candidate): boolean {
  const paragraph = analysis.sentences[c.firstSentence]?.paragraph;
  const body = analysis.sentences.filter(s => s.zone === 'body');
  if (paragraph === undefined || body[0]?.paragraph !== paragraph) return false;
  const last = body.filter(s => s.paragraph === paragraph).pop()!;
  return isHeadingLike(analysis.text.slice(last.start, last.end));
}
