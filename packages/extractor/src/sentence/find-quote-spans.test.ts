import { annotate } from '../statements/testing/annotate';
import { findQuoteSpans } from './find-quote-spans';

function quotesOf(paragraphs: string[]): string[] {
  const analysis = annotate(paragraphs);
  return findQuoteSpans(analysis).map(q => analysis.text.slice(q.innerStart, q.innerEnd));
}

describe('findQuoteSpans', () => {
  it('pairs straight and curly double marks, even mixed', () => {
    expect(quotesOf(['"We never met,\u201d she said. \u201cIt is false."'])).toEqual([
      'We never met,',
      'It is false.',
    ]);
  });

  it('reads single marks only where they cannot be apostrophes', () => {
    expect(quotesOf(["Lin's aide: 'This is a stitch-up'"])).toEqual(['This is a stitch-up']);
    expect(quotesOf(["The councillors' vote and Lin's plan"])).toEqual([]);
  });

  it('ignores single marks inside a paragraph with double marks', () => {
    expect(quotesOf(['"Stories about \u2018ghost ships\u2019 appear daily," she said.'])).toEqual([
      'Stories about \u2018ghost ships\u2019 appear daily,',
    ]);
  });

  it('runs a quote left open to the end of its paragraph', () => {
    expect(quotesOf(['"The road will open in May.', '"The money is there," he said.'])).toEqual([
      'The road will open in May.',
      'The money is there,',
    ]);
  });
});
