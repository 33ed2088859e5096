// The questions of issue 7 on a hand-written graph (test/api-fixture.ts): exact answers, with sources.
import type { Driver } from 'neo4j-driver';
import { createApi, type Api } from '@news-kg/api';
import { loadDocument, postQuery } from './api-support';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';
import { createFixtureDocument, FIXTURE_ARTICLES, IDS } from './api-fixture';

let neo: TestNeo4j;
let driver: Driver;
let api: Api;

beforeAll(async () => {
  neo = await startTestNeo4j();
  driver = neo.driver;
  await loadDocument(driver, createFixtureDocument());
  api = createApi({ driver });
});

afterAll(async () => {
  await neo.stop();
});

const WHO_MET = /* GraphQL */ `
  query ($name: String!) {
    whoMet(name: $name) {
      totalCount
      edges {
        node {
          __typename
          id
          name
        }
        meetings {
          id
          date
          place
          status
          sources {
            evidence
            start
            end
            article {
              id
              title
              outlet
              publishedAt
            }
          }
        }
      }
    }
  }
`;

test('who met the ambassador, when and where, with sources', async () => {
  const { data, errors } = await postQuery(api, WHO_MET, { name: 'Oskar Brandt' });
  expect(errors).toBeUndefined();
  const { totalCount, edges } = data.whoMet;
  expect(totalCount).toBe(2);
  // Most meetings first; the denied meeting with Vogel is not a meeting that took place.
  expect(edges.map((e: any) => e.node.name)).toEqual(['Marta Lindqvist', 'José García']);
  const lindqvist = edges[0];
  expect(lindqvist.meetings.map((m: any) => [m.date, m.place])).toEqual([
    ['2016-07-18', 'Lisbon'],
    ['2016-09', null],
  ]);
  const lisbonSources = lindqvist.meetings[0].sources;
  expect(lisbonSources.map((s: any) => s.article.id)).toEqual([
    FIXTURE_ARTICLES.ledger1.id,
    FIXTURE_ARTICLES.post.id,
  ]);
  for (const source of [...lisbonSources, ...edges[1].meetings[0].sources]) {
    const article = Object.values(FIXTURE_ARTICLES).find(a => a.id === source.article.id)!;
    expect(article.text.slice(source.start, source.end)).toBe(source.evidence);
  }
});

test('names are looked up ignoring case, accents and aliases', async () => {
  const query = /* GraphQL */ `
    query ($name: String!) {
      entity(name: $name) {
        __typename
        id
        name
      }
    }
  `;
  for (const name of [
    'jose garcia',
    'JOSÉ GARCÍA',
    'García',
    'garcia',
    'lindqvist',
    'Finance Minister Marta Lindqvist',
  ]) {
    const { data, errors } = await postQuery(api, query, { name });
    expect(errors).toBeUndefined();
    expect(data.entity?.id).toBe(name.toLowerCase().includes('lindqvist') ? IDS.lindqvist : IDS.garcia);
  }
  const unknown = await postQuery(api, query, { name: 'Nobody Atall' });
  expect(unknown.data.entity).toBeNull();
  const org = await postQuery(
    api,
    '{ organization(name: "norland embassy") { name kind } person(name: "Norland") { name } }',
  );
  expect(org.data).toEqual({ organization: { name: 'Norland', kind: 'state' }, person: null });
});

test('who denied what: denials by a speaker and about an entity, with sources', async () => {
  const query = /* GraphQL */ `
    query ($by: String, $about: String) {
      denials(by: $by, about: $about) {
        totalCount
        edges {
          node {
            id
            text
            quoted
            speaker {
              name
            }
            sources {
              evidence
              article {
                title
              }
            }
          }
        }
      }
    }
  `;
  const all = await postQuery(api, query);
  expect(all.errors).toBeUndefined();
  expect(all.data.denials.totalCount).toBe(3);
  const byLindqvist = await postQuery(api, query, { by: 'Lindqvist' });
  expect(byLindqvist.data.denials.edges).toEqual([
    {
      node: {
        id: IDS.neverDiscussed,
        text: 'I never discussed the harbour contract with the ambassador',
        quoted: true,
        speaker: { name: 'Marta Lindqvist' },
        sources: [
          {
            evidence:
              '"I never discussed the harbour contract with the ambassador," Lindqvist said on Wednesday.',
            article: { title: FIXTURE_ARTICLES.post.title },
          },
        ],
      },
    },
  ]);
  // About Brandt: directly (Lindqvist's denial) or about a meeting he took part in (Vogel's).
  const aboutBrandt = await postQuery(api, query, { about: 'Oskar Brandt' });
  expect(aboutBrandt.data.denials.edges.map((e: any) => e.node.id).sort()).toEqual(
    [IDS.neverDiscussed, IDS.vogelNever].sort(),
  );
  const unknown = await postQuery(api, query, { by: 'Nobody Atall' });
  expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(unknown.errors?.[0]?.message).toContain('Nobody Atall');
});

test('statements filter by kind, subject and text; a statement shows subjects and contradictions', async () => {
  const { data, errors } = await postQuery(
    api,
    /* GraphQL */ `
      {
        statements(speaker: "brandt", kind: confirmation, text: "TWICE") {
          edges {
            node {
              text
              kind
              subjects {
                __typename
                ... on Person {
                  name
                }
              }
              contradictions {
                speaker {
                  name
                }
                text
              }
            }
          }
        }
      }
    `,
  );
  expect(errors).toBeUndefined();
  expect(data.statements.edges).toEqual([
    {
      node: {
        text: 'he had met the minister twice',
        kind: 'confirmation',
        subjects: [{ __typename: 'Person', name: 'Marta Lindqvist' }],
        contradictions: [
          {
            speaker: { name: 'Marta Lindqvist' },
            text: 'I never discussed the harbour contract with the ambassador',
          },
        ],
      },
    },
  ]);
});

test('meetings between two people, by date range and place', async () => {
  const query = /* GraphQL */ `
    query ($between: [String!], $from: String, $to: String, $place: String) {
      meetings(between: $between, from: $from, to: $to, place: $place) {
        totalCount
        edges {
          node {
            id
            date
            participants {
              name
            }
          }
        }
      }
    }
  `;
  const both = await postQuery(api, query, { between: ['Marta Lindqvist', 'Oskar Brandt'] });
  expect(both.data.meetings.edges.map((e: any) => e.node.id)).toEqual([IDS.lisbon, IDS.september]);
  expect(both.data.meetings.edges[0].node.participants).toEqual([
    { name: 'Marta Lindqvist' },
    { name: 'Oskar Brandt' },
  ]);
  const fromAugust = await postQuery(api, query, { between: ['Lindqvist', 'Brandt'], from: '2016-08' });
  expect(fromAugust.data.meetings.edges.map((e: any) => e.node.id)).toEqual([IDS.september]);
  // A year-only bound keeps every meeting of that year.
  const in2017 = await postQuery(api, query, { from: '2017', to: '2017' });
  expect(in2017.data.meetings.edges.map((e: any) => e.node.id)).toEqual([IDS.harbourHall, IDS.planned]);
  const lisbon = await postQuery(api, query, { place: 'LISB' });
  expect(lisbon.data.meetings.totalCount).toBe(1);
  const bad = await postQuery(api, query, { from: 'July 2016' });
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const unknown = await postQuery(api, query, { between: ['Lindqvist', 'Nobody Atall'] });
  expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('the connection between two people goes through the facts that link them', async () => {
  const query = /* GraphQL */ `
    query ($from: String!, $to: String!, $maxHops: Int) {
      connection(from: $from, to: $to, maxHops: $maxHops) {
        from {
          name
        }
        to {
          name
        }
        length
        paths {
          length
          nodes {
            __typename
            ... on Person {
              name
            }
            ... on Meeting {
              id
            }
            ... on Statement {
              id
            }
            ... on Organization {
              name
            }
          }
          steps {
            type
            from {
              __typename
            }
            to {
              __typename
            }
          }
          facts {
            __typename
            ... on Meeting {
              sources {
                evidence
              }
            }
            ... on Statement {
              sources {
                evidence
              }
            }
          }
        }
      }
    }
  `;
  const { data, errors } = await postQuery(api, query, { from: 'Lena Vogel', to: 'José García' });
  expect(errors).toBeUndefined();
  // Vogel -> denied meeting -> Brandt -> Harbour Hall meeting -> García; Vogel -> accusation -> Lindqvist -> planned meeting -> García.
  expect(data.connection.length).toBe(4);
  const routes = data.connection.paths.map((p: any) => p.nodes.map((n: any) => n.name ?? n.id));
  expect(routes).toContainEqual([
    'Lena Vogel',
    IDS.deniedMeeting,
    'Oskar Brandt',
    IDS.harbourHall,
    'José García',
  ]);
  expect(routes).toContainEqual(['Lena Vogel', IDS.hiding, 'Marta Lindqvist', IDS.planned, 'José García']);
  for (const path of data.connection.paths) {
    expect(path.steps).toHaveLength(4);
    expect(path.facts.length).toBeGreaterThan(0);
    for (const fact of path.facts) expect(fact.sources.length).toBeGreaterThan(0);
  }
  const tooShort = await postQuery(api, query, { from: 'Lena Vogel', to: 'José García', maxHops: 2 });
  expect(tooShort.data.connection).toMatchObject({ length: null, paths: [] });
  const capped = await postQuery(api, query, { from: 'Lena Vogel', to: 'José García', maxHops: 50 });
  expect(capped.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('timeline: meetings and statements in date order, undated facts by their article date', async () => {
  const { data, errors } = await postQuery(
    api,
    '{ timeline(name: "Marta Lindqvist") { totalCount edges { date node { __typename ... on Meeting { id } ... on Statement { id } } } } }',
  );
  expect(errors).toBeUndefined();
  expect(data.timeline.edges.map((e: any) => [e.date, e.node.id])).toEqual([
    ['2016-07-18', IDS.lisbon],
    ['2016-09', IDS.september],
    ['2017-03', IDS.planned],
    ['2017-03-02', IDS.neverDiscussed],
  ]);
  expect(data.timeline.totalCount).toBe(4);
});

test('entity fields: roles, members, meetings, met, statements by kind, articles', async () => {
  const { data, errors } = await postQuery(
    api,
    /* GraphQL */ `
      {
        person(name: "Oskar Brandt") {
          roles {
            title
            organization {
              name
              kind
            }
          }
          meetings(status: [reported]) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
          met {
            edges {
              node {
                name
              }
              meetings {
                id
              }
            }
          }
          statements(kind: confirmation) {
            totalCount
          }
          mentionedIn(first: 1) {
            totalCount
            edges {
              node {
                title
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
        organization(name: "Norland") {
          members {
            totalCount
            edges {
              role
              node {
                name
              }
            }
          }
          statements {
            edges {
              node {
                kind
                text
              }
            }
          }
        }
      }
    `,
  );
  expect(errors).toBeUndefined();
  expect(data.person.roles).toEqual([
    { title: 'ambassador', organization: { name: 'Norland', kind: 'state' } },
  ]);
  expect(data.person.meetings.totalCount).toBe(3);
  expect(data.person.met.edges.map((e: any) => [e.node.name, e.meetings.length])).toEqual([
    ['Marta Lindqvist', 2],
    ['José García', 1],
  ]);
  expect(data.person.statements.totalCount).toBe(1);
  expect(data.person.mentionedIn).toEqual({
    totalCount: 3,
    edges: [{ node: { title: FIXTURE_ARTICLES.ledger2.title } }],
    pageInfo: { hasNextPage: true },
  });
  expect(data.organization.members).toEqual({
    totalCount: 1,
    edges: [{ role: 'ambassador', node: { name: 'Oskar Brandt' } }],
  });
  expect(data.organization.statements.edges).toEqual([
    { node: { kind: 'refusal', text: 'declined to comment' } },
  ]);
});

test('articles, an article with its facts, and search', async () => {
  const { data, errors } = await postQuery(
    api,
    /* GraphQL */ `
      {
        articles(outlet: "daily ledger") {
          totalCount
          edges {
            node {
              id
              publishedAt
            }
          }
        }
        mentioning: articles(mentioning: "José García") {
          edges {
            node {
              id
              mentions {
                count
                entity {
                  name
                }
              }
              meetings {
                id
              }
              statements {
                id
              }
            }
          }
        }
        search(text: "harbour contract") {
          edges {
            node {
              __typename
              ... on Statement {
                id
              }
            }
          }
        }
        names: search(text: "lindqvist") {
          edges {
            node {
              __typename
              ... on Person {
                name
              }
            }
          }
        }
      }
    `,
  );
  expect(errors).toBeUndefined();
  expect(data.articles.edges.map((e: any) => e.node.id)).toEqual([
    FIXTURE_ARTICLES.ledger2.id,
    FIXTURE_ARTICLES.ledger1.id,
  ]);
  const [ledger2] = data.mentioning.edges;
  expect(data.mentioning.edges).toHaveLength(1);
  expect(ledger2.node.mentions[0]).toEqual({ count: 2, entity: { name: 'José García' } });
  expect(ledger2.node.meetings.map((m: any) => m.id).sort()).toEqual(
    [IDS.deniedMeeting, IDS.harbourHall, IDS.planned].sort(),
  );
  expect(ledger2.node.statements).toHaveLength(3);
  // Names and statement texts are both searched.
  expect(data.search.edges.map((e: any) => e.node)).toContainEqual({
    __typename: 'Statement',
    id: IDS.neverDiscussed,
  });
  expect(data.search.edges.map((e: any) => e.node.__typename)).toContain('Organization');
  expect(data.names.edges[0].node).toEqual({ __typename: 'Person', name: 'Marta Lindqvist' });
});
