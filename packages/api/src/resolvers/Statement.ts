// Speakers and sources usually come with the statement (projectStatement); subjects and contradictions are
// batched lookups. Fields answer synchronously when the data is there.
import type { ApiContext } from '../context';
import { sortEntities, sortSources, type NodeValue, type StatementValue } from '../values';

/** The statement's `part` as fetched, else by one batched lookup for all statements of the request. */
function withPart<T>(
  parent: StatementValue,
  part: 'speakers' | 'sources',
  { loaders }: ApiContext,
  use: (s: StatementValue) => T,
): T | Promise<T> {
  if (parent[part]) return use(parent);
  return loaders
    .byId('Statement')
    .load(parent.id)
    .then(found => use((found as StatementValue | null) ?? parent));
}

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);

export const Statement = {
  quoted: (parent: StatementValue) => parent.quoted === true,
  speakers: (parent: StatementValue, _: unknown, context: ApiContext) =>
    withPart(parent, 'speakers', context, s => sortEntities(s.speakers ?? [])),
  speaker: (parent: StatementValue, _: unknown, context: ApiContext) =>
    withPart(parent, 'speakers', context, s => sortEntities(s.speakers ?? [])[0] ?? null),
  sources: (parent: StatementValue, _: unknown, context: ApiContext) =>
    withPart(parent, 'sources', context, s => sortSources(s.sources ?? [])),
  subjects: async (parent: StatementValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('statementSubjects').load(parent.id)) as NodeValue[]).sort(byId),
  contradictions: async (parent: StatementValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('statementContradictions').load(parent.id)) as StatementValue[]).sort(byId),
};
