// writeDocument on a real Neo4j: schema applied idempotently, reload changes nothing, A then B equals A and B
// together, evidence and counts never doubled, concurrent writers leave no duplicates, errors name the server.
import neo4j, { type Driver } from 'neo4j-driver';
import {
  applySchema,
  createDriver,
  exportDocument,
  FULLTEXT_INDEXES,
  isUnchanged,
  LoaderError,
  resetDatabase,
  writeDocument,
} from '@news-kg/loader';
import { createTwoArticleDocument, articleNode, personNode, rel } from '@news-kg/loader/testing';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

async function count(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
  return Number(records[0]?.get(0));
}

jest.setTimeout(120_000);

describe('writeDocument', () => {
  let db: TestNeo4j;

  beforeAll(async () => {
    db = await startTestNeo4j();
  });
  beforeEach(async () => {
    await resetDatabase(db.driver);
  });
  afterAll(async () => {
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  test('applySchema is idempotent and gives every label a uniqueness constraint on id, plus full-text indexes', async () => {
    await applySchema(db.driver);
    await applySchema(db.driver);
    const { records } = await db.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const unique = records
      .filter(r => (r.get('properties') as string[]).join() === 'id')
      .map(r => r.get('label'));
    expect(unique).toEqual(
      expect.arrayContaining(['Article', 'Person', 'Organization', 'Meeting', 'Statement']),
    );

    const { a } = createTwoArticleDocument();
    await writeDocument(db.driver, a);
    const hits = await db.driver.executeQuery(
      'CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id',
      { index: FULLTEXT_INDEXES.entityNames, q: 'minister' },
    );
    expect(hits.records.map(r => r.get('id'))).toEqual(['person:ana-duarte']);
  });

  test('loading the same document twice: the second load reports zero changes', async () => {
    const { both } = createTwoArticleDocument();
    const first = await writeDocument(db.driver, both);
    expect(first.nodesCreated).toBe(5);
    expect(first.relationshipsCreated).toBe(9);
    const second = await writeDocument(db.driver, both, { batchSize: 1 });
    expect(second).toMatchObject({
      nodesCreated: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
    });
    expect(isUnchanged(second)).toBe(true);
  });

  test('A then B, and B then A, give exactly the graph of A and B together', async () => {
    const { a, b, both } = createTwoArticleDocument();
    await writeDocument(db.driver, both);
    const together = await exportDocument(db.driver);

    await resetDatabase(db.driver);
    await writeDocument(db.driver, a);
    const bAfterA = await writeDocument(db.driver, b);
    expect(bAfterA.nodesUpdated).toBe(2); // the meeting gains its place, Reyes gains an alias
    expect(await exportDocument(db.driver)).toEqual(together);

    await resetDatabase(db.driver);
    await writeDocument(db.driver, b);
    await writeDocument(db.driver, a);
    expect(await exportDocument(db.driver)).toEqual(together);

    const reyes = together.nodes.find(n => n.id === 'person:tomas-reyes');
    expect(reyes?.properties.aliases).toEqual(['Reyes', 'Tomas Reyes']);
    const meeting = together.nodes.find(n => n.id === 'meeting:m1');
    expect(meeting?.properties.place).toBe('Lisbon');
  });

  test('a later article reporting a known meeting adds a REPORTED_IN to the existing node; evidence is never doubled', async () => {
    const { a, b } = createTwoArticleDocument();
    await writeDocument(db.driver, a);
    await writeDocument(db.driver, b);
    await writeDocument(db.driver, b);
    expect(await count(db.driver, 'MATCH (m:Meeting) RETURN count(m)')).toBe(1);
    expect(await count(db.driver, 'MATCH (:Meeting)-[r:REPORTED_IN]->(:Article) RETURN count(r)')).toBe(3);
    const offsets = await db.driver.executeQuery(
      "MATCH (:Meeting)-[r:REPORTED_IN]->(:Article {id: 'article:a2'}) RETURN r.start AS start ORDER BY start",
    );
    // Offsets are stored as integers, not floats.
    expect(offsets.records.map(r => r.get('start'))).toEqual([neo4j.int(0), neo4j.int(40)]);
  });

  test('MENTIONS count is set per (article, entity), not added up on reload', async () => {
    const { a } = createTwoArticleDocument();
    await writeDocument(db.driver, a);
    await writeDocument(db.driver, a);
    const { records } = await db.driver.executeQuery(
      "MATCH (:Article {id: 'article:a1'})-[r:MENTIONS]->(:Person {id: 'person:ana-duarte'}) RETURN r.count AS count",
    );
    expect(records.map(r => Number(r.get('count')))).toEqual([2]);
  });

  test('null never erases a known value in merge mode, and replace mode makes the input the truth', async () => {
    const withOutlet = {
      nodes: [
        { ...articleNode('x'), properties: { ...articleNode('x').properties, outlet: 'Daily Example' } },
      ],
      relationships: [],
    };
    await writeDocument(db.driver, withOutlet);
    await writeDocument(db.driver, { nodes: [articleNode('x')], relationships: [] });
    expect((await exportDocument(db.driver)).nodes[0]?.properties.outlet).toBe('Daily Example');
    await writeDocument(db.driver, { nodes: [articleNode('x')], relationships: [] }, { mode: 'replace' });
    expect((await exportDocument(db.driver)).nodes[0]?.properties.outlet).toBeNull();
  });

  test('two writers of overlapping documents at the same time leave no duplicate nodes or relationships', async () => {
    const { a, b, both } = createTwoArticleDocument();
    const many = Array.from({ length: 40 }, (_, i) => personNode(`p${i}`, `Person ${i}`, [`P${i}`]));
    const extra = {
      nodes: [...both.nodes, ...many],
      relationships: [
        ...both.relationships,
        ...many.map(p => rel('MENTIONS', 'article:a1', p.id, { count: 1 })),
      ],
    };
    const drivers = [0, 1, 2, 3].map(() =>
      createDriver({ uri: db.uri, user: db.user, password: db.password }),
    );
    try {
      await Promise.all([
        writeDocument(drivers[0]!, extra, { batchSize: 5 }),
        writeDocument(drivers[1]!, a, { batchSize: 1 }),
        writeDocument(drivers[2]!, b, { batchSize: 1 }),
        writeDocument(drivers[3]!, extra),
      ]);
    } finally {
      await Promise.all(drivers.map(d => d.close()));
    }
    expect(await count(db.driver, 'MATCH (n) RETURN count(n)')).toBe(5 + 40);
    expect(
      await count(db.driver, 'MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id)'),
    ).toBe(0);
    expect(
      await count(
        db.driver,
        'MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.start AS s, r.end AS e, count(*) AS c WHERE c > 1 RETURN count(*)',
      ),
    ).toBe(0);
    expect(await count(db.driver, 'MATCH ()-[r]->() RETURN count(r)')).toBe(9 + 40);
  });

  test('a document with a dangling relationship is rejected before anything is written', async () => {
    const bad = {
      nodes: [personNode('x', 'X Y', [])],
      relationships: [rel('STATED', 'person:x', 'statement:missing')],
    };
    await expect(writeDocument(db.driver, bad)).rejects.toThrow(
      /"statement:missing", which is not in the document/,
    );
    expect(await count(db.driver, 'MATCH (n) RETURN count(n)')).toBe(0);
  });

  test('an unreachable Neo4j gives a LoaderError naming the URI', async () => {
    const dead = createDriver({ uri: 'bolt://127.0.0.1:1', maxTransactionRetryTime: 1000 });
    try {
      const error = await writeDocument(dead, createTwoArticleDocument().a).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoaderError);
      expect(error).toMatchObject({ code: 'UNREACHABLE' });
      expect((error as Error).message).toContain('bolt://127.0.0.1:1');
    } finally {
      await dead.close();
    }
  });
});
