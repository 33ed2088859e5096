import { parseNotebook } from './parse-notebook';

test('splits the intro, params, titled statements and comments', () => {
  const notebook = parseNotebook(
    "// intro\n// goes on\n//   (a)-->(b)\n:param who => 'Ana Duarte'\n\n// 1. First one.\nMATCH (n)\n// inner note\nRETURN n;\n// 2. Second\n// and its second line.\nRETURN 1;\n",
  );
  expect(notebook.intro).toEqual(['intro', 'goes on', '  (a)-->(b)']);
  expect(notebook.params).toEqual([
    { name: 'who', expression: "'Ana Duarte'", line: ":param who => 'Ana Duarte'" },
  ]);
  expect(notebook.statements).toEqual([
    { title: 'First one.', cypher: 'MATCH (n)\nRETURN n', line: 7 },
    { title: 'Second and its second line.', cypher: 'RETURN 1', line: 12 },
  ]);
});

test('rejects a statement without its semicolon and an unknown command', () => {
  expect(() => parseNotebook('RETURN 1\n', 'x.cypher')).toThrow(
    'x.cypher:1: the last statement does not end with ";"',
  );
  expect(() => parseNotebook(':play movies\n', 'x.cypher')).toThrow(
    'x.cypher:1: expected ":param name => value"',
  );
});
