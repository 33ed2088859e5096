// How a Meeting node is dated (issue 15, deliverable 4): a date expression of the text ("on Monday", "Tuesday's
// talks", "late yesterday") resolved against the publication day, dateBasis "text"; a reported encounter no report
// dates at all falls in the month of the earliest article that tells it (news recency), dateBasis "publication";
// nothing undated is guessed when the words put it out of the recent past, or when no article is dated.
import type { ArticleAnalysis } from '../analysis';
import { findMeetings, toMeetingGraph } from './index';
import { annotate } from './testing/annotate';

const D = '[Duarte](person:ana-duarte)';
const O = '[Okafor](person:tunde-okafor)';

function article(
  id: string,
  sentences: string[],
  publishedAt: string | null,
  datelineDay: string | null = null,
): ArticleAnalysis {
  const analysis = annotate(sentences, { articleId: `article:${id}`, publishedAt });
  return { ...analysis, article: { ...analysis.article, datelineDay } };
}

/** [date, dateText, dateBasis, status] of every Meeting node, sorted. */
function datesOf(...articles: ArticleAnalysis[]) {
  const graph = toMeetingGraph(articles.map(analysis => ({ analysis, meetings: findMeetings(analysis) })));
  return graph.nodes
    .map(n => [n.properties.date, n.properties.dateText, n.properties.dateBasis, n.properties.status])
    .sort();
}

describe('meeting dates from the text', () => {
  // published on Friday 2019-03-08
  test.each([
    [`${D} met ${O} on Thursday in Lisbon.`, ['2019-03-07', 'on Thursday', 'text', 'reported']],
    [`${D} met Saturday with ${O} in Lisbon.`, ['2019-03-02', 'Saturday', 'text', 'reported']],
    [`${D} met ${O} today at the port.`, ['2019-03-08', 'today', 'text', 'reported']],
    [`${D} met ${O} late yesterday at the port.`, ['2019-03-07', 'late yesterday', 'text', 'reported']],
    [`${D} met ${O} at the port last night.`, ['2019-03-07', 'last night', 'text', 'reported']],
    [`${D} met ${O} last night.`, ['2019-03-07', 'last night', 'text', 'reported']],
  ])('%s', (sentence, expected) => {
    expect(datesOf(article('a', [sentence], '2019-03-08'))).toEqual([expected]);
  });
});

describe('the publication month of an undated report (news recency)', () => {
  test('dates a reported encounter told with no time at all, and says the date is inferred', () => {
    const a = article('a', [`${D} held two hours of talks with ${O} at the port.`], '2019-03-08');
    expect(datesOf(a)).toEqual([['2019-03', null, 'publication', 'reported']]);
  });

  test('a length of time names no day, so the recency still holds', () => {
    const a = article('a', [`${D} met ${O} for about an hour at the port.`], '2019-03-08');
    expect(datesOf(a)).toEqual([['2019-03', null, 'publication', 'reported']]);
  });

  test('takes the earliest publication among the articles that tell it undated', () => {
    const late = article('b', [`${D} met ${O} at the port.`], '2019-04-02');
    const early = article('a', [`${D} met ${O} at the port.`], '2019-03-30');
    expect(datesOf(late, early)).toEqual([['2019-03', null, 'publication', 'reported']]);
  });

  test('gives way to a date another article states', () => {
    const undated = article('a', [`${D} met ${O} at the port.`], '2019-04-02');
    const dated = article('b', [`${D} met ${O} at the port on 28 March.`], '2019-04-03');
    expect(datesOf(undated, dated)).toEqual([['2019-03-28', 'on 28 March', 'text', 'reported']]);
  });

  // traps: the words put the encounter out of the recent past, name a time the month may not be, or count several
  test.each([
    [`${D} had met ${O} before at the port.`],
    [`${D} met ${O} regularly at the port.`],
    [`${D} described a previous meeting with ${O}.`],
    [`${D} met ${O} twice at the port.`],
    [`${D} met ${O} on a Saturday at the port.`],
    [`${D} met ${O} two weeks after the election.`],
  ])('no recency date: %s', sentence => {
    const nodes = datesOf(article('a', [sentence], '2019-03-08'));
    expect(
      nodes.every(([date, , basis]) => basis !== 'publication' && (date === null || basis === 'text')),
    ).toBe(true);
  });

  test('a plan is never dated by its publication', () => {
    expect(datesOf(article('a', [`${D} will meet ${O} at the port.`], '2019-03-08'))).toEqual([
      [null, null, null, 'planned'],
    ]);
  });

  test('an undated article dates nothing', () => {
    expect(datesOf(article('a', [`${D} met ${O} at the port.`], null))).toEqual([
      [null, null, null, 'reported'],
    ]);
  });
});

describe('a wire dateline without a year (date-from-dateline.ts)', () => {
  // "PORT ELLIS, May 4 /Wire/ - ... on Monday": the year is fixed by a dated report of the same meeting
  const wire = () => article('a', [`${D} met ${O} on Monday at the port.`], null, '--05-04');

  test('is read in the year a dated report of the same meeting within a news cycle fixes', () => {
    const paper = article('b', [`${D} met ${O} at the port.`], '2019-05-05');
    expect(datesOf(wire(), paper)).toEqual([['2019-04-29', 'on Monday', 'text', 'reported']]);
  });

  // traps: no dated report of the same people, or one far from the dateline's day, fixes no year
  test('fixes nothing without a dated report of the same meeting near its day', () => {
    const far = article('b', [`${D} met ${O} at the port.`], '2019-08-20');
    const other = article(
      'c',
      ['[Lee](person:kim-lee) met [Varga](person:eva-varga) at the port.'],
      '2019-05-05',
    );
    expect(datesOf(wire(), other).filter(([, text]) => text === 'on Monday')).toEqual([
      [null, 'on Monday', null, 'reported'],
    ]);
    expect(datesOf(wire(), far).some(([date]) => String(date).startsWith('2019-04'))).toBe(false);
  });
});
