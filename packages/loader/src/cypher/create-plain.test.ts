import { buildCreateNodes, buildCreateRelationships } from './create-plain';

test('plain CREATE statements for the benchmark bound', () => {
  expect(buildCreateNodes('Person', []).cypher).toMatchInlineSnapshot(`
   "UNWIND $rows AS row
   CREATE (n:\`Person\`)
   SET n = row.properties, n.id = row.id"
  `);
  expect(buildCreateRelationships({ type: 'STATED', startLabel: 'Person', endLabel: 'Statement' }, []).cypher)
    .toMatchInlineSnapshot(`
   "UNWIND $rows AS row
   MATCH (a:\`Person\` {id: row.start})
   MATCH (b:\`Statement\` {id: row.end})
   CREATE (a)-[r:\`STATED\`]->(b)
   SET r = row.properties"
  `);
});
