import { normalizeDocument } from '@news-kg/loader';
import { generateSyntheticDocument } from './generate-synthetic-document';

describe('generateSyntheticDocument', () => {
  test('is deterministic for a seed and valid for the loader', () => {
    const a = generateSyntheticDocument({ articles: 50, seed: 7 });
    expect(generateSyntheticDocument({ articles: 50, seed: 7 })).toEqual(a);
    expect(generateSyntheticDocument({ articles: 50, seed: 8 })).not.toEqual(a);
    const normalized = normalizeDocument(a);
    expect(normalized.nodes).toHaveLength(a.nodes.length);
    expect(normalized.relationships).toHaveLength(a.relationships.length);
  });

  test('people overlap across articles, and meetings are reported by several articles', () => {
    const doc = generateSyntheticDocument({ articles: 200 });
    const mentions = new Map<string, number>();
    for (const r of doc.relationships)
      if (r.type === 'MENTIONS' && r.end.startsWith('person:'))
        mentions.set(r.end, (mentions.get(r.end) ?? 0) + 1);
    expect(Math.max(...mentions.values())).toBeGreaterThan(20);
    const reports = new Map<string, number>();
    for (const r of doc.relationships)
      if (r.type === 'REPORTED_IN' && r.start.startsWith('meeting:'))
        reports.set(r.start, (reports.get(r.start) ?? 0) + 1);
    expect(Math.max(...reports.values())).toBeGreaterThan(3);
    expect(doc.nodes.filter(n => n.labels[0] === 'Article')).toHaveLength(200);
  });
});
