// { meeting(id: "meeting:1f…") { date participants { name } } } -> the node, or null when no node has that id.
import type { ApiContext } from '../../context';
import type { LookupLabel } from '../../cypher/batch-by-id';

function byId(label: LookupLabel) {
  return async (_: unknown, { id }: { id: string }, { loaders }: ApiContext) => loaders.byId(label).load(id);
}

export const meeting = byId('Meeting');
export const statement = byId('Statement');
export const article = byId('Article');
