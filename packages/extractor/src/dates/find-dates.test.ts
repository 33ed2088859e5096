import { findDates, mayTellPlainDate, resolveDate } from './find-dates';

const on = (text: string, publishedAt: string | null = '2019-03-08') =>
  findDates(text, publishedAt).map(d => [d.text, d.date]);

describe('findDates', () => {
  test.each([
    ['The ministers met on 14 May 2018 in Lisbon.', [['on 14 May 2018', '2018-05-14']]],
    ['The envoys met in November 2017.', [['in November 2017', '2017-11']]],
    ['The talks took place in 2016.', [['in 2016', '2016']]],
    ['Duarte met Okafor last December.', [['last December', '2018-12']]],
    ['Duarte met Okafor last month.', [['last month', '2019-02']]],
    // published on a Friday: "Thursday" is the day before, "Wednesday" two days before
    ['Duarte met Okafor on Thursday.', [['on Thursday', '2019-03-07']]],
    ['She said so on Wednesday night.', [['on Wednesday night', '2019-03-06']]],
    // a bare month after the publication month is last year's
    ['Duarte met Okafor in July.', [['in July', '2018-07']]],
    ['Duarte met Okafor in March.', [['in March', '2019-03']]],
    // a count after a month and a comma is no day of it
    ['They met in Tartu in January, three aides said.', [['in January', '2019-01']]],
    // a weekday and its calendar date are one day, placed by the calendar date
    ['They met on Monday, 12 November.', [['on Monday, 12 November', '2018-11-12']]],
    ['They met on Tuesday, February 5.', [['on Tuesday, February 5', '2019-02-05']]],
    // a US date keeps the year after its comma, at the end of the sentence or before a clause
    ['The two envoys dined at the Ritz on October 3, 2017.', [['on October 3, 2017', '2017-10-03']]],
    ['Okafor saw Duarte on April 9, 2016, in a hotel.', [['on April 9, 2016', '2016-04-09']]],
    // "ago" before a comma is read as well as at the end of the sentence
    ['Since the vote two weeks ago, the two have met twice.', [['two weeks ago', '2019-02-22']]],
    // a possessive date word dates its noun: "Monday's talks" were on Monday, not "after" anything
    ["Okafor flew home after Monday's talks.", [['Monday', '2019-03-04']]],
    ['Yesterday\u2019s meeting ran late.', [['Yesterday', '2019-03-07']]],
    // a part of a day is that day; "last night" is yesterday's
    ['Duarte met Okafor late yesterday.', [['late yesterday', '2019-03-07']]],
    ['Duarte dined with Okafor last night.', [['last night', '2019-03-07']]],
    ['Duarte met Okafor today.', [['today', '2019-03-08']]],
  ])('%s', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });

  test('reads "last year, in April ... and in November" as two months of last year', () => {
    const found = findDates(
      'The envoys held talks twice last year, in April at a hotel, and in November in Rome.',
      '2019-03-08',
    );
    expect(found.map(d => [d.text, d.date, d.isYearOnly])).toEqual([
      ['last year', '2018', true],
      ['in April', '2018-04', false],
      ['in November', '2018-11', false],
    ]);
  });

  test('gives offsets within the sentence', () => {
    const text = 'Duarte and Okafor met on Thursday in Geneva.';
    const [found] = findDates(text, '2019-03-08');
    expect(found && text.slice(found.start, found.end)).toBe('on Thursday');
  });

  test('guesses no year without a publication date', () => {
    expect(on('Duarte met Okafor in July and again on 3 June 2015.', null)).toEqual([
      ['in July', null],
      ['on 3 June 2015', '2015-06-03'],
    ]);
    expect(on('Duarte met Okafor on June 3, 2015.', null)).toEqual([['on June 3, 2015', '2015-06-03']]);
  });

  test('keeps the month of a yearless expression apart from its unknown year', () => {
    const [july] = findDates('Duarte met Okafor in July.', null);
    expect([july?.date, july?.month, july?.isYearOnly]).toEqual([null, '07', false]);
  });

  test('gives a weekday or a relative month no month without a publication date', () => {
    const [thursday] = findDates('Duarte met Okafor on Thursday.', null);
    const [lastMonth] = findDates('Duarte met Okafor last month.', null);
    expect([thursday?.date, thursday?.month, lastMonth?.date ?? null, lastMonth?.month ?? null]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  test('leaves a date relative to an unnamed event unresolved', () => {
    const found = findDates('They met two weeks after the election.', '2019-03-08');
    expect(found.every(d => d.date === null)).toBe(true);
  });

  test('keeps future expressions forward when asked', () => {
    const [next] = findDates('They will meet on Thursday.', '2019-03-08', { direction: 'future' });
    expect(next?.date).toBe('2019-03-14');
  });

  test('finds nothing in a sentence without dates', () => {
    expect(on('May Okafor met the minister at the embassy.')).toEqual([]);
  });

  test('reads no date in a possessive that is no day, nor in a bare preposition', () => {
    expect(on("The week's news was calm after the vote.")).toEqual([]);
    expect(on('The talks ran late after the vote.')).toEqual([]);
  });
});

describe('resolveDate', () => {
  test('resolves a phrase against the publication day', () => {
    expect(resolveDate('last December', '2019-03-08')).toEqual({ date: '2018-12', text: 'last December' });
  });
  test('returns null for a phrase that is no date', () => {
    expect(resolveDate('at the embassy', '2019-03-08')).toBeNull();
  });
});

describe('mayTellPlainDate: the cheap test before parsing', () => {
  test.each(['on Wednesday', 'Photo taken 14.03', 'last month', 'in March', 'yesterday'])(
    '"%s" may tell a date',
    t => expect(mayTellPlainDate(t)).toBe(true),
  );
  test('trap: a caption of names and a place only', () =>
    expect(mayTellPlainDate('Lena Ortiz (left) and Tom Hale at the harbour office')).toBe(false));
});
