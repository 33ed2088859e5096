// The closing report of kg extract / kg ingest / kg start on a terminal: a table of the articles (cli-table3, a
// well-kept table renderer: column widths, wrapping and borders are a solved problem) and a list of skipped files.
// cli-table3 measures every cell's display width (about 0.4 ms a row: 40 s for 100,000 articles, on the main thread
// after the work is done), so a table whose cells are all one column per character (Latin script and common
// punctuation, no line breaks) is laid out here with the same borders, padding and alignment, byte for byte (tested
// against cli-table3); any other goes to cli-table3.
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

const HEAD = ['file', 'title', 'date', 'outlet', 'entities', 'meetings', 'statements', 'warnings'];
const ALIGNS: Align[] = ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'];

type Align = 'left' | 'right';

/** The table as cli-table3 draws it with COMPACT borders and no colours. */
export function formatTable(
  head: readonly string[],
  rows: readonly string[][],
  aligns: readonly Align[],
): string {
  if (!rows.every(row => row.every(isNarrow)) || !head.every(isNarrow))
    return formatWithCliTable(head, rows, aligns);
  const widths = head.map(cell => cell.length);
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] as number, cell.length)));
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map(w => '─'.repeat(w + 2)).join(mid)}${right}`;
  const line = (cells: readonly string[]) =>
    `│${cells
      .map((cell, c) => {
        const w = widths[c] as number;
        return ` ${aligns[c] === 'right' ? cell.padStart(w) : cell.padEnd(w)} `;
      })
      .join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

export function formatWithCliTable(
  head: readonly string[],
  rows: readonly string[][],
  aligns: readonly Align[],
): string {
  const table = new Table({
    head: [...head],
    style: { head: [], border: [] }, // no colours: the report is also read in logs and files
    chars: COMPACT,
    colAligns: [...aligns],
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** One terminal column per character: printable ASCII, Latin-1, Latin Extended, general punctuation (dashes, curly
 * quotes, the ellipsis), nothing that combines, is wide or breaks the line. */
function isNarrow(cell: string): boolean {
  return /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/.test(cell);
}

export function formatArticleReport({ articles, skipped }: ArticleReport): string {
  const lines: string[] = [];
  if (articles.length > 0) {
    const rows = articles.map(row => [
      shortenPath(row.file, 40),
      shorten(row.title, TITLE_WIDTH),
      row.date ?? '-',
      shorten(row.outlet, 20),
      String(row.entities),
      String(row.meetings),
      String(row.statements),
      row.warnings.join(', '),
    ]);
    lines.push(formatTable(HEAD, rows, ALIGNS));
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
