// A notebook file -> its :param lines and its Cypher statements, as a user runs them one by one:
//   "// 1. Every meeting...\nMATCH (m:Meeting)\nRETURN m;" -> { title: 'Every meeting...', cypher: 'MATCH (m:Meeting)\nRETURN m' }

export interface NotebookParam {
  name: string;
  /** The Cypher expression after `=>`, as Neo4j Browser and cypher-shell evaluate it. */
  expression: string;
}

export interface NotebookStatement {
  /** The numbered comment above the statement ("// 2. Pairs who met: ..."), without "// 2.". */
  title: string;
  cypher: string;
  /** 1-based line of the statement's first line, for messages. */
  line: number;
}

export interface Notebook {
  params: NotebookParam[];
  statements: NotebookStatement[];
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$/;
const TITLE_LINE = /^\/\/\s*\d+\.\s*(.*)$/;

/** Splits a notebook: full-line `//` comments, `:param name => value` lines, statements ending with `;`. */
export function parseNotebook(text: string, file = 'notebook'): Notebook {
  const params: NotebookParam[] = [];
  const statements: NotebookStatement[] = [];
  let title = '';
  let buffer: string[] = [];
  let startLine = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line.startsWith('//')) {
      const numbered = TITLE_LINE.exec(line);
      if (buffer.length === 0 && numbered) title = numbered[1] ?? '';
      continue;
    }
    if (line.startsWith(':')) {
      const param = PARAM_LINE.exec(line);
      if (!param || buffer.length > 0)
        throw new Error(`${file}:${index + 1}: expected ":param name => value" on its own line`);
      params.push({ name: param[1] ?? '', expression: (param[2] ?? '').trim() });
      continue;
    }
    if (line === '' && buffer.length === 0) continue;
    if (buffer.length === 0) startLine = index + 1;
    buffer.push(raw.replace(/\s+$/, ''));
    if (line.endsWith(';')) {
      const cypher = buffer.join('\n').replace(/;\s*$/, '');
      statements.push({ title, cypher, line: startLine });
      buffer = [];
      title = '';
    }
  }
  if (buffer.length > 0) throw new Error(`${file}:${startLine}: the last statement does not end with ";"`);
  return { params, statements };
}
