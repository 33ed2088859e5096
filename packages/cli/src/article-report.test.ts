import { extractDocument } from '@news-kg/extractor';
import { findDuplicates, toArticleRows } from './article-report';
import { formatArticleReport } from './format-article-report';
import { reportFormatOf, toReportCsv } from './write-report-file';

const MET = {
  path: 'met.txt',
  text: 'Envoy meets minister\nMarch 3, 2021\n\nNorland envoy Pieter Vos met Finance Minister Lina Moreau on Tuesday. Moreau said the talks were useful.',
};
const NOTHING = { path: 'nothing.txt', text: 'Weather\n\nIt rained all day and the roads were wet.' };

describe('toArticleRows', () => {
  const inputs = [MET, NOTHING];
  const rows = toArticleRows(inputs, extractDocument(inputs));

  it('counts what the graph holds for each article, in input order', () => {
    expect(rows.map(r => r.file)).toEqual(['met.txt', 'nothing.txt']);
    expect(rows[0]).toMatchObject({
      title: 'Envoy meets minister',
      date: '2021-03-03',
      entities: 2,
      meetings: 1,
    });
    expect(rows[0]?.statements).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.warnings).not.toContain('no facts');
  });

  it('warns about an article that gave no fact, no name and no date', () => {
    expect(rows[1]).toMatchObject({ entities: 0, meetings: 0, statements: 0, date: null });
    expect(rows[1]?.warnings).toEqual([
      'no facts',
      'no people or organizations found',
      'no date found',
      'no outlet found',
    ]);
  });
});

describe('findDuplicates', () => {
  it('keeps the first file of a text and names it for the others', () => {
    const { kept, skipped } = findDuplicates([MET, { ...MET, path: 'copy/met.txt' }, NOTHING]);
    expect(kept.map(k => k.path)).toEqual(['met.txt', 'nothing.txt']);
    expect(skipped).toEqual([
      { file: 'copy/met.txt', reason: 'duplicate', detail: 'the same text as met.txt' },
    ]);
  });
});

describe('the report as text and CSV', () => {
  const report = {
    articles: toArticleRows([MET], extractDocument([MET])),
    skipped: [
      { file: 'scan.pdf', reason: 'unsupported type' as const, detail: '.pdf: read are .txt' },
      { file: 'copy.txt', reason: 'duplicate' as const, detail: 'the same text as met.txt' },
    ],
  };

  it('prints a table row per article and a line per skipped file with a count by reason', () => {
    const text = formatArticleReport(report);
    expect(text).toMatch(/│ met\.txt +│ Envoy meets minister +│ 2021-03-03 │/);
    expect(text).toContain('Skipped 2 file(s): 1 unsupported type, 1 duplicate');
    expect(text).toContain('  scan.pdf: unsupported type (.pdf: read are .txt)');
  });

  it('writes CSV with a status column, quoting what needs it', () => {
    const csv = toReportCsv({
      ...report,
      articles: [{ ...report.articles[0]!, title: 'Vos, Moreau "talk"' }],
    }).split('\n');
    expect(csv[0]).toBe('status,file,title,date,outlet,entities,meetings,statements,warnings');
    expect(csv[1]).toMatch(/^read,met\.txt,"Vos, Moreau ""talk""",2021-03-03,,2,1,\d+,no outlet found$/);
    expect(csv[2]).toBe('skipped: unsupported type,scan.pdf,,,,,,,.pdf: read are .txt');
  });

  it('takes .json or .csv and names any other report file', () => {
    expect(reportFormatOf('out/r.CSV')).toBe('csv');
    expect(reportFormatOf('r.json')).toBe('json');
    expect(() => reportFormatOf('r.xlsx')).toThrow('--report r.xlsx: the file must end in .json or .csv');
  });
});
