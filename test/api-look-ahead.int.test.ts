// Look-ahead projections: a page of facts fetches only the fields the query selects (selection.ts), so the
// same fields asked through fragments, interfaces and nested lists must give the same answer as the full
// projection of a lookup by id; and no query the API sends draws a deprecation warning from Neo4j (each one
// is decoded by the driver on every request).
import type { Driver } from 'neo4j-driver';
import { createApi, type Api } from '@news-kg/api';
import { loadDocument, observeQueries, postQuery } from './api-support';
import { createFixtureDocument, IDS } from './api-fixture';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let api: Api;
const notifications: string[] = [];

/** The real driver; every answer's notification codes are kept. */
function recordNotifications(driver: Driver): Driver {
  return observeQueries(driver, {
    onSummary: summary =>
      notifications.push(...summary.notifications.map(n => `${n.code}: ${n.description}`)),
  });
}

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, createFixtureDocument());
  api = createApi({ driver: recordNotifications(neo.driver) });
});

afterAll(async () => {
  await neo.stop();
});

const MEETING_FIELDS = /* GraphQL */ `
  fragment M on Meeting {
    id
    date
    dateText
    place
    summary
    status
    participants {
      name
      ... on Person {
        aliases
      }
      ... on Organization {
        kind
      }
    }
    sources {
      evidence
      start
      end
      article {
        id
        title
        outlet
        path
        publishedAt
      }
    }
  }
`;

const STATEMENT_FIELDS = /* GraphQL */ `
  fragment S on Statement {
    id
    text
    kind
    quoted
    date
    speaker {
      __typename
      name
    }
    speakers {
      name
      ... on Person {
        aliases
      }
    }
    sources {
      evidence
      start
      end
      article {
        title
        publishedAt
      }
    }
  }
`;

test('whoMet with fields through fragments answers as the full projection of each meeting', async () => {
  const { data, errors } = await postQuery(
    api,
    `{ whoMet(name: "Lindqvist") { edges { node { __typename ...E } meetings { ...M } } } }
     fragment E on Entity { name ... on Person { aliases roles { title organization { name } } } }
     ${MEETING_FIELDS}`,
  );
  expect(errors).toBeUndefined();
  const brandt = data.whoMet.edges.find((e: any) => e.node.name === 'Oskar Brandt');
  expect(brandt.node).toEqual({
    __typename: 'Person',
    name: 'Oskar Brandt',
    aliases: ['Brandt', 'Oskar Brandt'],
    roles: [{ title: 'ambassador', organization: { name: 'Norland' } }],
  });
  expect(brandt.meetings.map((m: any) => m.id)).toEqual([IDS.lisbon, IDS.september]);
  for (const met of brandt.meetings) {
    const full = await postQuery(api, `query ($id: ID!) { meeting(id: $id) { ...M } } ${MEETING_FIELDS}`, {
      id: met.id,
    });
    expect(full.errors).toBeUndefined();
    expect(met).toEqual(full.data.meeting);
  }
  expect(brandt.meetings[0].summary).toBe('Lindqvist met Brandt in Lisbon');
  expect(brandt.meetings[0].sources.length).toBe(2);
});

test('a page of statements with fields through fragments answers as the full projection', async () => {
  const { data, errors } = await postQuery(
    api,
    `{ statements(speaker: "Lindqvist") { edges { node { ...S } } } } ${STATEMENT_FIELDS}`,
  );
  expect(errors).toBeUndefined();
  expect(data.statements.edges.length).toBeGreaterThan(0);
  for (const { node } of data.statements.edges) {
    const full = await postQuery(
      api,
      `query ($id: ID!) { statement(id: $id) { ...S } } ${STATEMENT_FIELDS}`,
      {
        id: node.id,
      },
    );
    expect(node).toEqual(full.data.statement);
  }
  const never = data.statements.edges[0].node;
  expect(never).toMatchObject({ kind: 'denial', quoted: true, speaker: { __typename: 'Person' } });
});

test('denials selecting only text still cite nothing unasked and everything asked', async () => {
  const lean = await postQuery(api, '{ denials(by: "García") { edges { node { text } } } }');
  expect(lean.data.denials.edges).toEqual([{ node: { text: 'the authority had paid any fee to Norland' } }]);
  const cited = await postQuery(api, '{ denials(by: "García") { edges { node { sources { evidence } } } } }');
  expect(cited.data.denials.edges[0].node.sources).toEqual([
    { evidence: 'García denied that the authority had paid any fee to Norland.' },
  ]);
});

test('no query of the API draws a deprecation warning from Neo4j', async () => {
  notifications.length = 0;
  const queries = [
    '{ whoMet(name: "Oskar Brandt") { totalCount edges { node { name } meetings { place } } } }',
    '{ denials(by: "Lindqvist", about: "Brandt") { totalCount edges { node { text subjects { __typename } contradictions { text } } } } }',
    '{ statements(about: "Brandt", text: "never") { totalCount edges { node { text } } } }',
    '{ statements(kind: denial) { totalCount edges { node { text } } } }',
    '{ meetings(between: ["Lindqvist", "Brandt"], from: "2016") { totalCount edges { node { place statements { text } } } } }',
    '{ timeline(name: "Brandt") { totalCount edges { date node { __typename } } } }',
    '{ connection(from: "Lindqvist", to: "García") { length paths { nodes { __typename } } } }',
    '{ search(text: "harbour") { totalCount edges { node { __typename } } } }',
    '{ articles(mentioning: "Brandt") { totalCount edges { node { title mentions { count } meetings { id } statements { id } } } } }',
    '{ person(name: "Lindqvist") { roles { title } meetings { totalCount } met { totalCount } statements { totalCount } mentionedIn { totalCount } } }',
    '{ organization(name: "Norland") { members { totalCount edges { node { name } } } } }',
    '{ entity(name: "jose garcia") { name } }',
  ];
  for (const query of queries) {
    const { errors } = await postQuery(api, query);
    expect({ query, errors }).toEqual({ query, errors: undefined });
  }
  expect(notifications.filter(n => /deprecat/i.test(n))).toEqual([]);
});
