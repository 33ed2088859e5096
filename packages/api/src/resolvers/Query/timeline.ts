// { timeline(name: "Ana Duarte") { edges { date node { __typename ... on Meeting { place } ... on Statement { text } } } } }
import { assertResolved } from '../../args';
import type { ApiContext } from '../../context';
import { toNameInput } from '../../cypher/resolve-entity';
import { buildCountTimeline, buildTimeline } from '../../cypher/timeline';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import { askResolvingNames } from '../../resolve-names';
import type { EntityValue, FactValue } from '../../values';

interface TimelineArgs extends PageArgs {
  name: string;
}

export async function timeline(_: unknown, args: TimelineArgs, { read, nameIndex }: ApiContext) {
  const window = toPageWindow(args);
  const name = toNameInput('name', args.name);
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildTimeline(name, window)),
    ([r]) => [!r?.entity && name],
  );
  assertResolved('name', name, (row?.entity as EntityValue | null)?.id);
  return toConnection(
    (row?.page ?? []) as { date: string | null; node: FactValue }[],
    window,
    (entry, cursor) => ({ cursor, ...entry }),
    async () => ((await read(buildCountTimeline(name)))[0]?.total as number) ?? 0,
  );
}
