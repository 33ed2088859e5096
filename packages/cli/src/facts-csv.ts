// kg export --format csv: the meetings and statements of a graph, one row per fact and source, for a spreadsheet.
//   fact,id,status_or_kind,date,place,who,about,text,article,title,outlet,published,evidence
//   meeting,meeting:…,reported,2021-03-02,Harbour Hall,Lina Moreau; Pieter Vos,,Moreau met Vos,a.txt,…,"Moreau met Vos on Tuesday."
import { stringify } from 'csv-stringify/sync';
import type { GraphDocument, GraphNode } from '@news-kg/graph-model';

export const FACT_COLUMNS = [
  'fact',
  'id',
  'status_or_kind',
  'date',
  'place',
  'who',
  'about',
  'text',
  'article',
  'title',
  'outlet',
  'published',
  'evidence',
];

const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export function toFactsCsv(document: GraphDocument): string {
  const byId = new Map(document.nodes.map(n => [n.id, n]));
  const nameOf = (id: string) => str(byId.get(id)?.properties.name ?? id);
  const names = (ids: string[]) => ids.map(nameOf).sort().join('; ');
  const from = (type: string, end: string) =>
    document.relationships.filter(r => r.type === type && r.end === end).map(r => r.start);
  const to = (type: string, start: string) =>
    document.relationships.filter(r => r.type === type && r.start === start);
  const rows: string[][] = [];
  const isFact = (n: GraphNode) => n.labels.includes('Meeting') || n.labels.includes('Statement');
  for (const fact of document.nodes.filter(isFact)) {
    const meeting = fact.labels.includes('Meeting');
    const p = fact.properties;
    const who = meeting ? names(from('PARTICIPATED_IN', fact.id)) : names(from('STATED', fact.id));
    const about = meeting ? '' : names(to('ABOUT', fact.id).map(r => r.end));
    for (const source of to('REPORTED_IN', fact.id)) {
      const article = byId.get(source.end)?.properties ?? {};
      rows.push([
        meeting ? 'meeting' : 'statement',
        fact.id,
        str(meeting ? p.status : p.kind),
        str(p.date),
        str(p.place),
        who,
        about,
        str(meeting ? p.summary : p.text),
        str(article.path),
        str(article.title),
        str(article.outlet),
        str(article.publishedAt),
        str(source.properties.evidence),
      ]);
    }
  }
  return stringify(rows, { header: true, columns: FACT_COLUMNS });
}
