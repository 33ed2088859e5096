// Finding one's way in the API on the hand-written graph (test/api-fixture.ts): who is in the graph, what an
// unknown name might have meant, and which meeting statuses a who-met answer counted.
import { createApi, type Api } from '@news-kg/api';
import { loadDocument, postQuery } from './api-support';
import { createFixtureDocument } from './api-fixture';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let api: Api;

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, createFixtureDocument());
  api = createApi({ driver: neo.driver });
});

afterAll(async () => {
  await neo.stop();
});

const ENTITIES = /* GraphQL */ `
  query ($search: String, $type: EntityType, $first: Int, $after: String) {
    entities(search: $search, type: $type, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        meetings
        statements
        node {
          __typename
          name
        }
      }
    }
  }
`;

test('entities lists who is in the graph, busiest first, with counts of meetings and statements', async () => {
  const { data, errors } = await postQuery(api, ENTITIES, { first: 3 });
  expect(errors).toBeUndefined();
  const counts = await neo.driver.executeQuery(
    `MATCH (e) WHERE e:Person OR e:Organization
     RETURN e.name AS name, COUNT { (e)-[:PARTICIPATED_IN]->(:Meeting) } AS meetings, COUNT { (e)-[:STATED]->(:Statement) } AS statements
     ORDER BY meetings + statements DESC, name`,
    {},
    { database: 'neo4j' },
  );
  const expected = counts.records.map(r => ({
    name: r.get('name') as string,
    meetings: (r.get('meetings') as { toNumber(): number }).toNumber(),
    statements: (r.get('statements') as { toNumber(): number }).toNumber(),
  }));
  expect(data.entities.totalCount).toBe(expected.length);
  expect(
    data.entities.edges.map((e: any) => ({
      name: e.node.name,
      meetings: e.meetings,
      statements: e.statements,
    })),
  ).toEqual(expected.slice(0, 3));
  expect(expected[0]!.meetings + expected[0]!.statements).toBeGreaterThan(0);
  const next = await postQuery(api, ENTITIES, { first: 3, after: data.entities.pageInfo.endCursor });
  expect(next.data.entities.edges.map((e: any) => e.node.name)).toEqual(
    expected.slice(3, 6).map(e => e.name),
  );
});

test('entities filters by a piece of a name or alias and by type', async () => {
  const byAlias = await postQuery(api, ENTITIES, { search: 'EMBASSY' });
  expect(byAlias.data.entities.edges.map((e: any) => e.node.name)).toEqual(['Norland']);
  const people = await postQuery(api, ENTITIES, { type: 'Person', first: 100 });
  expect(people.data.entities.edges.length).toBeGreaterThan(0);
  expect(people.data.entities.edges.every((e: any) => e.node.__typename === 'Person')).toBe(true);
  const orgs = await postQuery(api, ENTITIES, { search: 'a', type: 'Organization', first: 100 });
  expect(orgs.data.entities.edges.every((e: any) => e.node.__typename === 'Organization')).toBe(true);
});

test('an unknown name is NOT_FOUND with the names in the graph that share its words', async () => {
  // The graph knows Oskar Brandt; the user asks with a given name the articles never used.
  const { errors } = await postQuery(api, '{ whoMet(name: "Erik Brandt") { totalCount } }');
  expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((errors?.[0]?.extensions as any)?.suggestions?.[0]).toBe('Oskar Brandt');
  expect(errors?.[0]?.message).toBe(
    'name: no person or organization named "Erik Brandt"; did you mean "Oskar Brandt"?',
  );
  // a typo finds it too, through the fuzzy index
  const typo = await postQuery(api, '{ timeline(name: "Lindkvist") { totalCount } }');
  expect((typo.errors?.[0]?.extensions as any)?.suggestions).toContain('Marta Lindqvist');
  // nothing near: no suggestion, the plain message
  const nothing = await postQuery(api, '{ meetings(participant: "Zzyzx Qwerty") { totalCount } }');
  expect(nothing.errors?.[0]?.message).toBe('participant: no person or organization named "Zzyzx Qwerty"');
  expect((nothing.errors?.[0]?.extensions as any)?.suggestions).toEqual([]);
});

test('whoMet and met say which statuses they counted, and each edge the statuses of its meetings', async () => {
  const query = /* GraphQL */ `
    query ($status: [MeetingStatus!]) {
      whoMet(name: "Oskar Brandt", status: $status) {
        statuses
        edges {
          node {
            name
          }
          statuses
        }
      }
      person(name: "Oskar Brandt") {
        met {
          statuses
        }
      }
    }
  `;
  const byDefault = await postQuery(api, query);
  expect(byDefault.errors).toBeUndefined();
  expect(byDefault.data.whoMet.statuses).toEqual(['reported']);
  expect(byDefault.data.person.met.statuses).toEqual(['reported']);
  expect(byDefault.data.whoMet.edges.every((e: any) => e.statuses.join() === 'reported')).toBe(true);
  expect(byDefault.data.whoMet.edges.map((e: any) => e.node.name)).not.toContain('Lena Vogel');

  const all = await postQuery(api, query, { status: ['reported', 'planned', 'denied'] });
  expect(all.data.whoMet.statuses).toEqual(['reported', 'planned', 'denied']);
  const vogel = all.data.whoMet.edges.find((e: any) => e.node.name === 'Lena Vogel');
  expect(vogel?.statuses).toEqual(['denied']);
});
