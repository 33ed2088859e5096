// Map projections shared by every read: the node's properties plus __typename, and for facts their
// participants/speakers and sources, fetched in the same query as pattern comprehensions so a page of facts
// costs one round trip. Variable names derive from `v` so comprehensions never capture an outer variable.

/** (p:Person) -> p { .id, .name, .aliases, .kind, .roles, __typename: 'Person' } (roles: titles the extractor found) */
export function projectEntity(v: string): string {
  return `${v} { .id, .name, .aliases, .kind, .roles, __typename: CASE WHEN ${v}:Person THEN 'Person' ELSE 'Organization' END }`;
}

export function projectArticle(v: string): string {
  return `${v} { .id, .path, .title, .publishedAt, .outlet, __typename: 'Article' }`;
}

/** REPORTED_IN of a fact: [{ evidence, start, end, article }]. */
export function projectSources(v: string): string {
  const r = `${v}_src`;
  const a = `${v}_art`;
  return `[(${v})-[${r}:REPORTED_IN]->(${a}:Article) | { evidence: ${r}.evidence, start: ${r}.start, end: ${r}.end, article: ${projectArticle(a)} }]`;
}

/** Which lists to fetch with a fact (look-ahead, selection.ts); all of them unless told otherwise. */
export interface FactParts {
  /** Participants of a meeting, speakers of a statement. */
  people?: boolean;
  sources?: boolean;
}

/** A meeting with its participants and sources (those asked for). */
export function projectMeeting(v: string, { people = true, sources = true }: FactParts = {}): string {
  const p = `${v}_who`;
  const parts = [
    ...(people ? [`participants: [(${p})-[:PARTICIPATED_IN]->(${v}) | ${projectEntity(p)}]`] : []),
    ...(sources ? [`sources: ${projectSources(v)}`] : []),
  ];
  return `${v} { .id, .date, .dateText, .place, .summary, .status, __typename: 'Meeting'${parts.map(x => `, ${x}`).join('')} }`;
}

/** A statement with its speakers and sources (those asked for). */
export function projectStatement(v: string, { people = true, sources = true }: FactParts = {}): string {
  const p = `${v}_who`;
  const parts = [
    ...(people ? [`speakers: [(${p})-[:STATED]->(${v}) | ${projectEntity(p)}]`] : []),
    ...(sources ? [`sources: ${projectSources(v)}`] : []),
  ];
  return `${v} { .id, .text, .kind, .quoted, .date, __typename: 'Statement'${parts.map(x => `, ${x}`).join('')} }`;
}

/** Any fact or entity, by label: for paths and search hits. */
export function projectAny(v: string): string {
  return `CASE WHEN ${v}:Meeting THEN ${projectMeeting(v)} WHEN ${v}:Statement THEN ${projectStatement(v)} WHEN ${v}:Article THEN ${projectArticle(v)} ELSE ${projectEntity(v)} END`;
}

/** Date order with undated facts last ("~" sorts after digits). */
export function byDate(v: string): string {
  return `coalesce(${v}.date, '~'), ${v}.id`;
}
