// "samples contained 412 times the permitted level of nitrate" (one outlet) and "the river held 412 times as much
// nitrate as the plant may release" (another): reporters reword a source's claim but copy its figures. Two
// wordings of one speaker that carry the same figure and share two more content words report one claim. A figure
// is a number of two digits or more that is neither a year nor a day of a month ("on 16 May" dates, it does not
// measure), so two claims about one day do not meet through its date.
import { MONTHS } from '../lexicon/months';

const NUMBER = /\d[\d,.]*\d|\d/g;
const YEAR = /^(1[89]|20)\d\d$/;
const MONTH_WORDS = new Set(MONTHS.flatMap(m => [m.toLowerCase(), m.slice(0, 3).toLowerCase()]));
/** Content words besides the figure that the two wordings must share. */
const MIN_SHARED_WORDS = 2;

/** The figures of a text ("1,200", "38", "4.5"), without years and days of months. */
export function findFigures(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const figure = match[0];
    if (figure.length < 2 || YEAR.test(figure)) continue;
    const before =
      text.slice(0, match.index).trim().split(/\s+/).pop()?.toLowerCase().replace(/\W/g, '') ?? '';
    const after =
      text
        .slice((match.index ?? 0) + figure.length)
        .trim()
        .split(/\s+/)[0]
        ?.toLowerCase()
        .replace(/\W/g, '') ?? '';
    if (MONTH_WORDS.has(before) || MONTH_WORDS.has(after)) continue;
    out.push(figure.replace(/,/g, ''));
  }
  return out;
}

/** A wording's figures and content words (toContentWords), read once per wording. */
export interface FiguredWords {
  figures: readonly string[];
  words: readonly string[];
}

/** True when two wordings carry one figure and at least two more content words in common. */
export function sharesFigure(a: FiguredWords, b: FiguredWords): boolean {
  if (!a.figures.some(f => b.figures.includes(f))) return false;
  const other = (w: string) => !/^\d+$/.test(w) && !MONTH_WORDS.has(w);
  const words = new Set(a.words.filter(other));
  const common = new Set(b.words.filter(w => words.has(w)));
  return common.size >= MIN_SHARED_WORDS;
}
