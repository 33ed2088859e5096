// A notebook file (cypher/notebooks/*.cypher) -> its introduction, :param lines and Cypher statements, as a user
// runs them one by one:
//   "// Who met whom.\n\n// 1. Every meeting...\nMATCH (m:Meeting)\nRETURN m;"
//     -> { intro: ['Who met whom.'], statements: [{ title: 'Every meeting...', cypher: 'MATCH (m:Meeting)\nRETURN m' }] }

export interface NotebookParam {
  name: string;
  /** The Cypher expression after `=>`, as Neo4j Browser and cypher-shell evaluate it. */
  expression: string;
  /** The line as written (":param person => 'A Name'"), to paste into Browser. */
  line: string;
}

export interface NotebookStatement {
  /** The numbered comment above the statement ("// 2. Pairs who met: ..."), without "// 2.", with the comment
   * lines that continue it joined by spaces. */
  title: string;
  cypher: string;
  /** 1-based line of the statement's first line, for messages. */
  line: number;
}

export interface Notebook {
  /** The comment lines that open the file, before the first blank line (what the notebook answers), without
   * "// "; indented lines (a diagram) keep their indentation. */
  intro: string[];
  params: NotebookParam[];
  statements: NotebookStatement[];
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$/;
const TITLE_LINE = /^\/\/\s*\d+\.\s*(.*)$/;

/** Splits a notebook: full-line `//` comments, `:param name => value` lines, statements ending with `;`. */
export function parseNotebook(text: string, file = 'notebook'): Notebook {
  const intro: string[] = [];
  const params: NotebookParam[] = [];
  const statements: NotebookStatement[] = [];
  let inIntro = true;
  let title = '';
  // True while the comment lines below a numbered title still continue it.
  let titleOpen = false;
  let buffer: string[] = [];
  let startLine = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line.startsWith('//')) {
      const numbered = TITLE_LINE.exec(line);
      if (numbered) inIntro = false;
      if (inIntro) intro.push(raw.replace(/^\s*\/\/ ?/, '').replace(/\s+$/, ''));
      if (buffer.length === 0 && numbered) {
        title = numbered[1] ?? '';
        titleOpen = true;
      } else if (buffer.length === 0 && titleOpen) {
        title = `${title} ${line.replace(/^\/\/\s*/, '')}`.trim();
      }
      continue;
    }
    inIntro = false;
    titleOpen = false;
    if (line.startsWith(':')) {
      const param = PARAM_LINE.exec(line);
      if (!param || buffer.length > 0)
        throw new Error(`${file}:${index + 1}: expected ":param name => value" on its own line`);
      params.push({ name: param[1] ?? '', expression: (param[2] ?? '').trim(), line });
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
  return { intro, params, statements };
}
