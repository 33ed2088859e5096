import { parseCypherScript, readSchemaStatements } from './apply-schema';

test('parseCypherScript drops comments and splits statements', () => {
  expect(
    parseCypherScript(
      '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n  // more\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
    ),
  ).toEqual([
    'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
    'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
  ]);
});

test('the schema folder has an idempotent uniqueness constraint on id for every model label, constraints first', () => {
  const statements = readSchemaStatements();
  expect(statements[0]?.file).toBe('00-constraints.cypher');
  for (const label of ['Article', 'Person', 'Organization', 'Meeting', 'Statement']) {
    expect(statements.map(s => s.statement)).toContainEqual(
      expect.stringMatching(new RegExp(`IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)),
    );
  }
  for (const { statement } of statements) expect(statement).toMatch(/IF NOT EXISTS/);
});
