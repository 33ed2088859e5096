// "The talks failed, according to the ministry." / "According to the ministry, the talks failed." -> the
// ministry's claim "The talks failed". "Lin's claim that the talks failed" / "a report in The Daily Planet that
// the talks failed" / "calls from the opposition to resign" -> statements carried by a report noun. The source
// must be an entity heading its phrase ("according to EU budget officials" names no entity). "Lin was accused by
// the opposition of lying" -> the opposition's accusation.
import type { Mention, Sentence } from '../analysis';
import type { StatementKind } from '@news-kg/graph-model';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { classifyContent } from './classify-kind';
import { hasContent } from './find-complement';
import { findSubjectBefore, isAnaphoric } from './find-subject';
import { findPartEnd, findPartStart } from '../sentence/analyze-sentence';
import type { Reading, Token } from './read-tokens';
import { BE_FORMS, ISSUED_TEXTS, MOUTHPIECES, REPORT_MAKING_VERBS, REPORT_NOUNS } from './reporting-verbs';
import { isPartOfTitle } from '../lexicon/titles';

const SOURCE_PREPOSITIONS = new Set(['in', 'by', 'from']);
const ACCUSING = new Set(['accused', 'blamed', 'criticized', 'criticised', 'condemned', 'denounced']);
const DEMAND_NOUNS = new Set(['call', 'calls', 'demand', 'demands']);
const DEMAND_ACCUSATION =
  /\b(resign\w*|step down|quit|apologi[sz]e|impeach\w*|be fired|be sacked|be prosecuted)\b/i;

/** Statements attributed by "according to X" or carried by a report noun. */
export function findSourcedStatements(reading: Reading, sentence: Sentence): Candidate[] {
  const tokens = reading.tokens(sentence);
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (t.quoted) return;
    if (t.normal === 'according' && tokens[i + 1]?.normal === 'to')
      out.push(...readAccordingTo(reading, sentence, tokens, i));
    if (
      ACCUSING.has(t.normal) &&
      BE_FORMS.has(tokens[i - 1]?.normal ?? '') &&
      tokens[i + 1]?.normal === 'by'
    ) {
      out.push(...readPassiveAccusation(reading, sentence, tokens, i));
    }
    const nounKind = REPORT_NOUNS.get(t.normal);
    if (nounKind !== undefined && t.tags.has('Noun'))
      out.push(...readReportNoun(reading, sentence, tokens, i, nounKind));
  });
  return out;
}

function readAccordingTo(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  i: number,
): Candidate[] {
  const source = findHeadedMention(reading, tokens, findVoiceOwner(tokens, i + 2));
  if (!source) return [];
  const { mention } = source;
  const [first, end] = [findPartStart(tokens, i), findPartEnd(tokens, i)];
  const last = i === first ? skipTimeAdjunct(tokens, source.last, end) : source.last;
  const range =
    i === first && /,/.test(tokens[last]?.post ?? '')
      ? { first: last + 1, last: end - 1 }
      : i > first && /,/.test(tokens[i - 1]?.post ?? '') && last === end - 1
        ? { first, last: i - 1 }
        : null;
  if (!range || !hasContent(tokens, range.first, range.last)) return [];
  return [
    {
      ...toCandidate('according-to', reading, sentence, tokens, range, [mention.entityId], null, [
        tokens[i]!.start,
        tokens[last]!.end,
      ]),
      viaAnaphor: isAnaphoric(mention.form),
    },
  ];
}

/** "Lin was accused by the opposition of lying": the by-phrase names the accuser; the clause is the accusation. */
function readPassiveAccusation(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  i: number,
): Candidate[] {
  const source = findHeadedMention(reading, tokens, i + 2, 4);
  if (!source) return [];
  const range = { first: findPartStart(tokens, i), last: findPartEnd(tokens, i) - 1 };
  return [
    toCandidate(
      'passive-accused-by',
      reading,
      sentence,
      tokens,
      range,
      [source.mention.entityId],
      'accusation',
      [tokens[i]!.start, tokens[source.last]!.end],
    ),
  ];
}

function readReportNoun(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  i: number,
  nounKind: StatementKind | null,
): Candidate[] {
  let source: { mention: { entityId: string }; last: number } | null = null;
  let after = i + 1;
  let rule = 'report-noun-that';
  const owner = tokens[i - 1]?.tags.has('Adjective') ? tokens[i - 2] : tokens[i - 1];
  if (owner?.tags.has('Possessive')) {
    const mention = reading.mentionAt(owner.start, owner.end);
    if (mention && reading.analysis.entities.has(mention.entityId)) source = { mention, last: i };
  } else if (SOURCE_PREPOSITIONS.has(tokens[i + 1]?.normal ?? '')) {
    source = findHeadedMention(reading, tokens, i + 2, 6);
    after = (source?.last ?? i) + 1;
  } else {
    source = findReportMaker(reading, tokens, i);
    if (source) rule = 'made-report-that';
  }
  if (!source) return [];
  const link = tokens[after]?.normal;
  const demand = DEMAND_NOUNS.has(tokens[i]!.normal);
  const end = findPartEnd(tokens, i);
  if (link === 'that' && !demand) {
    const range = { first: after + 1, last: end - 1 };
    if (!hasContent(tokens, range.first, range.last)) return [];
    return [
      toCandidate(rule, reading, sentence, tokens, range, [source.mention.entityId], nounKind, [
        tokens[i]!.start,
        tokens[after]!.end,
      ]),
    ];
  }
  // "calls from X to resign", "X's call for an inquiry", "his call for the mayor to resign"
  if ((link === 'to' || link === 'for') && demand) {
    const range = { first: i, last: end - 1 };
    const words = tokens
      .slice(after)
      .map(t => t.text)
      .join(' ');
    const kind = DEMAND_ACCUSATION.test(words) ? 'accusation' : 'claim';
    return [
      toCandidate('call-to-act', reading, sentence, tokens, range, [source.mention.entityId], kind, [
        tokens[i]!.start,
        tokens[after]!.end,
      ]),
    ];
  }
  return [];
}

/** Words between a verb of making and the report noun it makes: "raised a new allegation", "made the claim". */
const MADE_REPORT_MODIFIERS = new Set([
  'a',
  'an',
  'the',
  'new',
  'fresh',
  'further',
  'second',
  'another',
  'same',
  'serious',
]);

/** "Lin raised a new allegation: that …", "Corvane made the claim that …": the subject of a verb of making
 * (REPORT_MAKING_VERBS) owns the report noun its object heads (one speaker, not negated, not a modal). */
function findReportMaker(
  reading: Reading,
  tokens: readonly Token[],
  i: number,
): { mention: { entityId: string }; last: number } | null {
  let v = i - 1;
  while (v >= 0 && v > i - 4 && MADE_REPORT_MODIFIERS.has(tokens[v]?.normal ?? '')) v -= 1;
  if (v === i - 1 || !REPORT_MAKING_VERBS.has(tokens[v]?.normal ?? '') || tokens[v]?.quoted) return null;
  const subject = findSubjectBefore(reading, tokens, v);
  if (!subject || subject.negated || subject.modal || subject.speakerIds.length !== 1) return null;
  return { mention: { entityId: subject.speakerIds[0]! }, last: i };
}

/** "according to a statement from Corvane", "according to a spokeswoman for Corvane": the source is the owner of
 * the unnamed mouthpiece or issued text; else the phrase starts at `k` itself. */
function findVoiceOwner(tokens: readonly Token[], k: number): number {
  let j = k;
  if (['a', 'an', 'the'].includes(tokens[j]?.normal ?? '')) j += 1;
  if (VOICE_MODIFIERS.has(tokens[j]?.normal ?? '')) j += 1;
  const noun = tokens[j];
  if (!noun || noun.quoted || (!MOUTHPIECES.has(noun.normal) && !ISSUED_TEXTS.has(noun.normal))) return k;
  // "according to a statement released by the museum": the text's participle before its source
  if (ISSUING_PARTICIPLES.has(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal === 'by') return j + 3;
  return ['for', 'from', 'by', 'of'].includes(tokens[j + 1]?.normal ?? '') ? j + 2 : k;
}

const ISSUING_PARTICIPLES = new Set(['released', 'issued', 'published', 'sent', 'circulated', 'distributed']);
const TIME_ADJUNCTS = new Set([
  'after',
  'before',
  'following',
  'during',
  'on',
  'late',
  'earlier',
  'this',
  'last',
]);

/** "According to the museum after the talks, …": a time phrase after the source, up to the comma that ends the
 * source phrase; the source's last token when none. */
function skipTimeAdjunct(tokens: readonly Token[], last: number, end: number): number {
  if (/,/.test(tokens[last]?.post ?? '') || !TIME_ADJUNCTS.has(tokens[last + 1]?.normal ?? '')) return last;
  for (let k = last + 1; k < end && k <= last + 6; k += 1) {
    const t = tokens[k]!;
    if (t.quoted || (t.tags.has('Verb') && !t.tags.has('Date')) || /[.;:]/.test(t.post)) return last;
    if (/,/.test(t.post)) return k;
  }
  return last;
}

/** Words between the article and a mouthpiece or issued text: "a joint statement", "a written statement". */
const VOICE_MODIFIERS = new Set(['joint', 'written', 'brief', 'short', 'press', 'senior', 'terse']);

/** An entity mention starting within `reach` tokens of `k` (over "the", titles) and ending its phrase. */
function findHeadedMention(
  reading: Reading,
  tokens: readonly Token[],
  k: number,
  reach = 2,
): { mention: Mention; last: number } | null {
  // "according to Acme chief executive Dr. Ana Duarte": title words between the source's parts cost no reach
  let limit = k + reach;
  for (let j = k; j < tokens.length && j < limit; j += 1) {
    const t = tokens[j]!;
    if (t.quoted) return null;
    const mention = reading
      .mentionsStartingIn(t.start - 1, t.end)
      .find(m => reading.analysis.entities.has(m.entityId));
    if (!mention && isPartOfTitle(t.normal) && !/[,;:!?]/.test(t.post)) {
      limit += 1;
      continue;
    }
    if (mention) {
      let last = j;
      while ((tokens[last + 1]?.end ?? Infinity) <= mention.end) last += 1;
      const next = tokens[last + 1];
      const ends =
        !next ||
        /[,.;:!?]/.test(tokens[last]!.post) ||
        !(next.tags.has('Noun') || next.tags.has('Adjective'));
      if (ends) return { mention, last };
      limit += last - j;
      j = last;
      continue;
    }
    if (/[,.;:]/.test(t.post) || t.tags.has('Verb')) return null;
  }
  return null;
}

function toCandidate(
  rule: string,
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  range: { first: number; last: number },
  speakerIds: string[],
  nounKind: StatementKind | null,
  attribution: [number, number],
): Candidate {
  const first = tokens[range.first]!;
  const last = tokens[range.last]!;
  const start = first.start - (/["\u201c]$/.test(first.pre) ? 1 : 0);
  const end = last.end + (last.post.match(/^[.,!?]*["\u201d]/)?.[0].length ?? 0);
  const text = trimStatementText(reading.analysis.text.slice(start, end));
  return {
    rule,
    speakerIds,
    text,
    spans: [[start, end]],
    kind: nounKind ?? classifyContent(text),
    kindFromVerb: nounKind !== null,
    mode: 'reported',
    quoted: false,
    firstSentence: sentence.index,
    lastSentence: sentence.index,
    zone: sentence.zone,
    attribution,
  };
}
