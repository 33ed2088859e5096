// Statements through the real pipeline (entity layer included), on invented articles from two outlets.
import { extractDocument } from '../extract-document';
import type { GraphDocument, GraphNode } from '@news-kg/graph-model';

const TRIBUNE = `Harbour tender under scrutiny

The Daily Planet reported on Monday that Port Minister Ana Duarte discussed the harbour tender with the bidder Bo Lin before the contract was awarded.

Duarte denied the report. "I never discussed the tender with Lin," she said in a statement. "It is false."

Lin declined to comment.
`;

const COURIER = `Minister denies tender talks

Port Minister Ana Duarte has denied any contact with bidders. "I never discussed the tender with Lin," she said in a statement. "It is false."

The opposition leader, Rui Falcao, said the minister had "serious questions to answer."
`;

function statementsOf(document: GraphDocument): GraphNode[] {
  return document.nodes.filter(n => n.labels.includes('Statement'));
}

function speakerNames(document: GraphDocument, statementId: string): string[] {
  const names = new Map(document.nodes.map(n => [n.id, String(n.properties.name)]));
  return document.relationships
    .filter(r => r.type === 'STATED' && r.end === statementId)
    .map(r => names.get(r.start) ?? r.start);
}

describe('statements through extractDocument', () => {
  let document: GraphDocument;
  beforeAll(() => {
    document = extractDocument([
      { path: 'tribune.txt', text: TRIBUNE, publishedAt: '2021-05-04' },
      { path: 'courier.txt', text: COURIER, publishedAt: '2021-05-04' },
    ]);
  });

  it("makes one node of the minister's quote carried by both outlets, with exact evidence in each", () => {
    const quote = statementsOf(document).find(s =>
      String(s.properties.text).startsWith('I never discussed the tender'),
    );
    expect(quote?.properties).toMatchObject({ kind: 'denial', quoted: true });
    expect(speakerNames(document, quote!.id)).toEqual(['Ana Duarte']);
    const reported = document.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === quote!.id);
    expect(reported).toHaveLength(2);
    const texts = new Map([
      [document.nodes.find(n => n.properties.path === 'tribune.txt')?.id, TRIBUNE],
      [document.nodes.find(n => n.properties.path === 'courier.txt')?.id, COURIER],
    ]);
    for (const r of reported) {
      expect(texts.get(r.end)?.slice(Number(r.properties.start), Number(r.properties.end))).toBe(
        r.properties.evidence,
      );
    }
  });

  it('attributes the newspaper report to the newspaper and the refusal to the bidder', () => {
    const byText = (prefix: string) =>
      statementsOf(document).find(s => String(s.properties.text).startsWith(prefix));
    const report = byText('Port Minister Ana Duarte discussed') ?? byText('Ana Duarte discussed');
    expect(report && speakerNames(document, report.id)).toEqual([expect.stringMatching(/Daily Planet$/)]);
    const refusal = statementsOf(document).find(s => s.properties.kind === 'refusal');
    expect(refusal && speakerNames(document, refusal.id)).toEqual(['Bo Lin']);
  });

  it("links the minister's denial to the report it denies", () => {
    const text = new Map(document.nodes.map(n => [n.id, String(n.properties.text)]));
    const contradicts = document.relationships
      .filter(r => r.type === 'CONTRADICTS')
      .map(r => [text.get(r.start), text.get(r.end)]);
    expect(contradicts).toContainEqual([
      expect.stringMatching(/^I never discussed the tender/),
      expect.stringMatching(/discussed the harbour tender/),
    ]);
  });
});

// One source's account of one meeting, worded by two outlets: the ministry "said" it in one, "confirmed" it in
// the other. The meeting layer merges the encounter; the statement layer then makes one confirmation of it.
const WIRE = `Envoy met minister twice

Port Minister Ana Duarte met the Valmorian envoy Piet Hals twice last spring, in April at a trade fair in Lisbon and in May at her office, according to the Transport Ministry.

Hals told reporters he would not "relitigate old conversations."
`;

const GAZETTE = `Ministry confirms envoy talks

The Transport Ministry confirmed on Tuesday that Duarte, a longtime advocate of the harbour expansion, had met Valmorian envoy Piet Hals before the tender was announced.

Opposition leader Rui Falcao said the contacts had "serious questions to answer."
`;

describe('one source telling one meeting in two outlets', () => {
  let document: GraphDocument;
  beforeAll(() => {
    document = extractDocument([
      { path: 'wire.txt', text: WIRE, publishedAt: '2021-06-01' },
      { path: 'gazette.txt', text: GAZETTE, publishedAt: '2021-06-01' },
    ]);
  });

  it("makes one confirmation of the ministry's two wordings, reported in both articles", () => {
    const ministry = statementsOf(document).filter(s =>
      speakerNames(document, s.id).some(n => /Transport Ministry/.test(n)),
    );
    expect(ministry).toHaveLength(1);
    expect(ministry[0]?.properties.kind).toBe('confirmation');
    const reported = document.relationships.filter(
      r => r.type === 'REPORTED_IN' && r.start === ministry[0]!.id,
    );
    expect(reported).toHaveLength(2);
  });

  it("keeps the envoy's and the opposition leader's statements apart from it", () => {
    const speakers = statementsOf(document).map(s => speakerNames(document, s.id).join(','));
    expect(speakers).toEqual(expect.arrayContaining(['Piet Hals', 'Rui Falcao']));
  });
});

describe('a lede that names its speaker by role first', () => {
  it("gives the lede's denial to the minister named in the next paragraph, folded into her quote", () => {
    const text = `Minister rejects leak claims

OSTRAVIK (Northern Wire) - Norway's trade minister pushed back on Tuesday at claims that her deputy had leaked tender papers.

"We publish every tender on the same day to every bidder," Norwegian Trade Minister Kari Lunde told reporters.
`;
    const document = extractDocument([{ path: 'lede.txt', text, publishedAt: '2022-02-01' }]);
    const statements = statementsOf(document);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.properties).toMatchObject({ kind: 'denial', quoted: true });
    expect(speakerNames(document, statements[0]!.id)).toEqual(['Kari Lunde']);
  });

  it('does not point a role description forward when two people hold that role', () => {
    const text = `Ministers clash

The minister said on Monday the budget would pass.

Finance Minister Ana Duarte and Health Minister Rui Falcao met in Lisbon.
`;
    const document = extractDocument([{ path: 'two.txt', text, publishedAt: '2022-02-01' }]);
    expect(statementsOf(document)).toHaveLength(0);
  });
});

// A meeting one outlet reports and its other party denies in two other outlets, in other words each time.
const GAZETTE_REPORT = `Minister met lobbyist, paper says

The Harbour Gazette reported on Tuesday that Port Minister Ana Duarte met the lobbyist Piet Hals at a hotel in Lisbon in May.

The ministry did not respond to questions.
`;
const DENIAL_QUOTED = `Lobbyist denies hotel meeting

Piet Hals denied that he had met Port Minister Ana Duarte at the hotel. "I have never met the minister outside her office, and certainly not in Lisbon," he said.
`;
const DENIAL_REPORTED = `Port tender row deepens

Hals, a lobbyist for two of the bidders, has denied meeting Duarte privately. Opposition leader Rui Falcao called for an inquiry.
`;

describe('a meeting reported by one outlet and denied in two others', () => {
  let document: GraphDocument;
  beforeAll(() => {
    document = extractDocument([
      { path: 'gazette.txt', text: GAZETTE_REPORT, publishedAt: '2021-06-01' },
      { path: 'quoted.txt', text: DENIAL_QUOTED, publishedAt: '2021-06-02' },
      {
        path: 'reported.txt',
        text: `Port tender row\n\nPort Minister Ana Duarte faces questions.\n\n${DENIAL_REPORTED}`,
        publishedAt: '2021-06-02',
      },
    ]);
  });

  it("makes one denial of the lobbyist's two wordings, reported in both articles", () => {
    const denials = statementsOf(document).filter(
      s => s.properties.kind === 'denial' && speakerNames(document, s.id).includes('Piet Hals'),
    );
    expect(denials).toHaveLength(1);
    expect(
      document.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === denials[0]!.id),
    ).toHaveLength(2);
  });

  it("links the denial to the newspaper's report of the meeting (CONTRADICTS)", () => {
    const text = new Map(document.nodes.map(n => [n.id, String(n.properties.text)]));
    const contradicts = document.relationships
      .filter(r => r.type === 'CONTRADICTS')
      .map(r => [text.get(r.start), text.get(r.end)]);
    expect(contradicts).toContainEqual([
      expect.stringMatching(/never met the minister/),
      expect.stringMatching(/met the lobbyist Piet Hals/),
    ]);
  });
});

describe('inverted attribution with a courtesy title', () => {
  it('gives the quote to the doctor named after "said lead author Dr."', () => {
    const text = `Study links sweetener to heart risk

"The effect was strong and consistent," said lead author Dr. Henrik Sato of the Northfield Institute.
`;
    const document = extractDocument([{ path: 'study.txt', text, publishedAt: '2023-03-01' }]);
    const statements = statementsOf(document);
    expect(statements.map(s => s.properties.text)).toEqual(['The effect was strong and consistent']);
    expect(speakerNames(document, statements[0]!.id)).toEqual(['Henrik Sato']);
  });
});

describe('inverted attribution through an employer and a title', () => {
  it('gives the quote to the spokesman after "said <ministry> spokesman", and the ministry its own quote', () => {
    const text = `Rates to rise

The Transport Ministry and the Finance Ministry met on Monday.

"Rates will rise," said Finance Ministry spokesman Bo Lin.

"We will not comment," said the Transport Ministry.
`;
    const document = extractDocument([{ path: 'rates.txt', text, publishedAt: '2023-03-01' }]);
    const bySpeaker = statementsOf(document).map(s => [
      speakerNames(document, s.id).join(),
      s.properties.text,
    ]);
    expect(bySpeaker).toEqual(
      expect.arrayContaining([
        ['Bo Lin', 'Rates will rise'],
        ['Transport Ministry', 'We will not comment'],
      ]),
    );
  });
});

describe('coordinated speakers with titles', () => {
  it('gives a joint position to each senator as a statement of their own', () => {
    const text = `Export ban splits senators

Senator Rachel Kim and Senator Tom Alvarez said in a joint statement that the ban would cost thousands of jobs.
`;
    const document = extractDocument([{ path: 'joint.txt', text, publishedAt: '2023-03-01' }]);
    const statements = statementsOf(document);
    expect(statements.map(s => speakerNames(document, s.id)).sort()).toEqual([
      ['Rachel Kim'],
      ['Tom Alvarez'],
    ]);
    expect(new Set(statements.map(s => s.properties.text))).toEqual(
      new Set(['the ban would cost thousands of jobs']),
    );
  });

  it('reads "both sides" as the two sides the article coordinated, one refusal each; one side alone stays one', () => {
    const text = `Depot talks end without a deal

Corvane and the Harbour Workers Union met on Monday for six hours. Both sides declined to discuss the terms.

Corvane said the depot would stay open.
`;
    const document = extractDocument([{ path: 'sides.txt', text, publishedAt: '2023-03-01' }]);
    const bySpeaker = statementsOf(document)
      .map(s => [speakerNames(document, s.id).join(), s.properties.kind])
      .sort();
    expect(bySpeaker).toEqual([
      ['Corvane', 'claim'],
      ['Corvane', 'refusal'],
      ['Harbour Workers Union', 'refusal'],
    ]);
  });
});

describe('a denial that answers the charge told before it', () => {
  const text = `Budget row

Opposition councillor Jiri Holub accused Mayor Elena Novak of hiding a shortfall. Holub also accused the auditor Petra Sova of negligence.

Novak rejected the accusation. "The numbers are public," she said.
`;

  it('links "rejected the accusation" to the charge about the denier (CONTRADICTS), not to a charge about someone else', () => {
    const document = extractDocument([{ path: 'row.txt', text, publishedAt: '2023-03-01' }]);
    const textOf = new Map(document.nodes.map(n => [n.id, String(n.properties.text)]));
    const contradicts = document.relationships
      .filter(r => r.type === 'CONTRADICTS')
      .map(r => [textOf.get(r.start), textOf.get(r.end)]);
    expect(contradicts).toEqual([
      [expect.stringMatching(/numbers are public/), expect.stringMatching(/hiding a shortfall/)],
    ]);
  });
});

describe('an unnamed spokesperson of an institution named by a common noun', () => {
  const speakersOf = (text: string) => {
    const document = extractDocument([{ path: 'spokes.txt', text, publishedAt: '2023-03-01' }]);
    return statementsOf(document).map(s => [speakerNames(document, s.id).join(), s.properties.text]);
  };

  it('gives "a government spokesperson" and "a union official" to the one government and union of the article', () => {
    expect(
      speakersOf(`Depot talks resume

The Vellan government and the Harbour Workers Union met on Monday to discuss the harbour depot.
A government spokesperson said the depot would reopen in May.
A union official said the crews would vote on Friday.
`),
    ).toEqual(
      expect.arrayContaining([
        ['Vellan government', 'the depot would reopen in May'],
        ['Harbour Workers Union', 'the crews would vote on Friday'],
      ]),
    );
  });

  it('gives "a ministry spokesman" to nobody when the article names two ministries', () => {
    const found = speakersOf(`Clinic dispute

The Health Ministry and the Finance Ministry met on Monday to discuss the clinic budget.
A ministry spokesman said the clinic would stay open.
`);
    expect(found.filter(([, text]) => text === 'the clinic would stay open')).toEqual([]);
  });
});

describe('a quotation right after the dateline', () => {
  it('opens its sentence: the dateline is not part of the words', () => {
    const text = `Depot to close

PORT VELLA, March 3 (Wire) -- "The depot will close in May," Ana Duarte said on Monday.
LONDON (Wire) - Residents of the "new town" met the builders on Monday.
`;
    const document = extractDocument([{ path: 'dateline.txt', text, publishedAt: '2023-03-03' }]);
    expect(
      statementsOf(document).map(s => [
        speakerNames(document, s.id).join(),
        s.properties.text,
        s.properties.quoted,
      ]),
    ).toEqual([['Ana Duarte', 'The depot will close in May', true]]);
  });
});

describe('an office speaking for the body its holder heads', () => {
  const said = (text: string): string[][] => {
    const document = extractDocument([{ path: 'office.txt', text, publishedAt: '2026-03-02' }]);
    return statementsOf(document).map(s => [...speakerNames(document, s.id), String(s.properties.text)]);
  };

  it('reads "the minister\'s office said" as the article\'s one ministry', () => {
    expect(
      said(
        "Ferry visit put off\n\nThe Ministry of Upland Affairs had planned the tour for weeks. Upland Minister Orla Brenn was due to visit the harbour on Friday.\n\nThe minister's office said the visit had been postponed for security reasons.\n",
      ),
    ).toContainEqual(['Ministry of Upland Affairs', 'the visit had been postponed for security reasons']);
  });

  it('reads "his department said" as the one department of the article', () => {
    expect(
      said(
        'Bridge visit refused\n\nThe request went to the works secretary, Osric Penhallow, who runs the Department for Roads and Bridges.\n\nHis department said his diary was full this week.\n',
      ),
    ).toContainEqual(['Department for Roads and Bridges', 'his diary was full this week']);
  });

  it('reads no speaker for "her department said" when the article names two departments (trap)', () => {
    expect(
      said(
        'Bridge visit refused\n\nThe Department for Roads wrote to the Department for Harbours about the bridge. Osric Penhallow was due to visit.\n\nHis department said his diary was full this week.\n',
      ).filter(([, text]) => text?.includes('diary')),
    ).toEqual([]);
  });

  it('reads no speaker for "her office said" (outlets credit it now to the holder, now to the body) (trap)', () => {
    expect(
      said(
        'Ferry visit put off\n\nThe Ministry of Upland Affairs had planned the tour. Upland Minister Orla Brenn was due to visit on Friday.\n\nHer office said the visit had been postponed.\n',
      ).filter(([, text]) => text?.includes('postponed')),
    ).toEqual([]);
  });
});
