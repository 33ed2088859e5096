// The notebooks of cypher/notebooks as a Neo4j Browser guide: the HTML that `:play <url>` shows as slides, one
// slide per notebook, each question a click-to-edit query. The format is Browser's remote-guide format: <slide>
// elements (Browser splits the page on them), and <pre class="... runnable ..."> blocks that Browser puts in its
// editor when clicked. Browser strips <script> and on* attributes from a remote guide, so the page is plain HTML.
import type { Notebook } from './parse-notebook';

export interface GuideNotebook {
  /** "01-who-met-whom.cypher" */
  file: string;
  notebook: Notebook;
}

/** The classes Browser's guides give a runnable Cypher block (click: the query goes to the editor). */
const RUNNABLE = 'pre-scrollable code runnable standalone-example ng-binding';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function runnable(cypher: string): string {
  return `<pre mode="cypher" class="${RUNNABLE}">${escapeHtml(cypher)}</pre>`;
}

/** "Who met whom, where, when. A Meeting is..." -> ["Who met whom, where, when.", "A Meeting is..."]: the first sentence. */
function splitHeading(text: string): [string, string] {
  const end = /\.(\s|$)/.exec(text);
  if (!end) return [text, ''];
  return [text.slice(0, end.index + 1), text.slice(end.index + 1).trim()];
}

/** The intro's prose as paragraphs of text and its indented lines (a diagram) as preformatted blocks. */
function renderIntro(lines: readonly string[]): { heading: string; body: string } {
  const blocks: { kind: 'prose' | 'diagram'; lines: string[] }[] = [];
  for (const line of lines) {
    const kind = /^\s/.test(line) ? 'diagram' : 'prose';
    const last = blocks.at(-1);
    if (last?.kind === kind) last.lines.push(kind === 'diagram' ? line : line.trim());
    else blocks.push({ kind, lines: [kind === 'diagram' ? line : line.trim()] });
  }
  const prose = blocks[0]?.kind === 'prose' ? (blocks.shift()?.lines.join(' ') ?? '') : '';
  const [heading, rest] = splitHeading(prose);
  const body = [
    rest ? `<p class="lead">${escapeHtml(rest)}</p>` : '',
    ...blocks.map(block =>
      block.kind === 'diagram'
        ? `<pre>${escapeHtml(block.lines.join('\n'))}</pre>`
        : `<p>${escapeHtml(block.lines.join(' '))}</p>`,
    ),
  ].join('\n');
  return { heading, body };
}

function renderNotebookSlide({ file, notebook }: GuideNotebook): string {
  const { heading, body } = renderIntro(notebook.intro);
  const params =
    notebook.params.length === 0
      ? ''
      : [
          `<p>First run the parameter line${notebook.params.length > 1 ? 's' : ''} (change the value to your own):</p>`,
          ...notebook.params.map(param => runnable(param.line)),
        ].join('\n');
  const questions = notebook.statements
    .map(
      (statement, index) =>
        `<h4>${index + 1}. ${escapeHtml(statement.title)}</h4>\n${runnable(statement.cypher)}`,
    )
    .join('\n');
  return `<slide class="row-fluid">
<div class="col-sm-3">
<h3>${escapeHtml(heading || file)}</h3>
<p><code>cypher/notebooks/${escapeHtml(file)}</code></p>
${body}
</div>
<div class="col-sm-9">
${params}
${questions}
</div>
</slide>`;
}

function renderFirstSlide(notebooks: readonly GuideNotebook[]): string {
  const contents = notebooks
    .map(({ file, notebook }) => {
      const { heading } = renderIntro(notebook.intro);
      return `<li>${escapeHtml(heading || file)} <em>(${notebook.statements.length} questions)</em></li>`;
    })
    .join('\n');
  const first = notebooks[0]?.notebook.statements[0];
  return `<slide class="row-fluid">
<div class="col-sm-3">
<h3>news-kg notebooks</h3>
<p class="lead">The questions of the project's Cypher notebooks, one slide per notebook.</p>
</div>
<div class="col-sm-9">
<p>Click a query to put it in the editor, then run it (Ctrl+Enter, or the run button). Queries that return a path
draw a graph; the others are tables. For the project's colours and captions, drop <code>cypher/style.grass</code>
on this window.</p>
<ol start="0">
${contents}
</ol>
${first ? `<p>Try the first question now: ${escapeHtml(first.title)}</p>\n${runnable(first.cypher)}` : ''}
</div>
</slide>`;
}

/** The guide's HTML: a first slide listing the notebooks, then one slide per notebook with its questions. */
export function renderBrowserGuide(notebooks: readonly GuideNotebook[]): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>news-kg notebooks</title>
</head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
${[renderFirstSlide(notebooks), ...notebooks.map(renderNotebookSlide)].join('\n')}
</carousel>
</article>
</body>
</html>
`;
}
