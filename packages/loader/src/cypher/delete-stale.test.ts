import { buildDeleteNodes, buildDeleteRelationships } from './delete-stale';
import { buildListRelationships } from './list-graph';

test('stale nodes and relationships are deleted by id, never by a spliced value', () => {
  expect(buildDeleteNodes('Person', ['person:reyes'])).toMatchInlineSnapshot(`
   {
     "cypher": "UNWIND $ids AS id
   MATCH (n:\`Person\` {id: id})
   DETACH DELETE n",
     "params": {
       "ids": [
         "person:reyes",
       ],
     },
   }
  `);
  expect(buildDeleteRelationships(['5:abc:1']).cypher).toMatchInlineSnapshot(`
   "UNWIND $elementIds AS elementId
   MATCH ()-[r]->()
   WHERE elementId(r) = elementId
   DELETE r"
  `);
  expect(buildListRelationships('REPORTED_IN', ['start', 'end']).cypher).toMatchInlineSnapshot(`
   "MATCH (a)-[r:\`REPORTED_IN\`]->(b)
   RETURN a.id AS start, b.id AS end, elementId(r) AS elementId, [r.\`start\`, r.\`end\`] AS keyValues"
  `);
});
