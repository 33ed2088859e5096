import { buildDeleteNodes, buildDeleteRelationships } from './delete-stale';

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
});
