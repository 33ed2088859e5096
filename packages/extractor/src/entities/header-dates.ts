// The dates a page header writes: "March 3, 2021", "3 March 2021", "Thursday, 2 November, 2000, 17:46 GMT",
// "4/20/2017", "2021-03-03T10:15:00Z". parseDate reads the first date a line gives (an update line may add a second
// one in another time zone: "updated 6/23/2007 11:46 PM ET 2007-06-24T03:46" is the 23rd where it was written).
import type { NumericDateOrder } from '../dates/numeric-date-order';
import { MONTHS } from '../lexicon/months';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\\.?),?\\s+';
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi');
/** 4/20/2017 (month first, as US pages write it) or 20/4/2017 when the first number cannot be a month; 4/3/2026 as
 * the page's order (dates/numeric-date-order.ts) says. */
const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g;
const ANY_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?)`;
/** A line that is nothing but a date, perhaps with its weekday, time and zone. */
const BARE_DATE = new RegExp(
  `^(?:${WEEKDAY})?${ANY_DATE}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+\\(?[A-Z]{2,5}\\)?)*)?\\s*$`,
  'i',
);

const LEADING_DATE = new RegExp(`^(?:${WEEKDAY})?${ANY_DATE}(?=[\\s,]|$)`, 'i');

const TRAILING_DATE = new RegExp(`[,:]\\s+(?:${WEEKDAY})?${ANY_DATE}\\s*$`, 'i');

/** "PBC Evening News, Monday 16 November 2026": a header line that closes with a full date after a comma. */
export function closesWithDate(text: string): boolean {
  return TRAILING_DATE.test(text.trim());
}

/** "October 8, 2024 3:17 PM  Updated 2 hours ago": a header line that opens with a date. */
export function opensWithDate(text: string): boolean {
  return LEADING_DATE.test(text.trim());
}

/** "Tuesday, May 2, 2019", "4/20/2017", "Thursday, 2 November, 2000, 17:46 GMT": a date standing alone. */
export function isBareDate(text: string): boolean {
  return BARE_DATE.test(text.trim());
}

/** The first date the text gives, as YYYY-MM-DD; null when none is a real calendar date. A numeric date whose two
 * numbers could each be the month ("04/03/2026") is read in `order`, the order of the page it stands on. */
export function parseDate(text: string, order: NumericDateOrder = 'month-first'): string | null {
  const found: { at: number; date: string }[] = [];
  const collect = (pattern: RegExp, read: (m: RegExpExecArray) => string | null): void => {
    for (const m of text.matchAll(pattern)) {
      const date = read(m as RegExpExecArray);
      if (date) found.push({ at: m.index ?? 0, date });
    }
  };
  collect(ISO, m => valid(Number(m[1]), Number(m[2]), Number(m[3])));
  collect(MONTH_DAY_YEAR, m => valid(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2])));
  collect(DAY_MONTH_YEAR, m => valid(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1])));
  collect(NUMERIC, m => {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = a > 12 || (b <= 12 && order === 'day-first');
    return dayFirst ? valid(y, b, a) : valid(y, a, b);
  });
  found.sort((x, y) => x.at - y.at);
  return found[0]?.date ?? null;
}

export function monthOf(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex(m => m.startsWith(key)) + 1;
}

function valid(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const MONTH_PATTERN = MONTH;
