import { parseNotebook } from './parse-notebook';
import { readNotebooks } from './read-notebooks';
import { renderBrowserGuide } from './render-browser-guide';

const RUNNABLE_PRE =
  /<pre mode="cypher" class="pre-scrollable code runnable standalone-example ng-binding">([\s\S]*?)<\/pre>/g;

/** What Browser puts in its editor when a block is clicked: the block's text, entities decoded. */
function unescape(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The guide's slides, each with its headings' text and its runnable queries. */
function readSlides(html: string): { text: string; queries: string[] }[] {
  return [...html.matchAll(/<slide\b[^>]*>([\s\S]*?)<\/slide>/g)].map(([, body = '']) => ({
    text: unescape(body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')),
    queries: [...body.matchAll(RUNNABLE_PRE)].map(([, query = '']) => unescape(query)),
  }));
}

test('the guide has a slide per notebook listing every question with its query, runnable', () => {
  const notebooks = readNotebooks();
  expect(notebooks.length).toBeGreaterThan(5);
  const slides = readSlides(renderBrowserGuide(notebooks));
  expect(slides).toHaveLength(notebooks.length + 1); // a first slide, then one per notebook

  for (const [index, { file, notebook }] of notebooks.entries()) {
    const slide = slides[index + 1];
    expect(slide?.text).toContain(file);
    expect(notebook.statements.length).toBeGreaterThan(0);
    for (const [n, statement] of notebook.statements.entries()) {
      expect(slide?.text).toContain(`${n + 1}. ${statement.title.replace(/\s+/g, ' ')}`);
      expect(statement.title).toMatch(/\S+ \S/); // a question, not an empty heading
    }
    // The parameter lines first, then each question's query as the notebook has it, in order, nothing else.
    expect(slide?.queries).toEqual([
      ...notebook.params.map(param => param.line),
      ...notebook.statements.map(statement => statement.cypher),
    ]);
  }
  const total = notebooks.reduce((sum, { notebook }) => sum + notebook.statements.length, 0);
  expect(slides.flatMap(slide => slide.queries).length).toBeGreaterThan(total); // + the first slide's sample
});

test('a query keeps its arrows, comparisons and quotes through the HTML, and a title its words', () => {
  const notebook = parseNotebook(
    [
      '// Invented: who wrote to whom. Second sentence of the intro.',
      "// A second intro line, 'quoted' & more.",
      ":param person => 'Vera Lind'",
      '',
      '// 1. Letters sent: by whom, to whom, and how many <in total>, longest',
      '// chains first.',
      "MATCH (a)-[:WROTE]->(l:Letter)<-[:READ]-(b) WHERE a.name <> b.name AND a.name = 'O\\'Hara'",
      'RETURN a, count(l) AS letters;',
    ].join('\n'),
  );
  expect(notebook.intro).toEqual([
    'Invented: who wrote to whom. Second sentence of the intro.',
    "A second intro line, 'quoted' & more.",
  ]);
  expect(notebook.statements[0]?.title).toBe(
    'Letters sent: by whom, to whom, and how many <in total>, longest chains first.',
  );
  const html = renderBrowserGuide([{ file: '00-letters.cypher', notebook }]);
  expect(html).not.toContain('<in total>');
  const [first, slide] = readSlides(html);
  expect(slide?.queries).toEqual([":param person => 'Vera Lind'", notebook.statements[0]?.cypher]);
  expect(slide?.text).toContain('Invented: who wrote to whom.');
  expect(slide?.text).toContain("'quoted' & more.");
  expect(slide?.text).toContain(
    '1. Letters sent: by whom, to whom, and how many <in total>, longest chains first.',
  );
  expect(first?.queries).toEqual([notebook.statements[0]?.cypher]);
});
