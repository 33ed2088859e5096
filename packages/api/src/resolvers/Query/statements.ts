// { statements(speaker: "Ana Duarte", kind: denial) { edges { node { text sources { evidence } } } } }
import type { StatementKind } from '@news-kg/graph-model';
import { assertResolved, toOptionalName, toTextFilter } from '../../args';
import type { ApiContext } from '../../context';
import {
  buildCountStatements,
  buildFindStatements,
  type FindStatementsArgs,
} from '../../cypher/find-statements';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import type { StatementValue } from '../../values';
import { askResolvingNames } from '../../resolve-names';
import { toFactParts } from '../../selection';
import type { GraphQLResolveInfo } from 'graphql';

interface StatementsArgs extends PageArgs {
  speaker?: string | null;
  kind?: StatementKind | null;
  about?: string | null;
  text?: string | null;
}

/** Shared by statements() and denials(): `names` says which argument each name came from, for messages. */
export async function findStatements(
  query: FindStatementsArgs,
  names: { speaker: string; about: string },
  args: PageArgs,
  { read, nameIndex }: ApiContext,
) {
  const window = toPageWindow(args);
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildFindStatements(query, window)),
    ([r]) => [!r?.speakerId && query.speaker, !r?.aboutId && query.about],
  );
  assertResolved(names.speaker, query.speaker, row?.speakerId);
  assertResolved(names.about, query.about, row?.aboutId);
  return toConnection(
    (row?.page ?? []) as StatementValue[],
    window,
    (node, cursor) => ({ cursor, node }),
    async () => ((await read(buildCountStatements(query)))[0]?.total as number) ?? 0,
  );
}

/** Speakers and sources are fetched with the page only when the query selects them, and only the fields selected. */
export function toStatementParts(info: GraphQLResolveInfo | undefined): FindStatementsArgs['parts'] {
  return toFactParts(info, ['edges', 'node'], ['speaker', 'speakers']);
}

export async function statements(
  _: unknown,
  args: StatementsArgs,
  context: ApiContext,
  info?: GraphQLResolveInfo,
) {
  const query: FindStatementsArgs = {
    speaker: toOptionalName('speaker', args.speaker),
    about: toOptionalName('about', args.about),
    kind: args.kind ?? null,
    text: toTextFilter('text', args.text),
    parts: toStatementParts(info),
  };
  return findStatements(query, { speaker: 'speaker', about: 'about' }, args, context);
}
