// A real Neo4j answers through Bolt: a write is read back, and a uniqueness constraint rejects a duplicate.
import { clearDatabase, startTestNeo4j, type TestNeo4j } from './support/neo4j';

const LABEL = 'IntTestWidget'; // a label no other test or loader code uses
const CONSTRAINT = 'int_test_widget_key';

describe('Neo4j through Bolt', () => {
  let neo4j: TestNeo4j;

  beforeAll(async () => {
    neo4j = await startTestNeo4j();
    await neo4j.driver.executeQuery(
      `CREATE CONSTRAINT ${CONSTRAINT} IF NOT EXISTS FOR (w:${LABEL}) REQUIRE w.key IS UNIQUE`,
      {},
      { database: 'neo4j' },
    );
  });

  beforeEach(async () => {
    await clearDatabase(neo4j.driver);
  });

  afterAll(async () => {
    if (!neo4j) return;
    await neo4j.driver.executeQuery(`DROP CONSTRAINT ${CONSTRAINT} IF EXISTS`, {}, { database: 'neo4j' });
    await clearDatabase(neo4j.driver);
    await neo4j.stop();
  });

  test('reports a Neo4j 5.26 server', async () => {
    const info = await neo4j.driver.getServerInfo({ database: 'neo4j' });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  test('reads back what it wrote, with parameters and types intact', async () => {
    await neo4j.driver.executeQuery(
      `CREATE (:${LABEL} { key: $key, size: $size, tags: $tags })`,
      { key: 'w-1', size: 3.5, tags: ['a', 'b'] },
      { database: 'neo4j' },
    );
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (w:${LABEL} { key: $key }) RETURN w.size AS size, w.tags AS tags`,
      { key: 'w-1' },
      { database: 'neo4j' },
    );
    expect(records.map(r => r.toObject())).toEqual([{ size: 3.5, tags: ['a', 'b'] }]);
  });

  test('the uniqueness constraint rejects a duplicate key and keeps the first node', async () => {
    const create = () =>
      neo4j.driver.executeQuery(`CREATE (:${LABEL} { key: 'dup' })`, {}, { database: 'neo4j' });
    await create();
    await expect(create()).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (w:${LABEL} { key: 'dup' }) RETURN count(w) AS n`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('n').toNumber()).toBe(1);
  });

  test('clearDatabase removes nodes but keeps the constraint', async () => {
    await neo4j.driver.executeQuery(
      `CREATE (:${LABEL} { key: 'gone' })-[:LINKS]->(:${LABEL} { key: 'gone-too' })`,
      {},
      { database: 'neo4j' },
    );
    await clearDatabase(neo4j.driver);
    const { records } = await neo4j.driver.executeQuery(
      'MATCH (n) RETURN count(n) AS n',
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('n').toNumber()).toBe(0);
    const constraints = await neo4j.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: 'neo4j' },
    );
    expect(constraints.records[0]?.get('names')).toContain(CONSTRAINT);
  });
});
