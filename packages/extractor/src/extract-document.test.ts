import { extractDocument } from './extract-document';
// The project's own invented story set (the real dev articles live in ../shared, which a user's clone lacks).
import { readCorpus, STORY2_CORPUS_DIR } from './testing/score-dev-corpus';
import type { ArticleInput } from '@news-kg/graph-model';

const INVENTED: ArticleInput[] = [
  {
    path: 'budget.txt',
    text: 'Budget passes after vote\n\nBrazilian Finance Minister Ana Duarte said on Monday that the budget would pass. Duarte told reporters she was relieved.',
  },
  {
    path: 'envoy.txt',
    text: 'Chidi Okafor, Nigeria’s ambassador to Brazil, met Duarte on Tuesday. Nigeria denied that it had recalled him.',
  },
];

describe('extractDocument', () => {
  it('is deterministic: the same input gives byte-identical JSON', () => {
    const dev = readCorpus(STORY2_CORPUS_DIR);
    expect(JSON.stringify(extractDocument(dev))).toBe(JSON.stringify(extractDocument(dev)));
    expect(JSON.stringify(extractDocument(INVENTED))).toBe(JSON.stringify(extractDocument(INVENTED)));
  });

  it('gives stable ids from names and content', () => {
    const doc = extractDocument(INVENTED);
    const ids = doc.nodes.map(n => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:ana-duarte', 'person:chidi-okafor', 'organization:nigeria']),
    );
    // "Brazilian Finance Minister": a demonym describes; Brazil is only a place here, not an actor
    expect(ids).not.toContain('organization:brazil');
    expect(ids.filter(id => id.startsWith('article:'))).toHaveLength(2);
    expect(ids).toEqual([...ids].sort());
  });

  it('writes one Person per real person across the batch, with every alias and role', () => {
    const doc = extractDocument(INVENTED);
    const duarte = doc.nodes.filter(
      n => n.labels.includes('Person') && String(n.properties.name).includes('Duarte'),
    );
    expect(duarte).toHaveLength(1);
    expect(duarte[0]?.properties).toMatchObject({
      name: 'Ana Duarte',
      aliases: ['Ana Duarte', 'Duarte'],
      roles: ['Finance Minister'],
    });
  });

  it('links articles to what they mention (with counts) and people to their organizations', () => {
    const doc = extractDocument(INVENTED);
    const rel = (type: string, end: string) =>
      doc.relationships.filter(r => r.type === type && r.end === end);
    const mentions = rel('MENTIONS', 'person:ana-duarte').map(r => r.properties.count);
    expect(mentions.sort()).toEqual([1, 2]);
    expect(doc.relationships).toContainEqual({
      type: 'AFFILIATED_WITH',
      start: 'person:chidi-okafor',
      end: 'organization:nigeria',
      properties: { role: 'ambassador to Brazil' },
    });
    const articles = doc.nodes.filter(n => n.labels.includes('Article')).map(n => n.properties);
    expect(articles).toContainEqual({
      path: 'budget.txt',
      title: 'Budget passes after vote',
      publishedAt: null,
      outlet: null,
    });
  });

  it('only relates nodes that exist, and every fact cites its article verbatim', () => {
    const dev = readCorpus(STORY2_CORPUS_DIR);
    const doc = extractDocument(dev);
    const ids = new Set(doc.nodes.map(n => n.id));
    for (const r of doc.relationships) {
      expect(ids.has(r.start)).toBe(true);
      expect(ids.has(r.end)).toBe(true);
    }
    const textOf = new Map(
      doc.nodes
        .filter(n => n.labels.includes('Article'))
        .map(n => [n.id, dev.find(a => a.path === n.properties.path)?.text ?? '']),
    );
    for (const r of doc.relationships.filter(x => x.type === 'REPORTED_IN')) {
      const { evidence, start, end } = r.properties as { evidence: string; start: number; end: number };
      expect(textOf.get(r.end)?.slice(start, end)).toBe(evidence);
    }
  });

  it('reports progress per article and stage without changing the output', () => {
    const seen: string[] = [];
    const doc = extractDocument(INVENTED, { onProgress: p => seen.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(seen).toEqual(['read 1/2', 'read 2/2', 'facts 1/2', 'facts 2/2']);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(extractDocument(INVENTED)));
  });

  it('returns an empty document for no input', () => {
    expect(extractDocument([])).toEqual({ nodes: [], relationships: [] });
  });
});
