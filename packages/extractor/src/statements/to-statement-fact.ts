// A candidate `{ speakerIds: ['person:ana-duarte'], text: 'I never met him', spans: [[40, 55]], … }` -> the
// StatementFact the graph layer merges: evidence = the sentence(s) carrying it, ABOUT = entities named in the
// words (not the speaker) and meetings whose evidence those words overlap, date = a date in the narration around
// the words ("she said on Monday"), never one inside the quoted words; a continued quote takes the date of the
// attribution it continues.
import type { ArticleAnalysis, MeetingFact, StatementFact } from '../analysis';
import { findDates } from '../dates';
import type { Candidate } from './candidate';
import { indexMentions } from '../sentence/mention-index';
import { findReportingVerb } from './reporting-verbs';

/** Determiners that point back at something already told: "the accusation", "these claims". */
const POINTING = new Set(['the', 'these', 'those', 'that', 'this', 'such']);
const CHARGE_NOUN = /^(?:accusations?|allegations?|claims?|charges?|criticism|suggestions?)$/;
/** After the noun, words that give the charge its own content ("the claim that …"): then it is not a pointer. */
const OWN_CONTENT = new Set(['that', 'of', 'by']);

/** Cheap test before compromise-dates: a weekday, month, year or relative time word. */
const MAY_DATE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|tonight|last|ago|earlier|week|month|year|\d{4})\b/i;

/** Converts an article's candidate into the shared StatementFact shape. */
export function toStatementFact(
  analysis: ArticleAnalysis,
  meetings: readonly MeetingFact[],
  c: Candidate,
): StatementFact {
  const first = analysis.sentences[c.firstSentence]!;
  const last = analysis.sentences[c.lastSentence]!;
  const within = (start: number, end: number) => c.spans.some(([s, e]) => s <= start && end <= e);
  const from = Math.min(...c.spans.map(([s]) => s));
  const to = Math.max(...c.spans.map(([, e]) => e));
  const aboutIds = [
    ...new Set(
      indexMentions(analysis.mentions)
        .within(from, to)
        .filter(m => within(m.start, m.end) && !c.speakerIds.includes(m.entityId))
        .map(m => m.entityId),
    ),
  ].filter(id => analysis.entities.has(id));
  const aboutMeetings = meetings.flatMap((m, i) =>
    c.spans.some(([s, e]) => s < m.evidence.end && m.evidence.start < e) ? [i] : [],
  );
  const deniesMeetings = aboutMeetings.filter(
    i =>
      c.kind === 'denial' &&
      meetings[i]!.status === 'denied' &&
      meetings[i]!.participantIds.every(p => c.speakerIds.includes(p) || aboutIds.includes(p)),
  );
  // the spans, not c.text: a paraphrase folded into the quote after it ("rejected the accusation") keeps its span
  const answersPrevious =
    c.kind === 'denial' &&
    rejectsChargeToldBefore(c.spans.map(([s, e]) => analysis.text.slice(s, e)).join(' '));
  return {
    speakerIds: [...c.speakerIds].sort(),
    text: c.text,
    kind: c.kind,
    kindFromVerb: c.kindFromVerb,
    quoted: c.quoted,
    date: findStatementDate(analysis, c),
    aboutIds: aboutIds.sort(),
    aboutMeetings,
    deniesMeetings,
    answersPrevious,
    evidence: { start: first.start, end: last.end },
    rule: c.rule,
  };
}

/** "rejected the accusation", "denied these latest claims": a verb of denial (the reporting-verb lexicon's)
 * whose object points back at a charge instead of wording one. */
function rejectsChargeToldBefore(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  return words.some((word, i) => {
    if (findReportingVerb(word)?.stance !== 'denial' || !POINTING.has(words[i + 1] ?? '')) return false;
    const noun = CHARGE_NOUN.test(words[i + 2] ?? '')
      ? i + 2
      : CHARGE_NOUN.test(words[i + 3] ?? '')
        ? i + 3
        : -1;
    return noun > 0 && !OWN_CONTENT.has(words[noun + 1] ?? '');
  });
}

/** The first date in the evidence once the statement's words and every quotation are blanked out. */
function findStatementDate(analysis: ArticleAnalysis, c: Candidate): string | null {
  for (let i = c.firstSentence; i <= c.lastSentence; i += 1) {
    const s = analysis.sentences[i];
    if (!s) continue;
    const chars = s.text.split('');
    const blank = (start: number, end: number) => {
      for (let k = Math.max(start, s.start); k < Math.min(end, s.end); k += 1) chars[k - s.start] = ' ';
    };
    c.spans.forEach(([start, end]) => blank(start, end));
    blankQuotes(s.text).forEach(([start, end]) => blank(s.start + start, s.start + end));
    const narration = chars.join('');
    if (!MAY_DATE.test(narration)) continue;
    const date = findNarrationDate(analysis, narration);
    if (date) return date;
  }
  return c.attribution ? findAttributionDate(analysis, c.attribution) : null;
}

/** A continued quote has no narration of its own: the attribution it continues ("he said on Monday") dates it. */
function findAttributionDate(analysis: ArticleAnalysis, [start, end]: [number, number]): string | null {
  const text = analysis.text.slice(start, end);
  const chars = text.split('');
  for (const [s, e] of blankQuotes(text)) for (let k = s; k < e; k += 1) chars[k] = ' ';
  const narration = chars.join('');
  if (!MAY_DATE.test(narration)) return null;
  return findNarrationDate(analysis, narration);
}

// compromise-dates parses its text again (a few ms a call): statements of one sentence share its narration
const narrationDates = new WeakMap<ArticleAnalysis, Map<string, string | null>>();

/** The first resolved date of a narration, computed once per article and narration. */
function findNarrationDate(analysis: ArticleAnalysis, narration: string): string | null {
  let known = narrationDates.get(analysis);
  if (!known) narrationDates.set(analysis, (known = new Map()));
  if (!known.has(narration)) {
    known.set(narration, findDates(narration, analysis.article.publishedAt).find(d => d.date)?.date ?? null);
  }
  return known.get(narration) ?? null;
}

function blankQuotes(text: string): Array<[number, number]> {
  return [...text.matchAll(/["\u201c][^"\u201d]*["\u201d]?/g)].map(m => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
}
