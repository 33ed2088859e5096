// Map projections shared by every read: the node's properties plus __typename, and for facts their
// participants/speakers and sources, fetched in the same query as pattern comprehensions so a page of facts
// costs one round trip. Variable names derive from `v` so comprehensions never capture an outer variable.
// Look-ahead (selection.ts) can narrow a projection to the fields the client selected, so the API fetches and
// decodes what a hand-written query for the same answer would: `fields` undefined means every property.

/** GraphQL field names selected on an object; undefined when not known (project every property). */
export type Fields = ReadonlySet<string> | undefined;

/**
 * ".id, .name, .kind": the `always` properties (ids, sort keys the resolvers need) and those `optional`
 * properties whose GraphQL field of the same name is selected.
 */
function toProperties(always: readonly string[], optional: readonly string[], fields: Fields): string {
  const wanted = fields ? optional.filter(name => fields.has(name)) : optional;
  return [...always, ...wanted].map(name => `.${name}`).join(', ');
}

/** (p:Person) -> p { .id, .name, .aliases, .kind, .roles, __typename: 'Person' } (roles: titles the extractor found) */
export function projectEntity(v: string, fields?: Fields): string {
  // name: entities are sorted by name (values.ts sortEntities) whatever is selected.
  const properties = toProperties(['id', 'name'], ['aliases', 'kind', 'roles'], fields);
  return `${v} { ${properties}, __typename: CASE WHEN ${v}:Person THEN 'Person' ELSE 'Organization' END }`;
}

export function projectArticle(v: string, fields?: Fields): string {
  // publishedAt: sources are sorted oldest article first (values.ts sortSources).
  return `${v} { ${toProperties(['id', 'publishedAt'], ['path', 'title', 'outlet'], fields)}, __typename: 'Article' }`;
}

/** What to fetch of each source (REPORTED_IN) and of its article; everything when absent. */
export interface SourceFields {
  source?: Fields;
  article?: Fields;
}

/** REPORTED_IN of a fact: [{ evidence, start, end, rule, article }] (start always: sources are sorted by it). */
export function projectSources(v: string, { source, article }: SourceFields = {}): string {
  const r = `${v}_src`;
  const a = `${v}_art`;
  const optional = ['evidence', 'end', 'rule'].filter(name => !source || source.has(name));
  const entries = ['start', ...optional].map(name => `${name}: ${r}.${name}`).join(', ');
  return `[(${v})-[${r}:REPORTED_IN]->(${a}:Article) | { ${entries}, article: ${projectArticle(a, article)} }]`;
}

/** Which lists to fetch with a fact (look-ahead, selection.ts) and which fields; everything unless told. */
export interface FactParts {
  /** Participants of a meeting, speakers of a statement. */
  people?: boolean;
  sources?: boolean;
  /** The fact's own fields selected. */
  fields?: Fields;
  /** Fields selected on the participants / speakers. */
  peopleFields?: Fields;
  sourceFields?: SourceFields;
}

/** A meeting with its participants and sources (those asked for). */
export function projectMeeting(v: string, parts: FactParts = {}): string {
  const { people = true, sources = true, fields, peopleFields, sourceFields } = parts;
  const p = `${v}_who`;
  const lists = [
    ...(people
      ? [`participants: [(${p})-[:PARTICIPATED_IN]->(${v}) | ${projectEntity(p, peopleFields)}]`]
      : []),
    ...(sources ? [`sources: ${projectSources(v, sourceFields)}`] : []),
  ];
  // status always: a who-met edge lists the statuses of its meetings (MetEdge.statuses).
  const properties = toProperties(
    ['id', 'status'],
    ['date', 'dateText', 'dateBasis', 'place', 'summary'],
    fields,
  );
  return `${v} { ${properties}, __typename: 'Meeting'${lists.map(x => `, ${x}`).join('')} }`;
}

/** A statement with its speakers and sources (those asked for). */
export function projectStatement(v: string, parts: FactParts = {}): string {
  const { people = true, sources = true, fields, peopleFields, sourceFields } = parts;
  const p = `${v}_who`;
  const lists = [
    ...(people ? [`speakers: [(${p})-[:STATED]->(${v}) | ${projectEntity(p, peopleFields)}]`] : []),
    ...(sources ? [`sources: ${projectSources(v, sourceFields)}`] : []),
  ];
  const properties = toProperties(['id'], ['text', 'kind', 'quoted', 'date'], fields);
  return `${v} { ${properties}, __typename: 'Statement'${lists.map(x => `, ${x}`).join('')} }`;
}

/** Any fact or entity, by label: for paths and search hits. */
export function projectAny(v: string): string {
  return `CASE WHEN ${v}:Meeting THEN ${projectMeeting(v)} WHEN ${v}:Statement THEN ${projectStatement(v)} WHEN ${v}:Article THEN ${projectArticle(v)} ELSE ${projectEntity(v)} END`;
}

/** Date order with undated facts last ("~" sorts after digits). */
export function byDate(v: string): string {
  return `coalesce(${v}.date, '~'), ${v}.id`;
}
