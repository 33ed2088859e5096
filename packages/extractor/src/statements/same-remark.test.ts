import { annotate } from './testing/annotate';
import { findStatements, toStatementGraph } from './index';
import type { ArticleStatements } from './index';
import { SAME_REMARK_CRITERIA, measureCommonRun } from './same-remark';

/** Statement nodes of the articles (one paragraph list each), with the articles and offsets that report them. */
function statementsOf(articles: Array<{ id: string; paragraphs: string[]; publishedAt?: string }>) {
  const perArticle: ArticleStatements[] = articles.map(({ id, paragraphs, publishedAt }) => {
    const analysis = annotate(paragraphs, { articleId: id, ...(publishedAt ? { publishedAt } : {}) });
    return { analysis, statements: findStatements(analysis, []) };
  });
  const graph = toStatementGraph(perArticle, () => null);
  return graph.nodes
    .filter(n => n.labels.includes('Statement'))
    .map(n => ({
      text: n.properties.text,
      kind: n.properties.kind,
      reports: graph.relationships
        .filter(r => r.type === 'REPORTED_IN' && r.start === n.id)
        .map(r => `${r.end}@${String(r.properties.start)}`),
    }));
}

const LIN = '[Lin Moreau](person:lin-moreau)';
const SHE = '[she](person:lin-moreau|pronoun)';

describe('SAME_REMARK_CRITERIA', () => {
  it('names each criterion once, with what it says', () => {
    const ids = SAME_REMARK_CRITERIA.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of SAME_REMARK_CRITERIA) expect(c.says.length).toBeGreaterThan(20);
  });
});

describe('same remark: pieces of one quotation', () => {
  const SPLIT = {
    id: 'article:a',
    paragraphs: [
      `"We wrote to the harbour board twice about the dredging," ${LIN} said.`,
      `"Nobody there has answered either letter since March," ${SHE} added.`,
    ],
  };
  const WHOLE = {
    id: 'article:b',
    paragraphs: [
      `${LIN} said: "We wrote to the harbour board twice about the dredging. Nobody there has answered either letter since March."`,
    ],
  };

  it('makes one statement of two quotations of one article that another outlet quotes as one', () => {
    const statements = statementsOf([SPLIT, WHOLE]);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.reports).toHaveLength(3);
    expect(new Set(statements[0]?.reports.map(r => r.split('@')[0]))).toEqual(
      new Set(['article:a', 'article:b']),
    );
  });

  it('keeps the two quotations apart when the other outlet quotes only one of them (trap)', () => {
    const ONE = {
      id: 'article:b',
      paragraphs: [`${LIN} said: "We wrote to the harbour board twice about the dredging."`],
    };
    expect(statementsOf([SPLIT, ONE])).toHaveLength(2);
  });

  it("keeps one speaker's distinct remarks distinct when each outlet quotes them apart (trap)", () => {
    const APART = {
      id: 'article:b',
      paragraphs: [
        `"Nobody there has answered either letter since March," ${LIN} said.`,
        `"The ferry timetable for the winter is a separate matter," ${SHE} said.`,
      ],
    };
    const texts = statementsOf([SPLIT, APART]).map(s => s.text);
    expect(texts).toHaveLength(3);
  });
});

describe('same remark: a short quotation within a longer one', () => {
  it('makes one statement of a four-word sentence another outlet quotes within more', () => {
    const statements = statementsOf([
      { id: 'article:a', paragraphs: [`"No such meeting happened," ${LIN} said.`] },
      {
        id: 'article:b',
        paragraphs: [`"I have read the reports about the depot. No such meeting happened," ${LIN} said.`],
      },
    ]);
    expect(statements).toHaveLength(1);
  });

  it('keeps a phrase of one content word apart from the longer quotation that holds it (trap)', () => {
    const statements = statementsOf([
      { id: 'article:a', paragraphs: [`"We will see," ${LIN} said.`] },
      { id: 'article:b', paragraphs: [`"We will see what the harbour board does next," ${LIN} said.`] },
    ]);
    expect(statements).toHaveLength(2);
  });
});

describe('same remark: the kind an outlet frames it with', () => {
  it('gives a quoted remark the kind another outlet reports it with by its verb', () => {
    const statements = statementsOf([
      { id: 'article:a', paragraphs: [`"The depot lease was signed in good faith," ${LIN} said.`] },
      {
        id: 'article:b',
        paragraphs: [
          `${LIN} rejected the allegations on Monday. "The depot lease was signed in good faith," ${SHE} said.`,
        ],
      },
    ]);
    expect(statements.map(s => s.kind)).toEqual(['denial']);
  });
});

describe('same remark: one answer reworded by two outlets', () => {
  it('makes one statement of two quotations that keep the nouns and verbs of one answer', () => {
    const statements = statementsOf([
      {
        id: 'article:a',
        paragraphs: [
          `"I saw the harbour master once, in his office, and two clerks took notes," ${LIN} said.`,
        ],
      },
      {
        id: 'article:b',
        paragraphs: [
          `${LIN} said: "I met the harbour master one time, at his office, with clerks taking notes. We talked about tides."`,
        ],
      },
    ]);
    expect(statements).toHaveLength(1);
  });

  it('keeps two remarks of one speaker on one subject apart when they share three content words (trap)', () => {
    const statements = statementsOf([
      {
        id: 'article:a',
        paragraphs: [`"Nobody on the harbour board answered our letters about the dredging," ${LIN} said.`],
      },
      {
        id: 'article:b',
        paragraphs: [`"Next month the harbour board will award the dredging contract," ${LIN} said.`],
      },
    ]);
    expect(statements).toHaveLength(2);
  });

  it('keeps apart two quotations with the same words in another order (trap)', () => {
    const statements = statementsOf([
      {
        id: 'article:a',
        paragraphs: [`"Everyone here knows the ferry keeps the shops and the school open," ${LIN} said.`],
      },
      {
        id: 'article:b',
        paragraphs: [
          `"Without the ferry the shops and the school would close, everyone here knows it," ${LIN} said.`,
        ],
      },
    ]);
    expect(statements).toHaveLength(2);
  });
});

describe('same remark: a short wording within a longer one', () => {
  const tail = (id: string, words: string) => ({ id, paragraphs: [`${words}, ${LIN} said.`] });

  it('makes one claim of three content words another outlet words with all of them and more', () => {
    const statements = statementsOf([
      tail('article:a', 'The ferries stopped between May and July'),
      tail('article:b', 'The two night ferries stopped between May and July'),
    ]);
    expect(statements).toHaveLength(1);
  });

  it('keeps a short claim apart when one of its words is missing from the other (trap)', () => {
    const statements = statementsOf([
      tail('article:a', 'The ferries stopped between May and July'),
      tail('article:b', 'The two night ferries sailed between May and July'),
    ]);
    expect(statements).toHaveLength(2);
  });
});

describe('same remark: a quotation and a plain paraphrase of it', () => {
  const QUOTE = {
    id: 'article:a',
    paragraphs: [`"Nobody at this yard has spoken to the buyer without the board's consent," ${LIN} said.`],
  };

  it('makes one statement of a quotation and another outlet\u2019s "said that" wording of it', () => {
    const statements = statementsOf([
      QUOTE,
      {
        id: 'article:b',
        paragraphs: [
          `${LIN} said the yard had kept every rule and that nobody at the yard had spoken to the buyer without the board's consent.`,
        ],
      },
    ]);
    expect(statements).toHaveLength(1);
  });

  it('keeps them apart when the paraphrase negates what the quotation affirms (trap)', () => {
    const statements = statementsOf([
      {
        id: 'article:a',
        paragraphs: [`"The yard spoke to the buyer with the board's consent in March," ${LIN} said.`],
      },
      {
        id: 'article:b',
        paragraphs: [`${LIN} said the yard had not spoken to the buyer with the board's consent in March.`],
      },
    ]);
    expect(statements).toHaveLength(2);
  });

  it('keeps them apart when the paraphrase\u2019s verb gives it a kind of its own (trap)', () => {
    const statements = statementsOf([
      {
        id: 'article:a',
        paragraphs: [`"The yard spoke to the buyer with the board's consent in March," ${LIN} said.`],
      },
      {
        id: 'article:b',
        paragraphs: [`${LIN} denied that the yard spoke to the buyer with the board's consent in March.`],
      },
    ]);
    expect(statements).toHaveLength(2);
  });
});

describe('same remark: one answer per outlet in a news cycle', () => {
  const denial = (id: string, words: string, publishedAt: string) => ({
    id,
    publishedAt,
    paragraphs: [`${LIN} denied ${words}.`],
  });

  it('makes one denial of two outlets\u2019 only denials by the speaker about one thing', () => {
    const statements = statementsOf([
      denial('article:a', 'meeting [Piet Varga](person:piet-varga) at the depot', '2024-05-06'),
      denial('article:b', 'that she had ever spoken to [Varga](person:piet-varga|surname)', '2024-05-07'),
    ]);
    expect(statements).toHaveLength(1);
  });

  it('keeps apart two denials in one news cycle that name different things (trap)', () => {
    const statements = statementsOf([
      denial('article:a', 'meeting [Piet Varga](person:piet-varga) at the depot', '2024-05-06'),
      denial('article:b', 'that [Harbour Freight](organization:harbour-freight) would close', '2024-05-07'),
    ]);
    expect(statements).toHaveLength(2);
  });
});

describe('measureCommonRun', () => {
  it('counts the words two lists share in the same order', () => {
    expect(
      measureCommonRun(['met', 'office', 'clerk', 'note'], ['saw', 'office', 'two', 'clerk', 'note']),
    ).toBe(3);
    expect(measureCommonRun(['ferry', 'shop', 'town'], ['town', 'ferry', 'shop'])).toBe(2);
    expect(measureCommonRun([], ['town'])).toBe(0);
  });
});
