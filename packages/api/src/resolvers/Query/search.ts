// { search(text: "pipeline") { edges { score node { __typename ... on Person { name } ... on Statement { text } } } } }
import type { ApiContext } from '../../context';
import { buildCountSearch, buildSearch } from '../../cypher/search';
import { toTextFilter } from '../../args';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import type { NodeValue } from '../../values';

interface SearchArgs extends PageArgs {
  text: string;
}

export async function search(_: unknown, args: SearchArgs, { read, nameIndex, textIndex }: ApiContext) {
  const window = toPageWindow(args);
  const text = toTextFilter('text', args.text) as string;
  const indexes = { nameIndex, textIndex };
  const rows = await read(buildSearch(text, indexes, window));
  return toConnection(
    rows as { node: NodeValue; score: number }[],
    window,
    (hit, cursor) => ({ cursor, ...hit }),
    async () => ((await read(buildCountSearch(text, indexes)))[0]?.total as number) ?? 0,
  );
}
