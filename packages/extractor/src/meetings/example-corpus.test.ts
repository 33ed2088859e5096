// The project's own example corpus (packages/cli/example-corpus, four invented articles) through the real
// pipeline, as `pnpm kg extract packages/cli/example-corpus` runs it: the meetings each construction must give.
//   "X met Y twice … The first meeting took place in <place> on <date> … X met Y again in <place> in <month>"
//     -> two reported meetings, each dated and placed; "had met … twice" elsewhere reports both, no third
//   "… met Y at <venue> on January 12, 2021." -> 2021-01-12 (the year after the comma is kept)
//   "X denied claims by <agent> that she had met Y" -> denied
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDocument } from '../extract-document';
import { parseInputBytes } from '../input/parse-input';
import type { GraphDocument } from '@news-kg/graph-model';

const CORPUS_DIR = resolve(__dirname, '../../../cli/example-corpus');

function extractExampleCorpus(): GraphDocument {
  const files = readdirSync(CORPUS_DIR)
    .filter(f => f.endsWith('.txt'))
    .sort();
  const inputs = files.flatMap(
    f => parseInputBytes(new Uint8Array(readFileSync(join(CORPUS_DIR, f))), join(CORPUS_DIR, f)).articles,
  );
  return extractDocument(inputs);
}

interface MeetingRow {
  participants: string;
  status: unknown;
  date: unknown;
  place: unknown;
  /** Article files whose REPORTED_IN points at the meeting. */
  reportedIn: string[];
}

function meetingsOf(doc: GraphDocument): MeetingRow[] {
  const fileOf = new Map(
    doc.nodes
      .filter(n => n.labels.includes('Article'))
      .map(n => [n.id, String(n.properties.path).split('/').pop()!.slice(0, 2)]),
  );
  return doc.nodes
    .filter(n => n.labels.includes('Meeting'))
    .map(n => ({
      participants: doc.relationships
        .filter(r => r.type === 'PARTICIPATED_IN' && r.end === n.id)
        .map(r => r.start)
        .sort()
        .join('+'),
      status: n.properties.status,
      date: n.properties.date,
      place: n.properties.place,
      reportedIn: doc.relationships
        .filter(r => r.type === 'REPORTED_IN' && r.start === n.id)
        .map(r => fileOf.get(r.end) ?? r.end)
        .sort(),
    }));
}

describe('meetings of the example corpus', () => {
  const doc = extractExampleCorpus();
  const meetings = meetingsOf(doc);
  const between = (a: string, b: string) => meetings.filter(m => m.participants === `${a}+${b}`);

  test('"met twice … the first meeting … met again" gives two dated, placed meetings, and no third', () => {
    const rows = between('person:marta-lindqvist', 'person:oskar-brandt').map(m => [
      m.status,
      m.date,
      m.place,
    ]);
    expect(rows.sort()).toEqual([
      ['reported', '2020-07-18', 'Lisbon'],
      ['reported', '2020-09', 'Stockhaven'],
    ]);
  });

  test('"had met the minister twice" in the second article reports both meetings', () => {
    expect(between('person:marta-lindqvist', 'person:oskar-brandt').map(m => m.reportedIn)).toEqual([
      ['01', '02'],
      ['01', '02'],
    ]);
  });

  test('"met … at Harbour Hall on January 12, 2021" keeps its full date and venue', () => {
    expect(between('person:jose-garcia', 'person:oskar-brandt')).toEqual([
      {
        participants: 'person:jose-garcia+person:oskar-brandt',
        status: 'reported',
        date: '2021-01-12',
        place: 'Harbour Hall',
        reportedIn: ['03'],
      },
    ]);
  });

  test('"denied claims by the embassy that she had met" is a denied meeting, never a reported one', () => {
    expect(between('person:lena-vogel', 'person:oskar-brandt').map(m => m.status)).toEqual(['denied']);
  });

  test('"are due to meet in April" is planned', () => {
    expect(between('person:jose-garcia', 'person:marta-lindqvist').map(m => m.status)).toEqual(['planned']);
  });

  test('every REPORTED_IN cites its sentence exactly', () => {
    const texts = new Map(
      readdirSync(CORPUS_DIR)
        .filter(f => f.endsWith('.txt'))
        .map(f => [f.slice(0, 2), readFileSync(join(CORPUS_DIR, f), 'utf8')]),
    );
    const fileOf = new Map(
      doc.nodes
        .filter(n => n.labels.includes('Article'))
        .map(n => [n.id, String(n.properties.path).split('/').pop()!.slice(0, 2)]),
    );
    const edges = doc.relationships.filter(
      r => r.type === 'REPORTED_IN' && doc.nodes.some(n => n.id === r.start && n.labels.includes('Meeting')),
    );
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const { evidence, start, end } = edge.properties as { evidence: string; start: number; end: number };
      expect(texts.get(fileOf.get(edge.end)!)?.slice(start, end)).toBe(evidence);
    }
  });
});
