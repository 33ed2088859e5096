import { buildMergeRelationships } from './merge-relationships';

describe('buildMergeRelationships', () => {
  test('REPORTED_IN is keyed by its offsets, evidence is a value', () => {
    const query = buildMergeRelationships(
      { type: 'REPORTED_IN', startLabel: 'Statement', endLabel: 'Article', keyProperties: ['start', 'end'] },
      [
        {
          start: 'statement:1',
          end: 'article:1',
          properties: { evidence: 'She said so.', start: 10, end: 22 },
        },
      ],
    );
    expect(query.cypher).toMatchInlineSnapshot(`
     "CYPHER replan=skip
     UNWIND $rows AS row
     MATCH (a:\`Statement\` {id: row.start})
     MATCH (b:\`Article\` {id: row.end})
     MERGE (a)-[r:\`REPORTED_IN\` {\`start\`: row.properties.\`start\`, \`end\`: row.properties.\`end\`}]->(b)
     ON CREATE
       SET r += row.properties
     WITH r, row
     WHERE (row.properties.\`evidence\` IS NOT NULL AND (r.\`evidence\` IS NULL OR r.\`evidence\` <> row.properties.\`evidence\`))
     FOREACH (_ IN CASE WHEN (row.properties.\`evidence\` IS NOT NULL AND (r.\`evidence\` IS NULL OR r.\`evidence\` <> row.properties.\`evidence\`)) THEN [1] ELSE [] END | SET r.\`evidence\` = row.properties.\`evidence\`)
     RETURN count(r) AS updated"
    `);
  });

  test('MENTIONS without key properties, count rewritten only when it differs', () => {
    const query = buildMergeRelationships(
      { type: 'MENTIONS', startLabel: 'Article', endLabel: 'Person', keyProperties: [] },
      [{ start: 'article:1', end: 'person:ana-duarte', properties: { count: 3 } }],
    );
    expect(query.cypher).toMatchInlineSnapshot(`
     "CYPHER replan=skip
     UNWIND $rows AS row
     MATCH (a:\`Article\` {id: row.start})
     MATCH (b:\`Person\` {id: row.end})
     MERGE (a)-[r:\`MENTIONS\`]->(b)
     ON CREATE
       SET r += row.properties
     WITH r, row
     WHERE (row.properties.\`count\` IS NOT NULL AND (r.\`count\` IS NULL OR r.\`count\` <> row.properties.\`count\`))
     FOREACH (_ IN CASE WHEN (row.properties.\`count\` IS NOT NULL AND (r.\`count\` IS NULL OR r.\`count\` <> row.properties.\`count\`)) THEN [1] ELSE [] END | SET r.\`count\` = row.properties.\`count\`)
     RETURN count(r) AS updated"
    `);
  });
});
