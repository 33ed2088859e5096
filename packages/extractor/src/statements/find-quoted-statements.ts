// `"We never met him," Ana Duarte said, "and we never will."` -> one quoted statement by Ana Duarte,
// "We never met him, and we never will." Attribution after the quote (`," X said`, `," said X`), before it
// (`X said: "`, `She added, "`, `X …, saying: "`), split quotes, and editorial cuts ("[…]"): the
// words after a cut are a remark of their own unless they open by pointing back ("[…] It was a disgrace") or in lower case ("[…] and they left"). Quotes without an attribution of their own come back as orphans for resolve-continuations.
import type { Sentence } from '../analysis';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { classifyContent } from './classify-kind';
import type { QuoteSpan } from '../sentence/find-quote-spans';
import { findSubjectAfter, findSubjectBefore } from './find-subject';
import type { Subject } from './find-subject';
import { findPartEnd, findPartStart } from '../sentence/analyze-sentence';
import type { Reading, Token } from './read-tokens';
import { findReportingVerb, isReportingVerbAt } from './reporting-verbs';

export interface Orphan {
  quote: QuoteSpan;
  /** The statement it would become, with no speaker yet. */
  candidate: Candidate;
  /** It opens its paragraph. */
  opensParagraph: boolean;
}

export interface QuotedStatements {
  candidates: Candidate[];
  orphans: Orphan[];
}

interface Attribution {
  /** The construction row that attributes the quote. */
  rule: string;
  subject: Subject;
  start: number;
  end: number;
  question: boolean;
  /** Nothing but subject, reporting verb and adverbials: `he said in a statement`, `She added,`. */
  bare: boolean;
}

const EDITORIAL_CUT = /\s*\[(?:\u2026|\.\.\.)\]\s*/g;

/** Quotations with their speakers, and the standalone quotations that have none in their own sentence. */
export function findQuotedStatements(reading: Reading): QuotedStatements {
  const out: QuotedStatements = { candidates: [], orphans: [] };
  const quotes = reading.quotes;
  const joined = new Set<QuoteSpan>();
  quotes.forEach((quote, i) => {
    if (joined.has(quote)) return;
    const opening = findSentenceAt(reading, quote.open);
    const closing = findSentenceAt(reading, Math.max(quote.open, quote.close - 1));
    if (!opening || !closing || opening.zone === 'boilerplate') return;
    const inline = findAttributionBefore(reading, opening, quote);
    if (inline === undefined) return;
    const before = inline ?? findAttributionAbove(reading, opening, quote);
    const next = quotes[i + 1];
    const after = before ? null : findAttributionAfter(reading, closing, quote, next);
    const parts = [quote];
    const splitQuote =
      after &&
      next &&
      after.end === next.open &&
      /,\s*$/.test(reading.analysis.text.slice(after.start, after.end));
    if (splitQuote && next && findSentenceAt(reading, next.open) === closing) {
      parts.push(next);
      joined.add(next);
    }
    const found = before ?? after;
    if (found?.question) return;
    const attribution = found && parts.length > 1 ? { ...found, rule: 'quote-split-by-said' } : found;
    const last =
      findSentenceAt(reading, Math.max(parts[parts.length - 1]!.open, parts[parts.length - 1]!.close - 1)) ??
      closing;
    for (const candidate of toCandidates(reading, parts, opening, last, attribution)) {
      if (attribution) out.candidates.push(candidate);
      else out.orphans.push({ quote, candidate, opensParagraph: isParagraphStart(reading, opening, quote) });
    }
  });
  return out;
}

/** A story's dateline and nothing else before a quotation: a capitalised place, a date or an agency in
 * parentheses, closed by a dash ("PORT VELLA, March 3 (Wire) -- ", "LONDON (Wire) - "). */
const DATELINE_LEAD = /^\s*\p{Lu}[\p{L}\p{N}\s.,'\u2019()/&-]{0,80}?\s(?:--|\u2014|\u2013|-)\s*$/u;

/** `X said: "`: the attribution before the quote; null when the quote opens its sentence; undefined when the
 * quote is a fragment inside narration or reported speech (`insisted she was "a loyal deputy"`). */
function findAttributionBefore(
  reading: Reading,
  sentence: Sentence,
  quote: QuoteSpan,
): Attribution | null | undefined {
  const tokens = reading.tokens(sentence);
  const inside = tokens.findIndex(t => t.start >= quote.open);
  const partFrom = inside >= 0 ? tokens[findPartStart(tokens, inside)]!.start : sentence.start;
  const previousClose = reading.quotes
    .filter(q => q.close <= quote.open && q.close > sentence.start)
    .pop()?.close;
  const from = Math.max(previousClose ?? sentence.start, Math.min(partFrom, quote.open));
  if (!/[\p{L}\p{N}]/u.test(reading.analysis.text.slice(from, quote.open))) return null;
  // `PORT VELLA, March 3 (Wire) -- "We will appeal," …`: a dateline before the quote opens the sentence too
  if (DATELINE_LEAD.test(reading.analysis.text.slice(sentence.start, quote.open))) return null;
  const inRegion = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= from && t.end <= quote.open);
  const lastVerb = [...inRegion].reverse().find(({ i }) => isReportingVerbAt(tokens, i));
  if (!lastVerb) return findColonIntroduction(reading, sentence, tokens, inRegion, quote);
  const between = inRegion.filter(({ i }) => i > lastVerb.i);
  if (between.length > 6 || between.some(({ t }) => t.tags.has('Verb'))) return undefined;
  const lead = between[between.length - 1]?.t ?? lastVerb.t;
  const introduced =
    /[,:]\s*["\u201c\u2018']?$/.test(lead.post) || isThatClauseQuote(reading, sentence, lead, quote);
  if (between.length > 0 && !introduced) return undefined;
  const entry = findReportingVerb(lastVerb.t.normal)!;
  const inner = lastVerb.t.normal.endsWith('ing')
    ? findQuoteMainSubject(reading, tokens, lastVerb.i)
    : findSubjectBefore(reading, tokens, lastVerb.i);
  const reporter = inner && findReportingSpeaker(reading, tokens, inner.first);
  const subject = reporter ?? inner;
  if (!subject || subject.negated) return undefined;
  const bare = !inRegion.some(({ t, i }) => i !== lastVerb.i && isContentVerb(t));
  const rule = reporter
    ? 'quote-nested-in-report'
    : lastVerb.t.normal.endsWith('ing')
      ? 'quote-after-saying'
      : lead.normal === 'that'
        ? 'quote-after-said-that'
        : 'quote-after-said';
  return {
    rule,
    subject,
    start: tokens[subject.first]?.start ?? from,
    end: quote.open,
    question: entry.question,
    bare,
  };
}

/** Verbs a colon introduction may hold: a state of the speaker ("was blunt:", "had one message for them:"). */
const INTRODUCTION_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have']);
const NOUN_OPENERS = ['Determiner', 'Value', 'Adjective', 'Possessive'];

/** `Club owner Marcus Vell was blunt: "…"`, `Developer Ruth Kimble's response: "…"`, `Nadia Hurst had one message
 * for the council: "…"`: a short clause opened by a named speaker (after at most a lower-case description) and
 * closed by a colon introduces a quotation that runs to the end of the sentence; the clause holds no verb but "be"
 * or "have". */
function findColonIntroduction(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  inRegion: ReadonlyArray<{ t: Token; i: number }>,
  quote: QuoteSpan,
): Attribution | undefined {
  const lead = inRegion[inRegion.length - 1];
  if (!lead || !/:\s*["\u201c]?$/.test(lead.t.post) || inRegion.length > 12 || inRegion.length < 2)
    return undefined;
  if (sentence.zone !== 'body') return undefined;
  if (inRegion[0]!.i !== 0 || !isThatClauseQuote(reading, sentence, { ...lead.t, normal: 'that' }, quote))
    return undefined;
  for (const { t, i } of inRegion.slice(0, 4)) {
    const mention = reading.mentionsStartingIn(t.start - 1, t.end)[0];
    const entity = mention && reading.analysis.entities.get(mention.entityId);
    if (entity && (entity.label === 'Person' || entity.label === 'Organization')) {
      // after the name, no verb but "be" / "have"; a word after a determiner or a number is a noun ("one message")
      const verbAfter = inRegion.some(
        ({ t: w, i: k }) =>
          w.start >= mention.end &&
          w.tags.has('Verb') &&
          !INTRODUCTION_VERBS.has(w.normal) &&
          !NOUN_OPENERS.some(tag => tokens[k - 1]?.tags.has(tag)),
      );
      if (verbAfter) return undefined;
      return {
        rule: 'quote-after-colon-intro',
        subject: { speakerIds: [entity.id], first: i, negated: false },
        start: tokens[i]!.start,
        end: quote.open,
        question: false,
        bare: false,
      };
    }
    if (/^\p{Lu}/u.test(t.text) && i > 0) return undefined;
  }
  return undefined;
}

/** `Lin told the court that Duarte had said to him: "…"`: the quotation's own attribution stands in the clause
 * another speaker reports, so the words are that speaker's account of what was said to them (testimony), not a
 * remark the inner subject is on record with. The reporting speaker, or null when the inner attribution opens
 * its own clause. */
function findReportingSpeaker(
  reading: Reading,
  tokens: readonly Token[],
  innerFirst: number,
): Subject | null {
  let k = innerFirst - 1;
  if (tokens[k]?.normal !== 'that') return null;
  for (k -= 1; k >= 0 && k >= innerFirst - 10; k -= 1) {
    const t = tokens[k]!;
    if (t.quoted || /[.;:!?]/.test(t.post)) return null;
    if (isReportingVerbAt(tokens, k)) {
      const outer = findSubjectBefore(reading, tokens, k);
      return outer && !outer.negated ? outer : null;
    }
  }
  return null;
}

/** `…, telling the panel that "quality cannot be rushed."`: "that" followed by a quote that runs to the end of the
 * sentence introduces a whole quoted clause, not a fragment inside the speaker's own words. */
function isThatClauseQuote(reading: Reading, sentence: Sentence, lead: Token, quote: QuoteSpan): boolean {
  if (lead.normal !== 'that') return false;
  const rest = reading.analysis.text.slice(quote.close, sentence.end);
  return /^["\u201d\u2019']?[.!?]?["\u201d\u2019']?\s*$/.test(rest);
}

/** `Duarte said:` closing the sentence before a quote that opens its own sentence or paragraph. */
function findAttributionAbove(reading: Reading, sentence: Sentence, quote: QuoteSpan): Attribution | null {
  const previous = reading.analysis.sentences[sentence.index - 1];
  if (!previous || quote.open - sentence.start > 1 || !/:\s*$/.test(previous.text)) return null;
  const end = previous.end;
  const at = { ...quote, open: end };
  const found = findAttributionBefore(reading, previous, at);
  return found ? { ...found, rule: 'quote-after-colon-line' } : null;
}

/** `," Ana Duarte said on Monday.` / `," said spokeswoman Ana Duarte.`: the attribution after the quote. */
function findAttributionAfter(
  reading: Reading,
  sentence: Sentence,
  quote: QuoteSpan,
  next: QuoteSpan | undefined,
): Attribution | null {
  const tokens = reading.tokens(sentence);
  const after = tokens.findIndex(t => t.start >= quote.close);
  const partTo = after >= 0 ? tokens[findPartEnd(tokens, after) - 1]!.end : sentence.end;
  const end = Math.min(next && next.open < sentence.end ? next.open : sentence.end, partTo);
  const region = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= quote.close && t.end <= end);
  const firstIndex = region[0]?.i;
  if (region[0]?.t.normal === 'according' && region[1]?.t.normal === 'to')
    return findAccordingTo(reading, tokens, region[2]?.i, quote, end);
  // `"A stitch-up," is how Lin described the deal.`, `"…," was how she put it.`: the quotation is the subject of
  // "be", and the clause after "how" names who spoke it
  const how = isHowClause(region.map(({ t }) => t));
  if (how) region.splice(0, 2);
  const verb = region.find(({ t, i }) => isReportingVerbAt(tokens, i) || (how && isPutIt(tokens, i, t)));
  if (firstIndex === undefined || !verb || verb.i - firstIndex > 8) return null;
  if (
    region.some(
      ({ t, i }) =>
        i < verb.i &&
        t.tags.has('Verb') &&
        !t.tags.has('Auxiliary') &&
        !t.tags.has('Adverb') &&
        !isAsideParticiple(tokens, i),
    )
  )
    return null;
  const entry = findReportingVerb(verb.t.normal);
  const before = verb.i > firstIndex ? findSubjectBefore(reading, tokens, verb.i) : null;
  const subject =
    before && before.first >= firstIndex
      ? before
      : verb.i === firstIndex && !how
        ? findSubjectAfter(reading, tokens, verb.i)
        : null;
  if (!subject || subject.negated) return null;
  const bare = !region.some(({ t, i }) => i !== verb.i && isContentVerb(t));
  const rule = how ? 'quote-is-how' : 'quote-then-said';
  return { rule, subject, start: quote.close, end, question: entry?.question ?? false, bare };
}

/** "is how", "was how" right after the quotation. */
function isHowClause(region: readonly Token[]): boolean {
  return (
    ['is', 'was', "'s"].includes(region[0]?.normal ?? '') && region[1]?.normal === 'how' && !region[0]?.quoted
  );
}

/** "how she put it": "put" with "it" after it says the words were hers. */
function isPutIt(tokens: readonly Token[], i: number, t: Token): boolean {
  return t.normal === 'put' && tokens[i + 1]?.normal === 'it';
}

/** `," Ana Duarte, defending the clerk, told the court.`: a participle opening an aside set off by commas describes
 * the speaker; it is not a verb of its own between the quotation and its attribution. */
function isAsideParticiple(tokens: readonly Token[], i: number): boolean {
  return /ing$/.test(tokens[i]?.normal ?? '') && /,\s*$/.test(tokens[i - 1]?.post ?? '');
}

/** `"…," according to the ministry.`: the entity right after "according to" heads the source. */
function findAccordingTo(
  reading: Reading,
  tokens: readonly Token[],
  k: number | undefined,
  quote: QuoteSpan,
  end: number,
): Attribution | null {
  for (let j = k ?? tokens.length; j < tokens.length && j < (k ?? 0) + 3; j += 1) {
    const t = tokens[j]!;
    const mention = reading
      .mentionsCovering(t.start, t.end)
      .find(m => reading.analysis.entities.has(m.entityId));
    if (!mention) continue;
    let last = j;
    while ((tokens[last + 1]?.end ?? Infinity) <= mention.end) last += 1;
    const next = tokens[last + 1];
    // "according to Corvane engineers": the entity does not head the phrase (whatever the tagger made of the noun)
    const closes =
      !next || /[,.;!?]/.test(tokens[last]!.post) || next.tags.has('Preposition') || next.tags.has('Date');
    if (!closes) return null;
    const subject = {
      speakerIds: [mention.entityId],
      first: j,
      negated: false,
      viaPronoun: mention.form === 'pronoun',
    };
    return { rule: 'quote-then-according-to', subject, start: quote.close, end, question: false, bare: true };
  }
  return null;
}

function isContentVerb(t: Token): boolean {
  return (
    t.text !== '' &&
    t.tags.has('Verb') &&
    !t.tags.has('Auxiliary') &&
    !t.tags.has('Modal') &&
    !t.tags.has('Gerund') &&
    !t.quoted
  );
}

function findQuoteMainSubject(reading: Reading, tokens: readonly Token[], i: number): Subject | null {
  for (let v = i - 1; v >= 0; v -= 1) {
    const t = tokens[v];
    if (!t || t.quoted) return null;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary'))
      return findSubjectBefore(reading, tokens, v);
  }
  return null;
}

function toCandidates(
  reading: Reading,
  parts: QuoteSpan[],
  first: Sentence,
  last: Sentence,
  attribution: Attribution | null,
): Candidate[] {
  const text = reading.analysis.text;
  const pieces = parts.flatMap(q => cutEditorially(text, q.innerStart, q.innerEnd));
  const groups = parts.length > 1 ? [pieces] : groupAcrossCuts(text, pieces);
  return groups.flatMap(spans => {
    const words = spans
      .map(([s, e]) => trimQuoteText(text.slice(s, e)))
      .join(parts.length > 1 ? ' ' : ' [\u2026] ');
    if (!/[\p{L}\p{N}]{2}/u.test(words)) return [];
    return [
      {
        rule: attribution?.rule ?? 'quote-unattributed',
        speakerIds: attribution?.subject.speakerIds ?? [],
        text: words,
        spans,
        kind: classifyContent(words),
        kindFromVerb: false,
        mode: 'quote' as const,
        quoted: true,
        firstSentence: first.index,
        lastSentence: last.index,
        zone: first.zone,
        attribution: attribution ? ([attribution.start, attribution.end] as [number, number]) : null,
        viaPronoun: attribution?.subject.viaPronoun ?? false,
        bareAttribution: attribution ? attribution.bare : true,
      },
    ];
  });
}

/** After an editorial cut, words that open with a pronoun for what came before ("[…] It was a disgrace", "[…] That
 * was a mistake") comment on it, and words that open in lower case ("[…] and then they left") finish its
 * sentence: the same remark, condensed. Words with a subject of their own are another remark. */
function groupAcrossCuts(text: string, pieces: Array<[number, number]>): Array<Array<[number, number]>> {
  const groups: Array<Array<[number, number]>> = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    const words = text.slice(piece[0], piece[1]);
    if (last && (POINTS_BACK.test(words) || /^\p{Ll}/u.test(words))) last.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

/** "It", "That", "This" opening the words: "It's", "That is", "This was", "This decision". */
const POINTS_BACK = /^(?:it|that|this)(?:['\u2019]s\b|\s)/iu;

/** "A. […] B." -> the offsets of "A." and "B.". */
function cutEditorially(text: string, start: number, end: number): Array<[number, number]> {
  const inner = text.slice(start, end);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of inner.matchAll(EDITORIAL_CUT)) {
    if ((m.index ?? 0) > from) out.push([start + from, start + (m.index ?? 0)]);
    from = (m.index ?? 0) + m[0].length;
  }
  if (from < inner.length) out.push([start + from, end]);
  return out;
}

function trimQuoteText(raw: string): string {
  return trimStatementText(raw.replace(/\s+/g, ' '));
}

function findSentenceAt(reading: Reading, offset: number): Sentence | undefined {
  return reading.analysis.sentences.find(s => s.start <= offset && offset < s.end);
}

function isParagraphStart(reading: Reading, sentence: Sentence, quote: QuoteSpan): boolean {
  const previous = reading.analysis.sentences[sentence.index - 1];
  return (!previous || previous.paragraph !== sentence.paragraph) && quote.open - sentence.start <= 1;
}
