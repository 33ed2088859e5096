// Which number of "04/03/2026" a page puts first, read from the page: invented pages.
import { findDates } from './find-dates';
import { numericDateOrder } from './numeric-date-order';

describe('numericDateOrder', () => {
  test('a numeric date whose first number cannot be a month puts the day first', () => {
    expect(numericDateOrder('Updated 21/02/2026\nThe ferry sailed on 04/03/2026.')).toBe('day-first');
  });

  test('one whose second number cannot be a month puts the month first', () => {
    expect(numericDateOrder('Updated 2/21/2026\nThe ferry sailed on 04/03/2026.')).toBe('month-first');
  });

  test('else the way the page writes dates with month names: "4 March" or "March 4"', () => {
    expect(numericDateOrder('04/03/2026\nThe strike began on 2 March and ended on Monday, 3 March.')).toBe(
      'day-first',
    );
    expect(numericDateOrder('04/03/2026\nThe strike began on March 2 and ended on March 3.')).toBe(
      'month-first',
    );
  });

  test('a year after a month name is no day; "may" as a verb is no month; nothing to go on: month first', () => {
    expect(numericDateOrder('04/03/2026\nIn March 2026 the port may 4 times close.')).toBe('month-first');
    expect(numericDateOrder('04/03/2026\nThe port reopened.')).toBe('month-first');
  });
});

describe('findDates: numeric dates in the page order', () => {
  test('"04/02/2026" is 4 February on a day-first page and April 2 on a month-first one', () => {
    const on = (order: 'day-first' | 'month-first') =>
      findDates('They met on 04/02/2026 in Portvale.', '2026-03-06', { numericOrder: order }).map(
        d => d.date,
      );
    expect(on('day-first')).toEqual(['2026-02-04']);
    expect(on('month-first')).toEqual(['2026-04-02']);
  });

  test('a date whose first number cannot be a month is read day first in either order', () => {
    const dates = findDates('They met on 13/02/2026.', '2026-03-06', { numericOrder: 'month-first' });
    expect(dates.map(d => d.date)).toEqual(['2026-02-13']);
  });
});
