// What Neo4j Browser needs to draw the graph legibly, added at write time and left out of exportDocument (the
// GraphDocument contract has neither): Browser captions a node by one property (its .grass cannot join two, so
// "{kind}: {text}" showed the first property it found, the `quoted` flag, as "true"/"false"), and styles by label
// only (a planned or denied meeting looked like one that took place).
//   Statement {kind: "denial", text: "I never met him"}  -> caption "denial: I never met him"
//   Meeting {status: "planned", date: "2021-03", place: "Lisbon"} -> :Meeting:Planned, caption "planned 2021-03 Lisbon"
import type { GraphDocument, GraphNode, NodeLabel } from '@news-kg/graph-model';

/** Node properties the loader writes for Browser only; never part of an exported GraphDocument. */
export const BROWSER_PROPERTIES: readonly string[] = ['caption'];

/** Labels beside :Meeting that tell its status apart (the .grass styles each); a reported meeting has none. */
export const MEETING_STATUS_LABELS = { planned: 'Planned', denied: 'Denied' } as const;

const EXCERPT_LENGTH = 60;

/** "I never discussed the harbour contract with the ambassador" -> "I never discussed the harbour contract with the…" */
export function toExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > length / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function toStatementCaption(properties: Record<string, unknown>): string {
  return `${String(properties.kind ?? 'statement')}: ${toExcerpt(String(properties.text ?? ''))}`;
}

export function toMeetingCaption(properties: Record<string, unknown>): string {
  const parts = [
    properties.status === 'reported' ? null : properties.status,
    properties.date ?? 'undated',
    properties.place,
  ];
  return parts.filter(part => part !== null && part !== undefined && part !== '').join(' ');
}

function withHints(node: GraphNode): GraphNode {
  if (node.labels.includes('Statement')) {
    return { ...node, properties: { ...node.properties, caption: toStatementCaption(node.properties) } };
  }
  if (node.labels.includes('Meeting')) {
    const status = node.properties.status as keyof typeof MEETING_STATUS_LABELS | 'reported';
    const extra = status === 'reported' ? undefined : MEETING_STATUS_LABELS[status];
    return {
      ...node,
      labels: extra ? ([...node.labels, extra] as unknown as NodeLabel[]) : node.labels,
      properties: { ...node.properties, caption: toMeetingCaption(node.properties) },
    };
  }
  return node;
}

/** The document as it is written to Neo4j: captions on facts, a status label on planned and denied meetings. */
export function withBrowserHints(doc: GraphDocument): GraphDocument {
  return { nodes: doc.nodes.map(withHints), relationships: doc.relationships };
}
