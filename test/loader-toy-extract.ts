// A tiny deterministic extractor for loader tests, with the one property that makes incremental loading hard:
// cross-article resolution. Article text is lines of "met: <name>, <name>"; a one-word name resolves to the full
// name that ends with it anywhere in the batch ("Reyes" -> "Tomas Reyes"), else stays a person of its own.
// Invented names only. (The real extractor is tested in loader-roundtrip.int.test.ts.)
import { articleId, meetingId, personId } from '@news-kg/graph-model';
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';

export function toyExtract(inputs: readonly ArticleInput[]): GraphDocument {
  const lines = inputs.flatMap(input => readLines(input));
  const fullNames = [...new Set(lines.flatMap(l => l.names).filter(n => n.includes(' ')))];
  const resolve = (name: string): string =>
    name.includes(' ') ? name : (fullNames.find(f => f.endsWith(` ${name}`)) ?? name);
  const nodes = new Map<string, GraphNode>();
  const rels: GraphRelationship[] = [];
  for (const input of inputs) {
    if (input.text.includes('EXPLODE')) throw new Error('toy extractor cannot read this article');
    const article = articleId(input.text);
    nodes.set(article, {
      id: article,
      labels: ['Article'],
      properties: { path: input.path, title: input.path, publishedAt: null, outlet: null },
    });
    const mentions = new Map<string, number>();
    for (const line of readLines(input)) {
      const people = line.names.map(n => ({ id: personId(resolve(n)), name: resolve(n), surface: n }));
      for (const p of people) {
        const seen = nodes.get(p.id);
        const aliases = new Set([...((seen?.properties.aliases as string[] | undefined) ?? []), p.surface]);
        nodes.set(p.id, {
          id: p.id,
          labels: ['Person'],
          properties: { name: p.name, aliases: [...aliases].sort() },
        });
        mentions.set(p.id, (mentions.get(p.id) ?? 0) + 1);
      }
      const meeting = meetingId(
        people.map(p => p.id),
        null,
        'reported',
      );
      nodes.set(meeting, {
        id: meeting,
        labels: ['Meeting'],
        properties: { date: null, dateText: null, place: null, summary: line.text, status: 'reported' },
      });
      for (const p of people)
        rels.push({ type: 'PARTICIPATED_IN', start: p.id, end: meeting, properties: {} });
      rels.push({
        type: 'REPORTED_IN',
        start: meeting,
        end: article,
        properties: { evidence: line.text, start: line.start, end: line.end },
      });
    }
    for (const [id, count] of mentions)
      rels.push({ type: 'MENTIONS', start: article, end: id, properties: { count } });
  }
  return { nodes: [...nodes.values()], relationships: rels };
}

function readLines(input: ArticleInput): { text: string; start: number; end: number; names: string[] }[] {
  const out: { text: string; start: number; end: number; names: string[] }[] = [];
  let start = 0;
  for (const text of input.text.split('\n')) {
    const m = /^met: (.+)$/.exec(text);
    if (m?.[1])
      out.push({ text, start, end: start + text.length, names: m[1].split(',').map(s => s.trim()) });
    start += text.length + 1;
  }
  return out;
}
