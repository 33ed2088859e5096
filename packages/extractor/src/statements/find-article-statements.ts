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
