// The closing table: laid out here when every cell is one column per character, by cli-table3 otherwise; the two
// must be the same text, whatever the cells' lengths and alignments (invented rows).
import { formatArticleReport, formatTable, formatWithCliTable } from './format-article-report';

const ALIGNS = ['left', 'left', 'left', 'right', 'right', 'left'] as const;
const HEAD = ['file', 'title', 'date', 'entities', 'n', 'warnings'];

const cells = [
  '',
  '-',
  'a.txt',
  '…/world-0042/3-morning-gazette.txt',
  'Harbour “levy” row — talks resume…',
  'Café Élan’s owner: 12% rise',
  'ĀĒĪ Łódź ŒŸ ǅ',
  '2021-05-10',
  '1234567890123',
  '7',
  'no date found, no outlet found',
];

function rows(count: number, seed: number): string[][] {
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () => HEAD.map(() => cells[next() % cells.length] as string));
}

test('narrow cells: the same table as cli-table3, byte for byte, for any widths and alignments', () => {
  for (const [count, seed] of [
    [0, 1],
    [1, 2],
    [7, 3],
    [60, 4],
  ] as const) {
    const body = rows(count, seed);
    expect(formatTable(HEAD, body, [...ALIGNS])).toBe(formatWithCliTable(HEAD, body, [...ALIGNS]));
  }
});

test('a cell that is not one column per character (wide, combining, a line break) is drawn by cli-table3', () => {
  for (const odd of ['東京の港', 'e\u0301te\u0301', 'two\nlines', 'tab\there']) {
    const body = [['a.txt', odd, '-', '1', '2', '']];
    expect(formatTable(HEAD, body, [...ALIGNS])).toBe(formatWithCliTable(HEAD, body, [...ALIGNS]));
  }
});

test('the article report: file end kept, long title cut, numbers right-aligned', () => {
  const text = formatArticleReport({
    articles: [
      {
        file: `/archive/${'deep/'.repeat(10)}04-inquiry.txt`,
        title: 'Port authority and the union agree to resume talks next week',
        date: null,
        outlet: 'Evening Ledger',
        entities: 12,
        meetings: 1,
        statements: 3,
        warnings: ['no date found'],
      },
    ],
    skipped: [],
  } as never);
  expect(text.split('\n')[2]).toBe(
    '│ …deep/deep/deep/deep/deep/04-inquiry.txt │ Port authority and the union agree … │ -    │ Evening Ledger │       12 │        1 │          3 │ no date found │',
  );
});
