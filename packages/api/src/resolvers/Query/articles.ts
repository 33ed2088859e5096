// { articles(mentioning: "Ana Duarte", first: 5) { totalCount edges { node { title publishedAt outlet } } } }
import { assertResolved, toOptionalName, toTextFilter } from '../../args';
import type { ApiContext } from '../../context';
import { buildCountArticles, buildFindArticles } from '../../cypher/find-articles';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import type { ArticleValue } from '../../values';
import { askResolvingNames } from '../../resolve-names';

interface ArticlesArgs extends PageArgs {
  outlet?: string | null;
  mentioning?: string | null;
}

export async function articles(_: unknown, args: ArticlesArgs, { read, nameIndex }: ApiContext) {
  const window = toPageWindow(args);
  const query = {
    outlet: toTextFilter('outlet', args.outlet),
    mentioning: toOptionalName('mentioning', args.mentioning),
  };
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildFindArticles(query, window)),
    ([r]) => [!r?.mentioningId && query.mentioning],
  );
  assertResolved('mentioning', query.mentioning, row?.mentioningId);
  return toConnection(
    (row?.page ?? []) as ArticleValue[],
    window,
    (node, cursor) => ({ cursor, node }),
    async () => ((await read(buildCountArticles(query)))[0]?.total as number) ?? 0,
  );
}
