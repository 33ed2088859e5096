// Scored sets -> the Markdown table of docs/quality.md (written by `pnpm eval --sets … --markdown FILE`, never by
// hand): one row per set, one column per score.
import { METRIC_NAMES, METRICS, type ScorerResult } from './metrics';

export interface ScoredSet {
  name: string;
  result: ScorerResult;
}

export function toQualityTable(sets: readonly ScoredSet[]): string {
  const header = ['set', ...METRIC_NAMES.map(m => METRICS[m].label), 'traps fallen into'];
  const rows = sets.map(({ name, result }) => [
    name,
    ...METRIC_NAMES.map(m => {
      const value = METRICS[m].read(result);
      return value === null ? 'n/a' : value.toFixed(3);
    }),
    result.traps?.checked ? `${result.traps.hit} of ${result.traps.checked}` : 'n/a',
  ]);
  return [header, header.map(() => '---'), ...rows].map(cells => `| ${cells.join(' | ')} |`).join('\n');
}

/** Replaces what stands between the two markers of a Markdown page with the table; throws when they are absent. */
export function replaceGeneratedTable(page: string, table: string, file: string): string {
  const begin = '<!-- eval:begin -->';
  const end = '<!-- eval:end -->';
  const from = page.indexOf(begin);
  const to = page.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`${file}: needs the markers ${begin} and ${end} around the table`);
  return `${page.slice(0, from + begin.length)}\n${table}\n${page.slice(to)}`;
}
