// Article A has no publication date, only a wire dateline without a year ("PORT ELLIS, May 4 /Wire/ - X met Y on
// Monday"); article B, published 2019-05-04, reports the same meeting. A's "on Monday" cannot be resolved alone (which
// year's May 4?), but a dated report of the same meeting within a news cycle of May 4 fixes the year: A was filed
// on 2019-05-04, so its Monday is 2019-04-29. Without such a report nothing is guessed.
import { findDates } from '../dates';
import type { PlacedFact } from './meeting-fact';

/** How far apart (days) the dateline's day and a dated report of the same meeting may be: one news cycle. */
const NEWS_CYCLE_DAYS = 3;
const DAY_MS = 86_400_000;

/** Facts whose date expression an undated article could not resolve, resolved against its dateline's day in the
 * year a dated report of the same participants fixes; other facts unchanged. */
export function dateFromDateline(facts: PlacedFact[]): PlacedFact[] {
  return facts.map(placed => {
    const { fact, analysis } = placed;
    const { publishedAt, datelineDay } = analysis.article;
    if (fact.date !== null || !fact.dateText || publishedAt || !datelineDay || fact.attachOnly) return placed;
    const key = fact.participantIds.join(',');
    const reports = facts
      .filter(p => p !== placed && p.analysis.article.publishedAt && p.fact.participantIds.join(',') === key)
      .map(p => p.analysis.article.publishedAt!.slice(0, 10));
    const filed = filedDay(datelineDay, reports);
    if (!filed) return placed;
    const direction = fact.status === 'planned' ? 'future' : 'past';
    const [read] = findDates(fact.dateText, filed, { direction });
    if (!read?.date) return placed;
    return { ...placed, fact: { ...fact, date: read.date, month: read.month, dateBasis: 'text' } };
  });
}

// "--05-04" against reports of 2019-05-03 and 2019-05-06: 2019-05-04, the year that brings the day within a news
// cycle of a dated report (the nearest such report decides); null when no report is that near
function filedDay(datelineDay: string, reports: string[]): string | null {
  let best: { day: string; gap: number } | null = null;
  for (const report of [...reports].sort()) {
    const year = Number(report.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const day = `${String(y).padStart(4, '0')}${datelineDay.slice(1)}`;
      const gap = Math.abs(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${report}T00:00:00Z`)) / DAY_MS;
      if (Number.isFinite(gap) && gap <= NEWS_CYCLE_DAYS && (!best || gap < best.gap)) best = { day, gap };
    }
  }
  return best?.day ?? null;
}
