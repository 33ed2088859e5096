// Meetings through the whole pipeline (entity layer included) on invented articles.
import { extractDocument } from '../extract-document';
import type { GraphDocument, GraphNode } from '@news-kg/graph-model';

const GENEVA = `Finance minister meets fund envoy in Geneva

GENEVA (Wire) - Portuguese Finance Minister Ana Duarte met International Monetary Fund envoy Tunde Okafor on Thursday at a hotel in Geneva, officials said.

The two held talks for three hours. Duarte later told reporters at a press conference that the meeting had been useful.

Okafor, who also met Spanish Prime Minister Carlos Ibarra in Madrid last December, said he hoped to see Duarte again next month.

Duarte denied meeting Ibarra during the trip. Officials said a future meeting between Duarte and Ibarra was possible.`;

const FOLLOW_UP = `Envoy's Geneva talks questioned

LISBON (Wire) - Opposition lawmakers questioned the meeting between Finance Minister Ana Duarte and IMF envoy Tunde Okafor in Geneva this week.`;

function meetingsOf(document: GraphDocument) {
  const names = new Map(document.nodes.map(n => [n.id, String(n.properties.name ?? n.id)]));
  const participants = (m: GraphNode) =>
    document.relationships
      .filter(r => r.type === 'PARTICIPATED_IN' && r.end === m.id)
      .map(r => names.get(r.start))
      .sort();
  return document.nodes
    .filter(n => n.labels.includes('Meeting'))
    .map(m => ({
      parties: participants(m),
      status: m.properties.status,
      date: m.properties.date,
      place: m.properties.place,
      reports: document.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === m.id).length,
    }));
}

describe('meetings through extractDocument', () => {
  const document = extractDocument([{ path: 'geneva.txt', text: GENEVA, publishedAt: '2019-03-08' }]);
  const meetings = meetingsOf(document);

  test('finds the reported meetings with their dates and places', () => {
    const reported = meetings.filter(m => m.status === 'reported').map(m => [m.parties, m.date, m.place]);
    expect(reported).toEqual(
      expect.arrayContaining([
        [['Ana Duarte', 'Tunde Okafor'], '2019-03-07', 'a hotel in Geneva'],
        [['Carlos Ibarra', 'Tunde Okafor'], '2018-12', 'Madrid'],
      ]),
    );
    expect(reported).toHaveLength(2);
  });

  test('keeps the denied and the hoped-for meeting out of the reported ones', () => {
    const other = meetings.filter(m => m.status !== 'reported').map(m => [m.parties, m.status]);
    expect(other).toEqual(
      expect.arrayContaining([
        [['Ana Duarte', 'Carlos Ibarra'], 'denied'],
        [['Ana Duarte', 'Carlos Ibarra'], 'planned'],
      ]),
    );
  });

  test('a second article about the same encounter adds a REPORTED_IN, not a node', () => {
    const both = meetingsOf(
      extractDocument([
        { path: 'geneva.txt', text: GENEVA, publishedAt: '2019-03-08' },
        { path: 'follow-up.txt', text: FOLLOW_UP, publishedAt: '2019-03-09' },
      ]),
    );
    const geneva = both.filter(
      m => m.status === 'reported' && m.parties.join() === 'Ana Duarte,Tunde Okafor',
    );
    expect(geneva).toHaveLength(1);
    expect(geneva[0]?.reports).toBe(2);
  });
});
