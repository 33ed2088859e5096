// "2016-07-01T00:00:00.000Z" .. "2016-07-31T23:59:59.999Z" -> "2016-07": the date says what start and end share.

/** The ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD) that both ends of a range agree on, or null. */
export function toPartialDate(start: string, end: string | null): string | null {
  const from = start.slice(0, 10);
  const to = (end ?? start).slice(0, 10);
  if (from === to) return from;
  if (from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  if (from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return null;
}

/** "2016-07" agrees with "2016" and "2016-07-18" (one refines the other), not with "2016-09". */
export function areDatesCompatible(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Gives a month or day without its own year the year of a nearby "last year" / "2016": ("2017-07", "2016") -> "2016-07". */
export function anchorToYear(date: string, year: string): string {
  return `${year}${date.slice(4)}`;
}
