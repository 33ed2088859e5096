// `She said: “We never met him.” Then: "It is false," he added.` -> two spans, “We never met him.” and
// "It is false,". Double marks of any shape toggle (sloppy copy mixes " with ”); single marks count only in a
// paragraph without double marks and only where they cannot be apostrophes ('stitch-up' yes, Norway's no). A
// quote left open at the end of its paragraph runs to that end (the multi-paragraph quote convention).
import type { ArticleAnalysis } from '../analysis';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
}

const DOUBLE = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE = /['\u2018\u2019]/g;
const LETTER = /[\p{L}\p{N}]/u;

/** Every quotation in the article, in reading order. */
export function findQuoteSpans(analysis: ArticleAnalysis): QuoteSpan[] {
  return toParagraphRanges(analysis).flatMap(({ paragraph, start, end }) => {
    const text = analysis.text.slice(start, end);
    const doubles = [...text.matchAll(DOUBLE)].map(m => m.index ?? 0);
    const marks = doubles.length > 0 ? doubles : findSingleMarks(text);
    const spans: QuoteSpan[] = [];
    for (let i = 0; i < marks.length; i += 2) {
      const open = marks[i] ?? 0;
      const closeMark = marks[i + 1];
      const innerEnd = closeMark ?? text.length;
      if (!LETTER.test(text.slice(open + 1, innerEnd))) continue;
      spans.push({
        open: start + open,
        close: start + (closeMark === undefined ? text.length : closeMark + 1),
        innerStart: start + open + 1,
        innerEnd: start + innerEnd,
        paragraph,
      });
    }
    return spans;
  });
}

/** True when the offset lies inside a quotation (marks included). */
export function isQuoted(quotes: readonly QuoteSpan[], offset: number): boolean {
  return quotes.some(q => q.open <= offset && offset < q.close);
}

function findSingleMarks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SINGLE)) {
    const at = m.index ?? 0;
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? ' ';
    const opening = out.length % 2 === 0;
    if (opening && /[\s([:\u2014-]/.test(before) && LETTER.test(after)) out.push(at);
    else if (!opening && !/\s/.test(before) && !LETTER.test(after)) out.push(at);
  }
  return out.length % 2 === 0 ? out : out.slice(0, -1);
}

interface ParagraphRange {
  paragraph: number;
  start: number;
  end: number;
}

function toParagraphRanges(analysis: ArticleAnalysis): ParagraphRange[] {
  const ranges = new Map<number, ParagraphRange>();
  for (const s of analysis.sentences) {
    const range = ranges.get(s.paragraph);
    if (range) range.end = Math.max(range.end, s.end);
    else ranges.set(s.paragraph, { paragraph: s.paragraph, start: s.start, end: s.end });
  }
  return [...ranges.values()];
}
