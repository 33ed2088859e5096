import { parse } from 'csv-parse/sync';
import { extractDocument } from '@news-kg/extractor';
import { FACT_COLUMNS, toFactsCsv } from './facts-csv';

const ARTICLES = [
  {
    path: 'talks.txt',
    text: 'Envoy meets minister\nMarch 3, 2021\n\nNorland envoy Pieter Vos met Finance Minister Lina Moreau on Tuesday. Moreau said, "The talks were useful, and frank."',
  },
];

describe('toFactsCsv', () => {
  const document = extractDocument(ARTICLES);
  const rows = parse(toFactsCsv(document), { columns: true }) as Record<string, string>[];

  it('has one row per fact and source, with the sentence that reports it', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual(FACT_COLUMNS);
    const meeting = rows.find(r => r.fact === 'meeting');
    expect(meeting).toMatchObject({
      status_or_kind: 'reported',
      who: 'Lina Moreau; Pieter Vos',
      article: 'talks.txt',
      title: 'Envoy meets minister',
    });
    expect(ARTICLES[0]?.text).toContain(meeting?.evidence);
    const statement = rows.find(r => r.fact === 'statement');
    expect(statement).toMatchObject({ who: 'Lina Moreau' });
    expect(statement?.text).toContain('The talks were useful, and frank');
  });

  it('counts every REPORTED_IN once', () => {
    expect(rows).toHaveLength(document.relationships.filter(r => r.type === 'REPORTED_IN').length);
  });
});
