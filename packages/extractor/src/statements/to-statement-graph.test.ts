import { annotate } from './testing/annotate';
import { findStatements, toStatementGraph } from './index';
import type { ArticleStatements } from './index';
import type { GraphDocument } from '@news-kg/graph-model';

function graphOf(articles: Array<{ id: string; paragraphs: string[] }>): GraphDocument {
  const perArticle: ArticleStatements[] = articles.map(({ id, paragraphs }) => {
    const analysis = annotate(paragraphs, { articleId: id });
    return { analysis, statements: findStatements(analysis, []) };
  });
  return toStatementGraph(perArticle, () => null);
}

/** Two articles of one paragraph each, `article:a` and `article:b`. */
function graphOfTwo(a: string, b: string): GraphDocument {
  return graphOf([
    { id: 'article:a', paragraphs: [a] },
    { id: 'article:b', paragraphs: [b] },
  ]);
}

function countStatements(graph: GraphDocument): number {
  return graph.nodes.filter(n => n.labels.includes('Statement')).length;
}

const QUOTE_A = {
  id: 'article:a',
  paragraphs: ['"We never took a cent," [Ana Duarte](person:ana-duarte) said on Monday.'],
};
const QUOTE_B = {
  id: 'article:b',
  paragraphs: [
    'Asked about the loan, [Duarte](person:ana-duarte|surname) said: \u201cWe never took a cent.\u201d',
  ],
};

describe('toStatementGraph', () => {
  it('makes one node of a quote carried by two outlets, with a REPORTED_IN to each and exact evidence', () => {
    const graph = graphOf([QUOTE_A, QUOTE_B]);
    const statements = graph.nodes.filter(n => n.labels.includes('Statement'));
    expect(statements).toHaveLength(1);
    expect(statements[0]?.properties).toEqual({
      text: 'We never took a cent',
      kind: 'denial',
      quoted: true,
      date: '2019-03-04',
    });
    const reported = graph.relationships.filter(r => r.type === 'REPORTED_IN');
    expect(reported.map(r => r.end)).toEqual(['article:a', 'article:b']);
    const texts = {
      'article:a': annotate(QUOTE_A.paragraphs).text,
      'article:b': annotate(QUOTE_B.paragraphs).text,
    };
    for (const r of reported) {
      const text = texts[r.end as keyof typeof texts];
      expect(text.slice(Number(r.properties.start), Number(r.properties.end))).toBe(r.properties.evidence);
    }
    expect(graph.relationships.filter(r => r.type === 'STATED')).toEqual([
      { type: 'STATED', start: 'person:ana-duarte', end: statements[0]!.id, properties: {} },
    ]);
  });

  it('merges nearly identical reported wordings of the same speaker', () => {
    const graph = graphOfTwo(
      '[The Tribune](organization:tribune) reported that the striker is considered one of the best finishers in the league.',
      '[The Tribune](organization:tribune) reported that the veteran striker is considered one of the best finishers in the league.',
    );
    expect(graph.nodes).toHaveLength(1);
    expect(graph.relationships.filter(r => r.type === 'REPORTED_IN')).toHaveLength(2);
  });

  it('merges one quotation framed by verbs of different kinds in two outlets, trimmed in one', () => {
    const graph = graphOfTwo(
      '"If the rules were broken, there will be consequences, whoever is involved," [Bo Lin](person:bo-lin) said.',
      '[Lin](person:bo-lin|surname) accused the board of negligence. "If the rules were broken, there will be consequences," [he](person:bo-lin) said.',
    );
    const quotes = graph.nodes.filter(n => n.properties.quoted === true);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.properties.text).toBe(
      'If the rules were broken, there will be consequences, whoever is involved',
    );
    expect(
      graph.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === quotes[0]!.id),
    ).toHaveLength(2);
  });

  it("merges two outlets' rewordings of one claim that carry the same figure", () => {
    const graph = graphOfTwo(
      'According to [the agency](organization:agency), samples taken below the plant contained 412 times the permitted level of nitrate.',
      'According to [the agency](organization:agency), water drawn from the river held 412 times as much nitrate as the plant may release.',
    );
    expect(countStatements(graph)).toBe(1);
  });

  it('keeps two claims apart that share only a date, or a figure and too little else', () => {
    const onOneDay = graphOfTwo(
      '[Bo Lin](person:bo-lin) said the pump at the plant failed on 16 May, flooding the yard.',
      '[Bo Lin](person:bo-lin) said the plant ordered a new pump from abroad on 16 May.',
    );
    expect(countStatements(onOneDay)).toBe(2);
    const oneFigure = graphOfTwo(
      '[Bo Lin](person:bo-lin) said 40 workers had been sent home.',
      '[Bo Lin](person:bo-lin) said the repair would cost 40 million.',
    );
    expect(countStatements(oneFigure)).toBe(2);
  });

  it('keeps reported wordings of different kinds apart, however alike their words', () => {
    const graph = graphOfTwo(
      '[Bo Lin](person:bo-lin) denied that the plant had leaked toxic water into the river.',
      '[Bo Lin](person:bo-lin) said that the plant had leaked toxic water into the river.',
    );
    expect(countStatements(graph)).toBe(2);
  });

  it('merges two reported wordings of one claim that open with the same predicate (tense shifted, detail added)', () => {
    const graph = graphOfTwo(
      '[Acme](organization:acme) said it was cooperating fully with the inquiry.',
      '[Acme](organization:acme) said it is cooperating fully with the regulator, which is investigating the spill.',
    );
    expect(countStatements(graph)).toBe(1);
    expect(graph.relationships.filter(r => r.type === 'REPORTED_IN')).toHaveLength(2);
  });

  it('keeps two reported claims apart when each names someone the other does not', () => {
    const graph = graphOfTwo(
      '[Bo Lin](person:bo-lin) said the mayor had met [Rui Ortiz](person:rui-ortiz) at the harbour office in May.',
      '[Bo Lin](person:bo-lin) said the mayor had met [Tom Hale](person:tom-hale) at the harbour office in June.',
    );
    expect(countStatements(graph)).toBe(2);
  });

  it('keeps the same words from two speakers apart', () => {
    const graph = graphOf([
      QUOTE_A,
      { id: 'article:b', paragraphs: ['"We never took a cent," [Bo Lin](person:bo-lin) said.'] },
    ]);
    expect(graph.nodes).toHaveLength(2);
  });

  it('links a denial to the account it denies (CONTRADICTS), not to unrelated assertions', () => {
    const graph = graphOf([
      {
        id: 'article:a',
        paragraphs: [
          '[The Tribune](organization:tribune) reported that [Lin](person:bo-lin|surname) discussed the tender with the contractor.',
          '"I never discussed the tender with anyone," [Lin](person:bo-lin|surname) said.',
          '[Duarte](person:ana-duarte|surname) said the harbour will reopen in May.',
        ],
      },
    ]);
    const byId = new Map(graph.nodes.map(n => [n.id, n.properties.text]));
    const contradicts = graph.relationships
      .filter(r => r.type === 'CONTRADICTS')
      .map(r => [byId.get(r.start), byId.get(r.end)]);
    expect(contradicts).toEqual([
      ['I never discussed the tender with anyone', 'Lin discussed the tender with the contractor'],
    ]);
  });

  it('gives the same ids and order whatever the order of the articles', () => {
    expect(graphOf([QUOTE_B, QUOTE_A])).toEqual(graphOf([QUOTE_A, QUOTE_B]));
  });
});

describe('toStatementGraph: one answer per outlet in one news cycle', () => {
  const HALE = 'person:mara-hale';
  const QUOTE = '"Not one file was kept from the inspectors," [Mara Hale](person:mara-hale) said.';
  const DENIED = '[Hale](person:mara-hale|surname) denied that the company had withheld test results.';
  const OTHER_DENIAL = '[Hale](person:mara-hale|surname) also denied that she had sold her shares.';

  function statementsOf(
    articles: Array<{ id: string; paragraphs: string[]; publishedAt: string | null; datelineDay?: string }>,
  ) {
    const perArticle: ArticleStatements[] = articles.map(({ id, paragraphs, publishedAt, datelineDay }) => {
      const analysis = annotate(paragraphs, { articleId: id, publishedAt: publishedAt as string });
      analysis.article.publishedAt = publishedAt;
      analysis.article.datelineDay = datelineDay ?? null;
      return { analysis, statements: findStatements(analysis, []) };
    });
    const graph = toStatementGraph(perArticle, () => null);
    const stated = (id: string) =>
      graph.relationships.filter(r => r.type === 'STATED' && r.end === id).map(r => r.start);
    return graph.nodes
      .filter(n => n.labels.includes('Statement'))
      .map(n => ({
        kind: n.properties.kind,
        speakers: stated(n.id),
        articles: graph.relationships
          .filter(r => r.type === 'REPORTED_IN' && r.start === n.id)
          .map(r => r.end),
      }));
  }

  it("makes one denial of each outlet's only denial by the speaker, days apart", () => {
    expect(
      statementsOf([
        { id: 'article:a', paragraphs: [QUOTE], publishedAt: '2024-05-06' },
        { id: 'article:b', paragraphs: [DENIED], publishedAt: '2024-05-07' },
      ]),
    ).toEqual([{ kind: 'denial', speakers: [HALE], articles: ['article:a', 'article:b'] }]);
  });

  it('reads a dateline day without a year in the year nearest the other article', () => {
    expect(
      statementsOf([
        { id: 'article:a', paragraphs: [QUOTE], publishedAt: '2024-01-01' },
        { id: 'article:b', paragraphs: [DENIED], publishedAt: null, datelineDay: '--12-30' },
      ]),
    ).toHaveLength(1);
  });

  test.each<
    [string, Array<{ id: string; paragraphs: string[]; publishedAt: string | null; datelineDay?: string }>]
  >([
    [
      'the articles are weeks apart',
      [
        { id: 'article:a', paragraphs: [QUOTE], publishedAt: '2024-05-06' },
        { id: 'article:b', paragraphs: [DENIED], publishedAt: '2024-06-20' },
      ],
    ],
    [
      'an article gives no date',
      [
        { id: 'article:a', paragraphs: [QUOTE], publishedAt: '2024-05-06' },
        { id: 'article:b', paragraphs: [DENIED], publishedAt: null },
      ],
    ],
    [
      'one article gives the speaker two denials (which one is meant is unknown)',
      [
        { id: 'article:a', paragraphs: [QUOTE], publishedAt: '2024-05-06' },
        { id: 'article:b', paragraphs: [DENIED, OTHER_DENIAL], publishedAt: '2024-05-06' },
      ],
    ],
  ])('keeps the answers apart when %s', (_name, articles) => {
    expect(statementsOf(articles).filter(s => s.kind === 'denial').length).toBeGreaterThan(1);
  });

  it('never merges claims this way (a speaker makes many)', () => {
    expect(
      statementsOf([
        {
          id: 'article:a',
          paragraphs: ['[Hale](person:mara-hale|surname) said the plant had cut its costs.'],
          publishedAt: '2024-05-06',
        },
        {
          id: 'article:b',
          paragraphs: ['[Hale](person:mara-hale|surname) said the plant would hire staff.'],
          publishedAt: '2024-05-06',
        },
      ]),
    ).toHaveLength(2);
  });
});

describe('toStatementGraph: words one outlet quotes, another carries', () => {
  it('makes one statement of a paraphrase with quoted words and another outlet\u2019s quotation of them', () => {
    const graph = graphOfTwo(
      '[Mara Hale](person:mara-hale) dismissed the audit as "a work of pure fiction" and "unprofessional."',
      '"The audit is a work of pure fiction, written to order," [Hale](person:mara-hale|surname) said.',
    );
    expect(countStatements(graph)).toBe(1);
  });

  it('keeps them apart when another speaker says the words', () => {
    const graph = graphOfTwo(
      '[Mara Hale](person:mara-hale) dismissed the audit as "a work of pure fiction" and "unprofessional."',
      '"The audit is a work of pure fiction, written to order," [Bo Lin](person:bo-lin) said.',
    );
    expect(countStatements(graph)).toBe(2);
  });
});

describe('toStatementGraph: two renderings of one quotation', () => {
  const quoteBy = (id: string, words: string) => ({
    id,
    paragraphs: [`"${words}," [Mara Hale](person:mara-hale) said.`],
  });

  it('makes one statement of two translations that open alike', () => {
    const graph = graphOf([
      quoteBy(
        'article:a',
        'Everyone in this town knows the ferry keeps the shops, the school and the surgery alive',
      ),
      quoteBy('article:b', 'Everybody in this town knows that without the ferry we would be cut off'),
    ]);
    expect(countStatements(graph)).toBe(1);
  });

  test.each([
    [
      'they open alike but go on to other things',
      'Everyone knows the harbour needs dredging before winter',
      'Everybody knows the mayor lied about the ferry contract',
    ],
    [
      'they open differently',
      'Everyone in this town knows the ferry keeps the shops, the school and the surgery alive',
      'Without the ferry the shops would close, and everyone in town knows it',
    ],
  ])('keeps two statements when %s', (_name, a, b) => {
    expect(countStatements(graphOf([quoteBy('article:a', a), quoteBy('article:b', b)]))).toBe(2);
  });
});

describe('toStatementGraph: one point made twice in one article', () => {
  const statementsOf = (paragraphs: string[]) => {
    const graph = graphOf([{ id: 'article:a', paragraphs }]);
    return graph.nodes
      .filter(n => n.labels.includes('Statement'))
      .map(n => ({
        text: n.properties.text,
        sources: graph.relationships
          .filter(r => r.type === 'REPORTED_IN' && r.start === n.id)
          .map(r => r.properties.evidence),
      }));
  };
  const FIRST =
    '"Ferry crews only want a fair wage for a hard job on the winter crossings," [Lin](person:bo-lin|surname) said.';
  const LATER =
    '"A fair wage for the crews on the winter crossings is all we ask," [Lin](person:bo-lin|surname) said.';

  it('makes one statement with a REPORTED_IN for each sentence', () => {
    const found = statementsOf([FIRST, 'The talks resume on Monday.', LATER]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sources).toEqual([FIRST, LATER].map(p => p.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')));
  });

  test.each([
    [
      'they share fewer than four content words',
      '"The winter crossings need two more crews," [Lin](person:bo-lin|surname) said.',
    ],
    [
      'another speaker says it',
      '"A fair wage for the crews on the winter crossings is all we ask," [Ana Duarte](person:ana-duarte) said.',
    ],
    [
      'the kind differs',
      '"Nobody ever offered the crews a fair wage for a hard job on the winter crossings," [Lin](person:bo-lin|surname) said.',
    ],
  ])('keeps two statements when %s', (_name, later) => {
    expect(statementsOf([FIRST, 'The talks resume on Monday.', later])).toHaveLength(2);
  });
});

describe('toStatementGraph: being the same statement is transitive', () => {
  it('joins the clusters an occurrence matches: a translation in one outlet, a restatement in another', () => {
    const graph = graphOf([
      {
        id: 'article:a',
        paragraphs: [
          '"Everyone in this town knows the ferry keeps the shops, the school and the surgery alive," [Lin](person:bo-lin|surname) said.',
        ],
      },
      {
        id: 'article:b',
        paragraphs: [
          '"Without the ferry we would be cut off from the mainland, and the town knows it," [Lin](person:bo-lin|surname) said.',
          'The operator wants to end the winter timetable.',
          '"Everybody in this town knows that without the ferry we would be cut off," [Lin](person:bo-lin|surname) said.',
        ],
      },
    ]);
    expect(countStatements(graph)).toBe(1);
    expect(graph.relationships.filter(r => r.type === 'REPORTED_IN')).toHaveLength(3);
  });
});
