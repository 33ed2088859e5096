// Speakers and sources usually come with the statement (projectStatement); subjects and contradictions are
// batched lookups.
import type { ApiContext } from '../context';
import { sortEntities, sortSources, type NodeValue, type StatementValue } from '../values';

/** The statement with `part` filled in: as fetched, else by one batched lookup for all statements of the request. */
async function complete(parent: StatementValue, part: 'speakers' | 'sources', { loaders }: ApiContext): Promise<StatementValue> {
  if (parent[part]) return parent;
  return ((await loaders.byId('Statement').load(parent.id)) as StatementValue | null) ?? parent;
}

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);

export const Statement = {
  quoted: (parent: StatementValue) => parent.quoted === true,
  speakers: async (parent: StatementValue, _: unknown, context: ApiContext) =>
    sortEntities((await complete(parent, 'speakers', context)).speakers ?? []),
  speaker: async (parent: StatementValue, _: unknown, context: ApiContext) =>
    sortEntities((await complete(parent, 'speakers', context)).speakers ?? [])[0] ?? null,
  sources: async (parent: StatementValue, _: unknown, context: ApiContext) =>
    sortSources((await complete(parent, 'sources', context)).sources ?? []),
  subjects: async (parent: StatementValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('statementSubjects').load(parent.id)) as NodeValue[]).sort(byId),
  contradictions: async (parent: StatementValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('statementContradictions').load(parent.id)) as StatementValue[]).sort(byId),
};
