import { graphql } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { selects } from './selection';

const seen: Record<string, boolean> = {};
const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    type Source {
      evidence: String
    }
    type Meeting {
      place: String
      sources: [Source]
      participants: [String]
    }
    type Query {
      meetings: [Meeting]
    }
  `,
  resolvers: {
    Query: {
      meetings: (_: unknown, __: unknown, ___: unknown, info: any) => {
        seen.sources = selects(info, 'sources');
        seen.participants = selects(info, 'participants');
        seen.deep = selects(info, 'sources', 'evidence');
        return [];
      },
    },
  },
});

test.each([
  ['{ meetings { place sources { evidence } } }', { sources: true, participants: false, deep: true }],
  ['{ meetings { ... on Meeting { participants } } }', { sources: false, participants: true, deep: false }],
  [
    '{ meetings { ...M } } fragment M on Meeting { sources { __typename } }',
    { sources: true, participants: false, deep: false },
  ],
])('%s', async (source, expected) => {
  await graphql({ schema, source });
  expect(seen).toEqual(expected);
});
