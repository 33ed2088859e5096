// kg extract --explain: why each fact exists. Per fact (Meeting, Statement) and per source sentence: the slots the
// fact filled (participants, date, place, status; speaker, kind, words), the construction that read it
// (REPORTED_IN.rule, "-" where the extractor names none) and the sentence, verbatim.
//
//   Meeting reported  participants: Ana Duarte, Tunde Okafor  date: 2019-03-05 (Tuesday)  place: Geneva
//     rule meet-with  okafor.txt [0-68]
//     "Ana Duarte met with Tunde Okafor in Geneva on Tuesday."
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';

/** The explanation of every fact of the document, facts in document order, sources in article order. */
export function explainDocument(document: GraphDocument): string {
  const byId = new Map(document.nodes.map(n => [n.id, n]));
  const name = (id: string) => String(byId.get(id)?.properties.name ?? id);
  const into = (type: string, id: string) =>
    document.relationships.filter(r => r.type === type && r.end === id).map(r => r.start);
  const sourcesOf = (id: string) =>
    document.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === id);
  const blocks: string[] = [];
  for (const node of document.nodes) {
    const meeting = node.labels.includes('Meeting' as never);
    const statement = node.labels.includes('Statement' as never);
    if (!meeting && !statement) continue;
    const head = meeting
      ? meetingSlots(node, into('PARTICIPATED_IN', node.id).map(name))
      : statementSlots(node, into('STATED', node.id).map(name));
    const sources = sourcesOf(node.id).map(r => sourceLines(r, byId.get(r.end)));
    blocks.push([head, ...sources].join('\n'));
  }
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}

function meetingSlots(node: GraphNode, participants: string[]): string {
  const p = node.properties;
  // an unresolved "Tuesday" (no publication date) still shows how the text dates it
  // a date no article states is marked as the publication-month inference it is
  const words = [p.dateText, p.dateBasis === 'publication' ? 'publication month' : null].filter(Boolean);
  const date =
    p.date || p.dateText ? `  date: ${p.date ?? '?'}${words.length ? ` (${words.join('; ')})` : ''}` : '';
  const place = p.place ? `  place: ${p.place}` : '';
  return `Meeting ${p.status}  participants: ${participants.join(', ')}${date}${place}`;
}

function statementSlots(node: GraphNode, speakers: string[]): string {
  const p = node.properties;
  return `Statement ${p.kind}  speaker: ${speakers.join(', ')}  words: "${p.text}"`;
}

function sourceLines(source: GraphRelationship, article: GraphNode | undefined): string {
  const { rule, start, end, evidence } = source.properties;
  const where = String(article?.properties.path ?? source.end)
    .split(/[\\/]/)
    .pop();
  return `  rule ${typeof rule === 'string' ? rule : '-'}  ${where} [${start}-${end}]\n  "${String(evidence).replace(/\s+/g, ' ')}"`;
}
