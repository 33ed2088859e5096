// "Duarte met Okafor" (prose, no date) + a photo caption "Photo: Duarte shakes hands with Okafor at the Grand Hotel on
// Wednesday." or "Duarte with Okafor at Kestrel Hall on Wednesday." -> the meeting was on Wednesday at the Grand Hotel.
// A caption that shows named people is no report of a meeting by itself (a caption-only encounter stays out of the
// graph); it confirms a meeting the batch tells in prose with exactly those people and gives it its date and place.
import type { ArticleAnalysis } from '../analysis';
import { areDatesCompatible, findDates, mayTellPlainDate } from '../dates';
import { findPlace } from './find-place';
import { CAPTION_NOT_SHOWN } from './lexicon';
import type { CountedMeetingFact as MeetingFact, PlacedFact } from './meeting-fact';
import { readSentence } from './read-sentence';
import { summarizeMeeting } from './summarize';

/** The rule of a caption's confirmation: it names no construction of the table, only what the caption shows. */
export const CAPTION_RULE = 'caption-shows';

/** One fact per caption that names two or more people (credits in parentheses aside) and nothing that tells a plan or
 * a call; merging keeps it only where prose of the batch tells a meeting of exactly those people. */
export function readCaptionEncounters(analysis: ArticleAnalysis): MeetingFact[] {
  const out: MeetingFact[] = [];
  const peopleBySentence = personCountBySentence(analysis);
  for (const sentence of analysis.sentences) {
    if (sentence.zone !== 'caption' || CAPTION_NOT_SHOWN.test(sentence.text)) continue;
    // reading a sentence is the costly step: a caption naming fewer than two people can tell no encounter
    if ((peopleBySentence.get(sentence.index) ?? 0) < 2) continue;
    const reading = readSentence(analysis, sentence);
    // "(left)", "(Harbour Post/Ida Lind)": what a caption sets in parentheses is a position or a credit
    const inParentheses = [...sentence.text.matchAll(/\([^)]*\)/g)].map(m => ({
      start: sentence.start + (m.index ?? 0),
      end: sentence.start + (m.index ?? 0) + m[0].length,
    }));
    const people = new Set(
      reading.tokens
        .flatMap(t => t.mentions)
        .filter(m => !inParentheses.some(p => m.start >= p.start && m.end <= p.end))
        .map(m => m.entityId)
        .filter(id => analysis.entities.get(id)?.label === 'Person'),
    );
    if (people.size < 2) continue;
    const { publishedAt, numericDateOrder } = analysis.article;
    // the date library is the costly step: most captions tell no day at all
    const window = dateWindow(sentence.text);
    const dated = window
      ? findDates(window, publishedAt, { numericOrder: numericDateOrder }).find(d => d.date)
      : undefined;
    const place = findPlace(reading, 0, reading.tokens.length, null);
    const participantIds = [...people].sort();
    const names = participantIds.map(id => analysis.entities.get(id)?.name ?? id);
    out.push({
      participantIds,
      date: dated?.date ?? null,
      dateText: dated?.text ?? null,
      place,
      summary: summarizeMeeting(names, dated?.date ?? null, place, 'reported'),
      status: 'reported',
      rule: CAPTION_RULE,
      evidence: { start: sentence.start, end: sentence.end },
      count: 1,
      plural: false,
      attachOnly: false,
      month: dated?.month ?? null,
      dateBasis: dated?.date ? 'text' : null,
      recencyMonth: null,
      captionOnly: true,
    });
  }
  return out;
}

/** The words of a caption from a little before its first plain date word to a little after its last ("Lee and Vale
 * shake hands at the depot on Wednesday. (Post/Ida Lind)" -> "at the depot on Wednesday. (Post/Ida Lind)"), or null when it has none: parsing a long caption whole is the date library's costliest
 * call, and a caption tells its day in one short phrase. */
function dateWindow(text: string): string | null {
  if (!mayTellPlainDate(text)) return null;
  const words = text.split(/\s+/);
  const dateWords = words.flatMap((w, i) => (mayTellPlainDate(w) ? [i] : []));
  if (dateWords.length === 0) return text;
  const first = dateWords[0]!;
  const last = dateWords[dateWords.length - 1]!;
  return words.slice(Math.max(0, first - 3), last + 5).join(' ');
}

/** The facts without the caption confirmations no prose report of the batch bears out: one of exactly the
 * caption's people, whose date (if both give one) agrees with the caption's. */
export function keepConfirmedCaptions(facts: PlacedFact[]): PlacedFact[] {
  if (!facts.some(p => p.fact.captionOnly)) return facts;
  const told = new Map<string, PlacedFact[]>();
  for (const p of facts) {
    if (p.fact.captionOnly || p.fact.status !== 'reported' || p.fact.attachOnly) continue;
    const key = p.fact.participantIds.join(',');
    told.set(key, [...(told.get(key) ?? []), p]);
  }
  const bornOut = (caption: PlacedFact) =>
    (told.get(caption.fact.participantIds.join(',')) ?? []).some(
      p => !p.fact.date || !caption.fact.date || areDatesCompatible(p.fact.date, caption.fact.date),
    );
  return facts.filter(p => !p.fact.captionOnly || bornOut(p));
}

/** How many people each sentence names (distinct entities), from the article's mentions in one pass. */
function personCountBySentence(analysis: ArticleAnalysis): Map<number, number> {
  const seen = new Map<number, Set<string>>();
  for (const m of analysis.mentions) {
    if (analysis.entities.get(m.entityId)?.label !== 'Person') continue;
    let ids = seen.get(m.sentence);
    if (!ids) seen.set(m.sentence, (ids = new Set()));
    ids.add(m.entityId);
  }
  return new Map([...seen].map(([index, ids]) => [index, ids.size]));
}
