// Round trips per request do not grow with the number of results (DataLoader batching + one-query answers),
// and lists paginate with cursors and a totalCount. A generated graph: a hub who met 25 people, a loner who
// met one; everyone has a role and a statement with a subject, every meeting a statement about it.
import type { Driver } from 'neo4j-driver';
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';
import { createApi, type Api } from '@news-kg/api';
import { countQueries, loadDocument, postQuery, type GraphQLResponse } from './api-support';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

const GUESTS = 25;

function createHubDocument(): GraphDocument {
  const nodes: GraphNode[] = [
    {
      id: 'article:rt',
      labels: ['Article'],
      properties: { path: 'rt.txt', title: 'Round trips', publishedAt: '2020-01-02', outlet: 'Test Wire' },
    },
    {
      id: 'organization:guild',
      labels: ['Organization'],
      properties: { name: 'Guild', aliases: ['Guild'], kind: 'other' },
    },
  ];
  const relationships: GraphRelationship[] = [];
  const source = (fact: string): GraphRelationship => ({
    type: 'REPORTED_IN',
    start: fact,
    end: 'article:rt',
    properties: { evidence: 'Guest met host.', start: 0, end: 15 },
  });
  const addPerson = (id: string, name: string): void => {
    nodes.push({ id, labels: ['Person'], properties: { name, aliases: [name] } });
    relationships.push({
      type: 'AFFILIATED_WITH',
      start: id,
      end: 'organization:guild',
      properties: { role: 'member' },
    });
    relationships.push({ type: 'MENTIONS', start: 'article:rt', end: id, properties: { count: 1 } });
    const said = `statement:rt-${id}`;
    nodes.push({
      id: said,
      labels: ['Statement'],
      properties: { text: `${name} said the talks went well`, kind: 'claim', quoted: false, date: null },
    });
    relationships.push(
      { type: 'STATED', start: id, end: said, properties: {} },
      { type: 'ABOUT', start: said, end: 'organization:guild', properties: {} },
      source(said),
    );
  };
  const addMeeting = (host: string, guest: string, i: number): void => {
    const id = `meeting:rt-${host}-${i}`;
    nodes.push({
      id,
      labels: ['Meeting'],
      properties: {
        date: `2019-${String((i % 12) + 1).padStart(2, '0')}`,
        dateText: null,
        place: null,
        summary: 'talks',
        status: 'reported',
      },
    });
    relationships.push(
      { type: 'PARTICIPATED_IN', start: host, end: id, properties: {} },
      { type: 'PARTICIPATED_IN', start: guest, end: id, properties: {} },
      source(id),
    );
    const about = `statement:rt-about-${id}`;
    nodes.push({
      id: about,
      labels: ['Statement'],
      properties: { text: `the meeting ${i} happened`, kind: 'confirmation', quoted: false, date: null },
    });
    relationships.push(
      { type: 'STATED', start: guest, end: about, properties: {} },
      { type: 'ABOUT', start: about, end: id, properties: {} },
      source(about),
    );
  };
  addPerson('person:hub-host', 'Hub Host');
  addPerson('person:lone-host', 'Lone Host');
  for (let i = 0; i < GUESTS; i++) {
    const guest = `person:guest-${String(i).padStart(2, '0')}`;
    addPerson(guest, `Guest ${String(i).padStart(2, '0')}`);
    addMeeting('person:hub-host', guest, i);
  }
  addMeeting('person:lone-host', 'person:guest-00', 99);
  return { nodes, relationships };
}

const DEEP_WHO_MET = /* GraphQL */ `
  query ($name: String!, $first: Int, $after: String) {
    whoMet(name: $name, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          name
          ... on Person {
            roles {
              title
              organization {
                name
              }
            }
            statements(first: 5) {
              totalCount
              edges {
                node {
                  text
                  subjects {
                    __typename
                  }
                  sources {
                    evidence
                  }
                }
              }
            }
          }
        }
        meetings {
          date
          participants {
            name
          }
          sources {
            evidence
            article {
              title
              mentions {
                count
              }
            }
          }
          statements {
            text
            speaker {
              name
            }
          }
        }
      }
    }
  }
`;

let neo: TestNeo4j;
let driver: Driver;

beforeAll(async () => {
  neo = await startTestNeo4j();
  driver = neo.driver;
  await loadDocument(driver, createHubDocument());
});

afterAll(async () => {
  await neo.stop();
});

test('round trips per request are the same for 1 result and for 25', async () => {
  const counted = countQueries(driver);
  const api: Api = createApi({ driver: counted.driver });
  const lone = await postQuery(api, DEEP_WHO_MET, { name: 'Lone Host', first: 50 });
  const loneTrips = counted.count();
  counted.reset();
  const hub = await postQuery(api, DEEP_WHO_MET, { name: 'Hub Host', first: 50 });
  const hubTrips = counted.count();
  expect(lone.errors).toBeUndefined();
  expect(hub.errors).toBeUndefined();
  expect(lone.data.whoMet.edges).toHaveLength(1);
  expect(hub.data.whoMet.edges).toHaveLength(GUESTS);
  // Every level was resolved for every result...
  for (const edge of hub.data.whoMet.edges) {
    expect(edge.node.roles).toEqual([{ title: 'member', organization: { name: 'Guild' } }]);
    expect(edge.meetings[0].statements[0].speaker.name).toBe(edge.node.name);
    expect(edge.meetings[0].sources[0].article.mentions.length).toBe(GUESTS + 2);
  }
  // ...with one query per level, not per result: whoMet + totalCount + roles + statements page + subjects
  // + article mentions + meeting statements.
  expect(hubTrips).toBe(loneTrips);
  expect(hubTrips).toBe(7);
});

test('a simple who-met question is one round trip, whatever the number of results', async () => {
  const counted = countQueries(driver);
  const api = createApi({ driver: counted.driver });
  const query =
    '{ whoMet(name: "Hub Host", first: 100) { edges { node { name } meetings { date place participants { name } sources { evidence article { title } } } } } }';
  const { data, errors } = await postQuery(api, query);
  expect(errors).toBeUndefined();
  expect(data.whoMet.edges).toHaveLength(GUESTS);
  expect(counted.count()).toBe(1);
  // Without participants (not fetched, by look-ahead), sources still come with the meetings: still one query.
  counted.reset();
  const noParticipants = query.replace('participants { name } ', '');
  expect((await postQuery(api, noParticipants)).data.whoMet.edges[0].meetings[0].sources).toHaveLength(1);
  expect(counted.count()).toBe(1);
  counted.reset();
  const denials = '{ statements(speaker: "Hub Host") { edges { node { text sources { evidence } } } } }';
  expect((await postQuery(api, denials)).data.statements.edges).toHaveLength(1);
  expect(counted.count()).toBe(1);
});

test('cursor pagination walks every result once, with totalCount on each page', async () => {
  const api = createApi({ driver });
  const all = await postQuery(api, DEEP_WHO_MET, { name: 'Hub Host', first: 100 });
  const expected = all.data.whoMet.edges.map((e: any) => e.node.name);
  expect(expected).toHaveLength(GUESTS);
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { data, errors }: GraphQLResponse = await postQuery(api, DEEP_WHO_MET, {
      name: 'Hub Host',
      first: 7,
      after,
    });
    expect(errors).toBeUndefined();
    const page: any = data.whoMet;
    expect(page.totalCount).toBe(GUESTS);
    expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
    seen.push(...page.edges.map((e: any) => e.node.name));
    pages += 1;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(pages).toBe(Math.ceil(GUESTS / 7));
  expect(seen).toEqual(expected);
});

test('nested lists paginate too, and bad page arguments are BAD_USER_INPUT', async () => {
  const api = createApi({ driver });
  const nested = await postQuery(
    api,
    '{ organization(name: "guild") { members(first: 10, after: "b2Zmc2V0Ojk") { totalCount edges { node { name } } pageInfo { hasNextPage } } } }',
  );
  expect(nested.errors).toBeUndefined();
  expect(nested.data.organization.members.totalCount).toBe(GUESTS + 2);
  // after offset 9 -> the 11th to 20th members in name order.
  expect(nested.data.organization.members.edges.map((e: any) => e.node.name)[0]).toBe('Guest 10');
  expect(nested.data.organization.members.pageInfo.hasNextPage).toBe(true);
  for (const args of ['first: 101', 'first: -1', 'after: "not-a-cursor"']) {
    const bad = await postQuery(api, `{ whoMet(name: "Hub Host", ${args}) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});
