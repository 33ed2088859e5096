import type { ApiContext } from '../context';
import type { ArticleValue, EntityValue, MeetingValue, StatementValue } from '../values';

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);

export const Article = {
  mentions: async (parent: ArticleValue, _: unknown, { loaders }: ApiContext) =>
    (
      (await loaders.links('articleMentions').load(parent.id)) as { count: number; entity: EntityValue }[]
    ).sort((a, b) => b.count - a.count || byId(a.entity, b.entity)),
  meetings: async (parent: ArticleValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('articleMeetings').load(parent.id)) as MeetingValue[]).sort(byId),
  statements: async (parent: ArticleValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('articleStatements').load(parent.id)) as StatementValue[]).sort(byId),
};
