// { denials(by: "Ana Duarte", about: "Tomas Reyes") { edges { node { text speaker { name } sources { evidence } } } } }
import { toOptionalName } from '../../args';
import type { ApiContext } from '../../context';
import type { PageArgs } from '../../pagination';
import { findStatements, toStatementParts } from './statements';
import type { GraphQLResolveInfo } from 'graphql';

interface DenialsArgs extends PageArgs {
  by?: string | null;
  about?: string | null;
}

export async function denials(_: unknown, args: DenialsArgs, context: ApiContext, info?: GraphQLResolveInfo) {
  const query = {
    speaker: toOptionalName('by', args.by),
    about: toOptionalName('about', args.about),
    kind: 'denial' as const,
    text: null,
    parts: toStatementParts(info),
  };
  return findStatements(query, { speaker: 'by', about: 'about' }, args, context);
}
