import { execute, graphql, parse } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { selectedFields, selects, toFactParts } from './selection';

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

describe('selectedFields and toFactParts', () => {
  const found: { fields?: unknown; parts?: unknown }[] = [];
  const factSchema = makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      type Article {
        title: String
        outlet: String
      }
      type Source {
        evidence: String
        start: Int
        article: Article
      }
      type Person {
        name: String
      }
      type Statement {
        text: String
        kind: String
        speaker: Person
        speakers: [Person]
        sources: [Source]
      }
      type Query {
        statements: [Statement]
      }
    `,
    resolvers: {
      Query: {
        statements: (_: unknown, __: unknown, ___: unknown, info: any) => {
          found.push({ fields: selectedFields(info), parts: toFactParts(info, [], ['speaker', 'speakers']) });
          return [];
        },
      },
    },
  });

  test('names the fields selected through fragments, for the fact, its people and its sources', async () => {
    found.length = 0;
    const source = `{ statements { text ...S speaker { name } } }
      fragment S on Statement { sources { evidence article { title } } }`;
    await graphql({ schema: factSchema, source });
    const { fields, parts } = found[0] as { fields: Set<string>; parts: any };
    expect([...fields].sort()).toEqual(['sources', 'speaker', 'text']);
    expect(parts.people).toBe(true);
    expect(parts.sources).toBe(true);
    expect([...parts.peopleFields]).toEqual(['name']);
    expect([...parts.sourceFields.source].sort()).toEqual(['article', 'evidence']);
    expect([...parts.sourceFields.article]).toEqual(['title']);
  });

  test('no people or sources selected: neither is fetched', async () => {
    found.length = 0;
    await graphql({ schema: factSchema, source: '{ statements { kind } }' });
    const { parts } = found[0] as { parts: any };
    expect(parts.people).toBe(false);
    expect(parts.sources).toBe(false);
    expect([...parts.fields]).toEqual(['kind']);
  });

  test('worked out once per parsed document', async () => {
    found.length = 0;
    const document = parse('{ statements { text sources { start } } }');
    await execute({ schema: factSchema, document });
    await execute({ schema: factSchema, document });
    await graphql({ schema: factSchema, source: '{ statements { text sources { start } } }' });
    expect(found[1]!.parts).toBe(found[0]!.parts);
    expect(found[2]!.parts).not.toBe(found[0]!.parts);
  });

  test('without resolve info everything is fetched', () => {
    expect(selectedFields(undefined, 'edges')).toBeUndefined();
    expect(toFactParts(undefined, ['edges', 'node'], ['speaker'])).toEqual({});
  });
});
