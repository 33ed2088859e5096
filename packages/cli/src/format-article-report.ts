// The closing report of kg extract / kg ingest / kg start on a terminal: a table of the articles (cli-table3, a
// well-kept table renderer: column widths, wrapping and borders are a solved problem) and a list of skipped files.
//   ┌──────────┬───────┬──────┬────────┬──────────┬──────────┬────────────┬──────────────┐
//   │ file     │ title │ date │ outlet │ entities │ meetings │ statements │ warnings     │
import Table from 'cli-table3';
import type { ArticleReport } from './article-report';

const TITLE_WIDTH = 36;

function shorten(text: string | null, width: number): string {
  if (!text) return '-';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** A path's end tells files apart ("…/04-inquiry.txt"), its start rarely does. */
function shortenPath(file: string, width: number): string {
  return file.length > width ? `…${file.slice(file.length - width + 1)}` : file;
}

// No rule between rows: a hundred articles stay a hundred lines.
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function formatArticleReport({ articles, skipped }: ArticleReport): string {
  const lines: string[] = [];
  if (articles.length > 0) {
    const table = new Table({
      head: ['file', 'title', 'date', 'outlet', 'entities', 'meetings', 'statements', 'warnings'],
      style: { head: [], border: [] }, // no colours: the report is also read in logs and files
      chars: COMPACT,
      colAligns: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
    });
    for (const row of articles) {
      table.push([
        shortenPath(row.file, 40),
        shorten(row.title, TITLE_WIDTH),
        row.date ?? '-',
        shorten(row.outlet, 20),
        row.entities,
        row.meetings,
        row.statements,
        row.warnings.join(', '),
      ]);
    }
    lines.push(table.toString());
    const noFacts = articles.filter(a => a.warnings.includes('no facts')).length;
    if (noFacts > 0)
      lines.push(`${noFacts} of ${articles.length} article(s) gave no meeting and no statement.`);
  }
  if (skipped.length > 0) {
    const counts = new Map<string, number>();
    for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    const summary = [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
    lines.push(`Skipped ${skipped.length} file(s): ${summary}`);
    for (const s of skipped) lines.push(`  ${s.file}: ${s.reason} (${s.detail})`);
  }
  return lines.join('\n');
}
