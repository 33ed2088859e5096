import { buildMergeNodes } from './merge-nodes';

describe('buildMergeNodes', () => {
  test('merges by id, writes only changed keys, unions aliases (merge mode)', () => {
    const query = buildMergeNodes('Person', [
      { id: 'person:ana-duarte', properties: { name: 'Ana Duarte', aliases: ['Ana Duarte', 'Duarte'] } },
    ]);
    expect(query.cypher).toMatchInlineSnapshot(`
     "CYPHER replan=skip
     UNWIND $rows AS row
     MERGE (n:\`Person\` {id: row.id})
     ON CREATE
       SET n += row.properties
     WITH n, row
     WHERE any(x IN coalesce(row.properties.\`aliases\`, []) WHERE NOT x IN coalesce(n.\`aliases\`, []))
        OR (row.properties.\`name\` IS NOT NULL AND (n.\`name\` IS NULL OR n.\`name\` <> row.properties.\`name\`))
     CALL {
       WITH n, row
       WITH n, row
       WHERE any(x IN coalesce(row.properties.\`aliases\`, []) WHERE NOT x IN coalesce(n.\`aliases\`, []))
       UNWIND coalesce(n.\`aliases\`, []) + row.properties.\`aliases\` AS x
       WITH DISTINCT n, x
       ORDER BY x
       WITH n, collect(x) AS merged
       SET n.\`aliases\` = merged
     }
     FOREACH (_ IN CASE WHEN (row.properties.\`name\` IS NOT NULL AND (n.\`name\` IS NULL OR n.\`name\` <> row.properties.\`name\`)) THEN [1] ELSE [] END | SET n.\`name\` = row.properties.\`name\`)
     RETURN count(n) AS updated"
    `);
    expect(query.params).toEqual({
      rows: [
        { id: 'person:ana-duarte', properties: { name: 'Ana Duarte', aliases: ['Ana Duarte', 'Duarte'] } },
      ],
    });
  });

  test('replace mode: nulls erase and aliases are replaced', () => {
    const query = buildMergeNodes('Article', [{ id: 'article:1', properties: { outlet: null } }], {
      mode: 'replace',
    });
    expect(query.cypher).toMatchInlineSnapshot(`
     "CYPHER replan=skip
     UNWIND $rows AS row
     MERGE (n:\`Article\` {id: row.id})
     ON CREATE
       SET n += row.properties
     WITH n, row
     WHERE ((n.\`outlet\` IS NULL) <> (row.properties.\`outlet\` IS NULL) OR n.\`outlet\` <> row.properties.\`outlet\`)
     FOREACH (_ IN CASE WHEN ((n.\`outlet\` IS NULL) <> (row.properties.\`outlet\` IS NULL) OR n.\`outlet\` <> row.properties.\`outlet\`) THEN [1] ELSE [] END | SET n.\`outlet\` = row.properties.\`outlet\`)
     RETURN count(n) AS updated"
    `);
  });

  test('property keys from data are escaped, never spliced raw', () => {
    const query = buildMergeNodes('Meeting', [{ id: 'meeting:1', properties: { 'x` RETURN 1 //': 'v' } }]);
    expect(query.cypher).toContain('n.`x`` RETURN 1 //`');
    expect(query.cypher).not.toContain("'v'");
  });

  test('extra labels are added to every node of the batch', () => {
    const query = buildMergeNodes('Organization', [{ id: 'organization:x', properties: {} }], {
      extraLabels: ['Person'],
    });
    expect(query.cypher).toContain('SET n:`Person`');
    expect(query.cypher).toContain('WHERE false');
  });
});
