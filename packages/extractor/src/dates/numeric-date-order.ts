// "04/03/2026" is 4 March on a page that writes "4 March" or "21/02/2026", and April 3 on one that writes "March 4"
// or "2/21/2026". Which number a page puts first is read from the page itself: a numeric date whose day cannot be
// a month decides; else the order in which its dates with month names give day and month; else month first (the
// order compromise-dates and the header reader have always assumed).

/** Which number of "04/03/2026" is the day. */
export type NumericDateOrder = 'day-first' | 'month-first';

const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g;
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "4 March", "4th of March", "21 Feb." (capitalised month names only: "may" is a verb) */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?![\\w])`, 'g');
/** "March 4", "Feb. 21st" (a year after the month is no day: "March 2026") */
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])`, 'g');

/** The order the page writes numeric dates in, from what the page itself shows. */
export function numericDateOrder(pageText: string): NumericDateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of pageText.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst += 1;
    if (b > 12 && a <= 12) monthFirst += 1;
  }
  if (dayFirst !== monthFirst && (dayFirst === 0 || monthFirst === 0))
    return dayFirst > 0 ? 'day-first' : 'month-first';
  const written = (pattern: RegExp) => [...pageText.matchAll(pattern)].length;
  return written(DAY_MONTH) > written(MONTH_DAY) ? 'day-first' : 'month-first';
}
