// --report FILE: the article report as JSON (.json: { articles, skipped }) or CSV (.csv: one row per article, then
// one per skipped file, with a "status" column), for a spreadsheet or a script. csv-stringify does the quoting
// (titles hold commas and quotes).
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ArticleReport } from './article-report';

export const REPORT_COLUMNS = [
  'status',
  'file',
  'title',
  'date',
  'outlet',
  'entities',
  'meetings',
  'statements',
  'warnings',
];

export function reportFormatOf(file: string): 'json' | 'csv' {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  throw new Error(`--report ${file}: the file must end in .json or .csv`);
}

export function toReportCsv({ articles, skipped }: ArticleReport): string {
  const rows = [
    ...articles.map(a => [
      'read',
      a.file,
      a.title ?? '',
      a.date ?? '',
      a.outlet ?? '',
      a.entities,
      a.meetings,
      a.statements,
      a.warnings.join('; '),
    ]),
    ...skipped.map(s => [`skipped: ${s.reason}`, s.file, '', '', '', '', '', '', s.detail]),
  ];
  return stringify(rows, { header: true, columns: REPORT_COLUMNS });
}

export function writeReportFile(file: string, report: ArticleReport): void {
  const body = reportFormatOf(file) === 'json' ? `${JSON.stringify(report, null, 2)}\n` : toReportCsv(report);
  writeFileSync(file, body);
}
