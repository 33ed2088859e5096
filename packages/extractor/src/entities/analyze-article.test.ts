// Sentence -> expected entities, roles and mentions, on invented sentences from several fields.
import type { ArticleAnalysis, EntityRecord } from '../analysis';
import { analyzeArticle } from './analyze-article';

const analyze = (text: string): ArticleAnalysis => analyzeArticle({ path: 'test.txt', text });
const byName = (a: ArticleAnalysis): Map<string, EntityRecord> =>
  new Map([...a.entities.values()].map(e => [e.name, e]));
const people = (a: ArticleAnalysis): string[] =>
  [...a.entities.values()]
    .filter(e => e.label === 'Person')
    .map(e => e.name)
    .sort();
const orgs = (a: ArticleAnalysis): string[] =>
  [...a.entities.values()]
    .filter(e => e.label === 'Organization')
    .map(e => `${e.name} (${e.kind})`)
    .sort();
const rolesOf = (a: ArticleAnalysis, name: string): string[] =>
  (byName(a).get(name)?.roles ?? []).map(r => r.role);
const forms = (a: ArticleAnalysis, name: string): string[] => {
  const id = byName(a).get(name)?.id;
  return a.mentions.filter(m => m.entityId === id).map(m => `${m.surface}:${m.form}`);
};

describe('analyzeArticle: names', () => {
  it.each([
    [
      "Brazilian Finance Minister Ana Duarte's office said the budget would pass.",
      ['Ana Duarte'],
      'Finance Minister',
    ],
    ['Deputy Prime Minister Jan Novak resigned on Tuesday.', ['Jan Novak'], 'Deputy Prime Minister'],
    ['Coach Marco Bellini praised the defence after the match.', ['Marco Bellini'], 'Coach'],
    [
      'Acme Corp chief executive Priya Raman said the company would cut jobs.',
      ['Priya Raman'],
      'chief executive',
    ],
    ['Lead author Dr. Ingrid Solberg said the results were surprising.', ['Ingrid Solberg'], 'Lead author'],
    ['Sen. Rosa Klein voted against the bill.', ['Rosa Klein'], 'senator'],
  ])('%j -> %j with the title as a role, not part of the name', (text, expected, role) => {
    const a = analyze(text);
    expect(people(a)).toEqual(expected);
    if (role) expect(rolesOf(a, expected[0] as string)).toContain(role);
    else expect(rolesOf(a, expected[0] as string)).toEqual([]);
  });

  it('keeps possessives, full stops and titles out of names and aliases', () => {
    const a = analyze(
      "Finance Minister Ana Duarte's plan passed. Critics blamed Duarte. They met Minister Duarte.",
    );
    expect(people(a)).toEqual(['Ana Duarte']);
    expect(byName(a).get('Ana Duarte')?.aliases).toEqual(['Ana Duarte', 'Duarte']);
  });

  it('resolves a surname to the full name in the same article', () => {
    const a = analyze(
      'Striker Tom Hale scored twice on Saturday. Hale has now scored nine goals this season.',
    );
    expect(people(a)).toEqual(['Tom Hale']);
    expect(forms(a, 'Tom Hale')).toEqual(['Tom Hale:name', 'Hale:surname']);
  });

  it('resolves a surname to the last person named with it when two share it', () => {
    const a = analyze('Maria Lopez met Carlos Lopez in Madrid. Later, Lopez said the talks had failed.');
    expect(people(a)).toEqual(['Carlos Lopez', 'Maria Lopez']);
    expect(forms(a, 'Carlos Lopez')).toContain('Lopez:surname');
  });

  it('splits names run together in a photo caption', () => {
    const a = analyze('Finance Minister Ana Duarte Paul Costa / EPA');
    expect(people(a)).toEqual(['Ana Duarte', 'Paul Costa']);
  });

  it('ignores sentence openers, plural nouns, pronouns and thumbnail file names', () => {
    const a = analyze(
      'Officials said the plan was fair. Asked about it, Everyone laughed. Nobody said anything. Dr. Mr. Mrs. said nothing.\nana duarte vote_0042.jpg Ana Duarte',
    );
    expect(people(a)).toEqual([]);
  });

  it('keeps name particles and initials inside names', () => {
    const a = analyze(
      'Commission President Hanna van der Berg met George W. Harlow and Luiz da Costa. Van der Berg said the talks went well.',
    );
    expect(people(a)).toEqual(['George W. Harlow', 'Hanna van der Berg', 'Luiz da Costa']);
    expect(forms(a, 'Hanna van der Berg')).toEqual(['Hanna van der Berg:name', 'Van der Berg:alias']);
  });

  it('reads an unknown first name as a person when an apposition gives a role', () => {
    const a = analyze('Chidi Okafor, Nigeria’s ambassador to Canada, met officials on Tuesday.');
    expect(people(a)).toEqual(['Chidi Okafor']);
  });
});

describe('analyzeArticle: organizations', () => {
  it('makes one node of demonym, possessive and bare forms of one institution', () => {
    const a = analyze(
      "Brazil's Foreign Ministry said the talks would resume. The Brazilian Foreign Ministry later added details. A Foreign Ministry source confirmed it.",
    );
    expect(orgs(a)).toEqual(['Brazilian Foreign Ministry (government)']);
  });

  it('treats "Department of X" and "X Department" as one', () => {
    const a = analyze(
      'The Department of Energy said prices would fall. A US Energy Department official disagreed.',
    );
    expect(orgs(a)).toEqual(['US Energy Department (government)']);
    expect([...a.entities.values()][0]?.aliases).toEqual([
      'Department of Energy',
      'Energy Department',
      'US Energy Department',
    ]);
  });

  it.each([
    [
      'The Daily Planet reported that Reuters and the Associated Press had the story.',
      ['Associated Press (media)', 'Daily Planet (media)', 'Reuters (media)'],
    ],
    [
      'Democrats called for an inquiry while the Labour Party stayed silent.',
      ['Democratic Party (party)', 'Labour Party (party)'],
    ],
    ['The Senate Finance Committee met on Monday.', ['Senate Finance Committee (committee)']],
    ['Analysts at Goldman Sachs said the cuts were overdue.', ['Goldman Sachs (other)']],
    ['The Central Bank of Brazil raised rates.', ['Central Bank of Brazil (company)']],
    [
      'The Kremlin and the White House both declined to comment.',
      ['Kremlin (government)', 'White House (government)'],
    ],
    ['The Portuguese embassy in Lima said it was monitoring the case.', ['Portuguese Embassy (government)']],
    ['The German economy ministry declined to comment.', ['German Economy Ministry (government)']],
    [
      'Engineering group Acme Industrie AG will cut jobs. Shares in Acme fell.',
      ['Acme Industrie AG (company)'],
    ],
    ['Kestrel Mining denied that it had been warned.', ['Kestrel Mining (company)']],
    ['Veltrax Medical Devices makes the pump at two plants.', ['Veltrax Medical Devices (company)']],
    ['Brannel Terminals runs the container quay.', ['Brannel Terminals (company)']],
    ['Shares of Arlo Pharmaceuticals fell after the report.', ['Arlo Pharmaceuticals (company)']],
    ['Engine maker Turbomec said it was testing the blades.', ['Turbomec (company)']],
    ['A study in the journal Cardio Reports found a link.', ['Cardio Reports (media)']],
    [
      'Samuel Okoro of Northfield University Hospital said the data were sound.',
      ['Northfield University Hospital (other)'],
    ],
    [
      "Two patients were treated at St Aidan's University Hospital, the hospital said.",
      ["St Aidan's University Hospital (other)"],
    ],
    ['Families marched to the Ministry of Health on Harbour Street.', ['Ministry of Health (government)']],
    ['The Senate Committee on Foreign Relations met.', ['Senate Committee on Foreign Relations (committee)']],
    ['Harbour City FC sacked its coach on Sunday.', ['Harbour City FC (other)']],
    ['Carmaker Voltan said it would recall 2,000 cars.', ['Voltan (company)']],
    [
      'SkyJet grounded its fleet. SkyJet chief executive Marc Dubois said safety came first. SkyJet denied any warning.',
      ['SkyJet (company)'],
    ],
    [
      'Westbridge United sacked their coach, she told the Evening Courier.',
      ['Evening Courier (media)', 'Westbridge United (other)'],
    ],
    ['The Minister of Mineral Resources, Ana Duarte, left.', []],
    ['The Chinese envoy, Li Wen, met Ana Duarte.', []],
  ])('%j -> %j', (text, expected) => {
    expect(orgs(analyze(text))).toEqual(expected);
  });

  it('reads an acronym defined in parentheses as an alias, and its later uses as mentions', () => {
    const a = analyze(
      "Ana Duarte leads the National Union of Teachers (NUT). NUT officials said the strike would go on. The NUT's lawyers agreed.",
    );
    expect(byName(a).get('National Union of Teachers')?.aliases).toEqual([
      'NUT',
      'National Union of Teachers',
    ]);
    expect(forms(a, 'National Union of Teachers')).toEqual([
      'National Union of Teachers:name',
      'NUT:alias',
      'NUT:alias',
      'NUT:alias',
    ]);
  });

  it('folds an organization first named by its bare acronym into the one the acronym is later defined for', () => {
    const a = analyze(
      "The NCWB's chief executive, Ana Duarte, opened the hearing. Later the Northern Canal and Waterways Board (NCWB) said fees would rise. The NCWB declined to say by how much.",
    );
    expect(orgs(a)).toEqual(['Northern Canal and Waterways Board (government)']);
    expect(forms(a, 'Northern Canal and Waterways Board')).toEqual([
      'NCWB:alias',
      'Northern Canal and Waterways Board:name',
      'NCWB:alias',
      'NCWB:alias',
    ]);
    expect(
      byName(a)
        .get('Ana Duarte')
        ?.roles.map(r => a.entities.get(r.organizationId ?? '')?.name),
    ).toEqual(['Northern Canal and Waterways Board']);
  });

  it.each([
    // a plural possessive inside a name, before its head
    ["Fares will rise, the Bus and Tram Drivers' Union warned.", ["Bus and Tram Drivers' Union (other)"]],
    ['Ana Duarte of the Grain Growers’ Federation spoke.', ['Grain Growers’ Federation (other)']],
    ["The drivers' pay rose, and Growers' demands grew.", []],
    // "of the" inside an institution's name
    ['Friends of the Moorland said the bog was drying.', ['Friends of the Moorland (other)']],
    ['The Ministry of the Interior replied.', ['Ministry of the Interior (government)']],
    ['Shares of the Tarvo Group fell.', ['Tarvo Group (company)']],
    ['Friends of the victim said she had left.', []],
    ['Residents of the Tamsin complained about the smell.', []],
    ['The Minister of the Interior replied.', []],
    // heads: board, trust, a utility's "Water"; a law's title is no institution
    ['The Eastern Canals and Waterways Board met.', ['Eastern Canals and Waterways Board (government)']],
    ['Bramble Valley Water said supplies were safe.', ['Bramble Valley Water (company)']],
    ['The Clean Rivers Act and the Water Safety Bill passed.', []],
  ])('%j -> %j (institution names with possessives, "of the", new heads)', (text, expected) => {
    expect(orgs(analyze(text))).toEqual(expected);
  });

  it('reads a river, lake or valley as a place, neither a person nor an organization', () => {
    const a = analyze(
      'Fish died in the Tamsin. The River Tamsin is a chalk stream, said the Tamsin River Trust. Lake Orla and the Brennan Valley flooded too.',
    );
    expect([...a.entities.values()].map(e => `${e.label}:${e.name}`)).toEqual([
      'Organization:Tamsin River Trust',
    ]);
  });

  it("resolves 'its chief executive' only to someone who holds that role at the organization 'its' points to", () => {
    const a = analyze(
      'The Tamsin Rivers Authority has opened an inquiry into spills, its chief executive confirmed on Tuesday. Ana Duarte said the inquiry began in May. Bramble Water chief executive Tom Reddy attended.',
    );
    expect(forms(a, 'Tom Reddy')).toEqual(['Tom Reddy:name']);
    const b = analyze(
      'Bramble Water chief executive Tom Reddy met the mayor. The company has apologised, its chief executive confirmed on Tuesday.',
    );
    expect(forms(b, 'Tom Reddy')).toEqual(['Tom Reddy:name', 'its chief executive:description']);
  });

  it('reads a bare name opening an organization name of the article as that organization shortened, not a person', () => {
    const a = analyze(
      'Bramble Heath admits pump fault\n\nBramble Heath Water said on Monday that a pump had failed.',
    );
    expect(people(a)).toEqual([]);
    expect(forms(a, 'Bramble Heath Water')).toEqual(['Bramble Heath:alias', 'Bramble Heath Water:name']);
  });

  it('never takes a title used alone later ("the Minister") for the family name of a capitalised title', () => {
    const a = analyze(
      'The Transport Minister, Ciarán Tolan, will visit on Monday. Ms Reyes wrote to the Minister on Friday.',
    );
    expect(people(a)).toEqual(['Ciarán Tolan', 'Reyes']);
  });

  it('never reads "the campaign group" as a company, while "the group" after a company still is', () => {
    const civic = analyze(
      'Tarvo Logistics raised its fees. The campaign group said the firm had dumped waste.',
    );
    expect(forms(civic, 'Tarvo Logistics')).not.toContain('campaign group:description');
    const company = analyze('Tarvo Logistics raised its fees. The group said costs had risen.');
    expect(forms(company, 'Tarvo Logistics')).toContain('group:description');
  });

  it('does not read an unexplained acronym as an organization', () => {
    expect(orgs(analyze('The XYZ said prices would rise. Ana Duarte met QRS officials.'))).toEqual([]);
  });

  it('makes a country acting as a speaker an Organization of kind state, and not a mere place', () => {
    expect(orgs(analyze('Nigeria denied the reports on Monday.'))).toEqual(['Nigeria (state)']);
    expect(orgs(analyze('Nigeria has consistently rejected the claims.'))).toEqual(['Nigeria (state)']);
    expect(orgs(analyze('The team flew to Nigeria on Monday.'))).toEqual([]);
    expect(orgs(analyze('The US has denied the report.'))).toEqual(['United States (state)']);
    expect(orgs(analyze('Officials in the US said nothing.'))).toEqual([]);
  });

  it('does not take a WHO for the WHO or a dateline for an organization', () => {
    expect(orgs(analyze('Who is Ana Duarte? LISBON, May 4 - Ana Duarte met officials.'))).toEqual([]);
  });
});

describe('analyzeArticle: roles', () => {
  it.each([
    [
      'Chidi Okafor, Nigeria’s ambassador to Canada, met officials.',
      'Chidi Okafor',
      'ambassador to Canada',
      'Nigeria',
    ],
    [
      'Interior Ministry spokeswoman Lena Ortiz said the ministry had no comment.',
      'Lena Ortiz',
      'spokeswoman',
      'Interior Ministry',
    ],
    [
      'James Whitfield, then a Labour member of parliament for Leeds, resigned.',
      'James Whitfield',
      'member of parliament for Leeds',
      'Labour Party',
    ],
    [
      'Tom Hale was a member of the Olympic Swimming Committee until 2019.',
      'Tom Hale',
      'member of the Olympic Swimming Committee',
      'Olympic Swimming Committee',
    ],
    [
      'Rosa Klein resigned on Friday as Acme Corp finance director.',
      'Rosa Klein',
      'finance director',
      'Acme Corp',
    ],
    [
      'The board approved the appointment of Maria Raman as the new Acme Corp chief executive.',
      'Maria Raman',
      'chief executive',
      'Acme Corp',
    ],
    ['Kremlin spokesman Pavel Orlov said the talks were useful.', 'Pavel Orlov', 'spokesman', 'Kremlin'],
    [
      'The Foreign Secretary, James Whitfield, said the talks would go on.',
      'James Whitfield',
      'Foreign Secretary',
      null,
    ],
    ["Nigeria's ambassador, Chidi Okafor, said so.", 'Chidi Okafor', 'ambassador', 'Nigeria'],
    [
      'Peter Walsh, 52, a former banker at Acme Corp, said so.',
      'Peter Walsh',
      'banker at Acme Corp',
      'Acme Corp',
    ],
    [
      'The chief executive of Kestrel Mining, Tomas Vidal, met unions.',
      'Tomas Vidal',
      'chief executive of Kestrel Mining',
      'Kestrel Mining',
    ],
    [
      "Brazil's Minister of Mines, Lindiwe Dube, said she would visit.",
      'Lindiwe Dube',
      'Minister of Mines',
      'Brazil',
    ],
    [
      'A spokeswoman for the governor, Nadia Flores-Kim, said so.',
      'Nadia Flores-Kim',
      'spokeswoman for the governor',
      null,
    ],
    ["Duarte's lawyer, Ian Doyle, said his client was innocent.", 'Ian Doyle', 'lawyer', null],
    ['A ministry spokesperson, Johan Ek, said it was not true.', 'Johan Ek', 'ministry spokesperson', null],
    ['City council member Omar Haddad called for a vote.', 'Omar Haddad', 'council member', null],
  ])('%j -> %s: %s (%s)', (text, person, role, org) => {
    const a = analyze(text);
    const p = byName(a).get(person);
    const found = p?.roles.find(r => r.role === role);
    expect(found).toBeDefined();
    expect(found?.organizationId ? a.entities.get(found.organizationId)?.name : null).toBe(org);
  });

  it('reads a role after a pronoun: "when she was a senator"', () => {
    const a = analyze(
      'Critics questioned Rosa Klein about the deal, made when she was a senior adviser to the governor.',
    );
    expect(rolesOf(a, 'Rosa Klein')).toContain('senior adviser to the governor');
  });

  it('does not read "as" phrases of other nouns as roles', () => {
    const a = analyze('Ana Duarte described the plan as a disaster. Critics saw Duarte as a spy.');
    expect(rolesOf(a, 'Ana Duarte')).toEqual([]);
  });
});

describe('analyzeArticle: pronouns and descriptions', () => {
  it('resolves he/she to the right person by gender and position', () => {
    const a = analyze(
      'Ana Duarte met Marco Bellini on Monday. She said the talks went well. He declined to comment.',
    );
    expect(forms(a, 'Ana Duarte')).toEqual(['Ana Duarte:name', 'She:pronoun']);
    expect(forms(a, 'Marco Bellini')).toEqual(['Marco Bellini:name', 'He:pronoun']);
  });

  it('takes no gender from a pronoun inside a quotation', () => {
    const a = analyze('Piet Hals denied it. "I have never met her outside the office," he said.');
    expect(forms(a, 'Piet Hals')).toContain('he:pronoun');
    expect(byName(a).get('Piet Hals')?.gender).toBe('male');
  });

  it('prefers the subject of the previous sentence for a sentence-initial pronoun', () => {
    const a = analyze('Striker Tom Hale praised coach Marco Bellini. He said the team was ready.');
    expect(forms(a, 'Tom Hale')).toContain('He:pronoun');
  });

  it('never takes a demonym or a name used as a modifier for an antecedent', () => {
    const a = analyze(
      'Nigeria denied it. Nigerian diplomats said their work was legal. Critics of the Tom Hale transfer said he cost too much.',
    );
    expect(a.mentions.filter(m => m.form === 'pronoun').map(m => m.surface)).toEqual([]);
  });

  it('resolves "they" only to an organization of the same sentence', () => {
    const a = analyze('The Portuguese embassy said they would not comment. They are diplomats after all.');
    expect(forms(a, 'Portuguese Embassy')).toEqual(['Portuguese embassy:name', 'they:pronoun']);
  });

  it('prefers the topic of the previous sentence to its last name when no subject is found', () => {
    const a = analyze(
      'Pressure on Tom Hale to quit grew over the summer, with fans of Marco Bellini angry. He is also facing a fine.',
    );
    expect(forms(a, 'Tom Hale')).toContain('He:pronoun');
  });

  it('resolves "it" and "its" to an organization in the same sentence', () => {
    const a = analyze('Nigeria denied reports that it had recalled its envoy. It is not clear why.');
    expect(forms(a, 'Nigeria')).toEqual(['Nigeria:name', 'it:pronoun', 'its:pronoun']);
  });

  it('never points an attribution pronoun into the quoted words', () => {
    const a = analyze('Ms Ana Duarte spoke first. "Kiri Vasko broke every promise he made," she said.');
    expect(forms(a, 'Ana Duarte')).toContain('she:pronoun');
    expect(forms(a, 'Kiri Vasko')).not.toContain('she:pronoun');
  });

  it('does not resolve "it" as an object', () => {
    const a = analyze('Nigeria warned against it on Monday.');
    expect(a.mentions.filter(m => m.form === 'pronoun')).toEqual([]);
  });

  it('resolves "the minister" and "the embassy" to the one entity they fit', () => {
    const a = analyze(
      'Finance Minister Ana Duarte visited the Portuguese embassy in Lima. The minister said the embassy had been helpful.',
    );
    expect(forms(a, 'Ana Duarte')).toContain('minister:description');
    expect(forms(a, 'Portuguese Embassy')).toContain('embassy:description');
  });

  it('resolves "the hospital" and "the school" to the institution of that head', () => {
    const a = analyze(
      'Two patients were treated at Riverside General Hospital. The hospital said it was reviewing their care.',
    );
    expect(forms(a, 'Riverside General Hospital')).toContain('hospital:description');
    const b = analyze(
      'Pupils of Northgate Grammar School sat the exam twice. The school said the papers had leaked.',
    );
    expect(forms(b, 'Northgate Grammar School')).toContain('school:description');
  });

  it('resolves "the company" to the one company named', () => {
    const a = analyze('Acme Corp said on Monday that the company would cut 500 jobs.');
    expect(forms(a, 'Acme Corp')).toEqual(['Acme Corp:name', 'company:description']);
  });

  it('resolves a description only to something named before it', () => {
    const a = analyze('The company said profits fell. Analysts at Acme Corp disagreed.');
    expect(a.mentions.filter(m => m.form === 'description')).toEqual([]);
  });

  it('leaves a description unresolved when nothing fits', () => {
    const a = analyze('Ana Duarte said the ambassador had left.');
    expect(a.mentions.filter(m => m.form === 'description')).toEqual([]);
  });

  it('marks mentions inside quotation marks, also in the second sentence of a quote', () => {
    const a = analyze('“Ana Duarte is right. Tom Hale is wrong,” Marco Bellini said.');
    expect(a.mentions.filter(m => m.form !== 'pronoun').map(m => [m.surface, m.inQuote])).toEqual([
      ['Ana Duarte', true],
      ['Tom Hale', true],
      ['Marco Bellini', false],
    ]);
  });
});

describe('analyzeArticle: offsets and metadata', () => {
  it('gives offsets into the original text, entities and curly quotes included', () => {
    const text =
      'Budget row\n\nThe Interior Ministry&#39;s spokeswoman Lena Ortiz said &quot;no&quot;. Ortiz’s office confirmed it.';
    const a = analyze(text);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(a.mentions.map(m => m.surface)).toEqual(['Interior Ministry', 'Lena Ortiz', 'Ortiz']);
    const terms = (a.terms ?? []).flat();
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds title, date and outlet stated by the page; given fields win', () => {
    const text =
      'Budget passes after vote\nBy Tomas Weller, Reuters\nUpdated 0900 GMT March 3, 2021\nAna Duarte said the budget would pass.';
    expect(analyze(text).article).toMatchObject({
      title: 'Budget passes after vote',
      publishedAt: '2021-03-03',
      outlet: 'Reuters',
    });
    const given = analyzeArticle({
      path: 'x',
      text,
      title: 'Given',
      publishedAt: '2020-01-02T10:00:00Z',
      outlet: 'Given Times',
    });
    expect(given.article).toMatchObject({ title: 'Given', publishedAt: '2020-01-02', outlet: 'Given Times' });
  });

  it.each([
    ['LISBON (Reuters) - Ana Duarte resigned on Monday.', 'Reuters'],
    ['MADRID, May 4. /TASS/. Ana Duarte resigned on Monday.', 'TASS'],
    ['Text by FRANCE 24\n\nAna Duarte resigned on Monday.', 'France 24'],
    ['Ana Duarte resigned on Monday.', null],
  ])('%j -> outlet %j', (text, outlet) => {
    expect(analyze(text).article.outlet).toBe(outlet);
  });

  it.each([
    ['Latest update : 2021-07-22\nAna Duarte resigned.', '2021-07-22'],
    ['Date created : 2021-07-22\nAna Duarte resigned.', '2021-07-22'],
    ['Published 4 May 2022\nAna Duarte resigned.', '2022-05-04'],
    ['Ana Duarte resigned in 2019.', null],
  ])('%j -> date %j', (text, date) => {
    expect(analyze(text).article.publishedAt).toBe(date);
  });
});

describe('analyzeArticle: names and roles of people (general rules)', () => {
  it.each([
    [
      'French Finance Minister Bruno Le Maire met investors. Le Maire said taxes would fall.',
      'Bruno Le Maire',
      ['Bruno Le Maire:name', 'Le Maire:alias'],
    ],
    [
      'Liverpool signed Virgil Van Dijk on Monday. Van Dijk scored twice.',
      'Virgil Van Dijk',
      ['Virgil Van Dijk:name', 'Van Dijk:alias'],
    ],
  ])('keeps name particles inside names: %j', (text, name, expected) => {
    const a = analyze(text);
    expect(people(a)).toEqual([name]);
    expect(forms(a, name)).toEqual(expected);
  });

  it.each([
    ['Labour MP Zak Poole said the plan was unfair.', 'Zak Poole', 'MP', 'Labour Party'],
    [
      "Kenya's ambassador in Ottawa Ruth Wanjiru said the talks failed.",
      'Ruth Wanjiru',
      'ambassador in Ottawa',
      'Kenya',
    ],
    [
      'The head of the Medical Council, Dr. Sanna Berg, resigned.',
      'Sanna Berg',
      'head of the Medical Council',
      'Medical Council',
    ],
  ])('%j -> %s: %s of %s', (text, name, role, org) => {
    const a = analyze(text);
    const e = byName(a).get(name);
    expect(
      e?.roles.map(r => `${r.role}@${r.organizationId ? a.entities.get(r.organizationId)?.name : '-'}`),
    ).toEqual([`${role}@${org}`]);
  });

  it('reads lower-case occupations before a name as roles', () => {
    const a = analyze(
      'Property developer Gus Harlow bought the site. The deal angered striker Leo Mbeki and financier Otto Brand.',
    );
    expect(rolesOf(a, 'Gus Harlow')).toEqual(['Property developer']);
    expect(rolesOf(a, 'Leo Mbeki')).toEqual(['striker']);
    expect(rolesOf(a, 'Otto Brand')).toEqual(['financier']);
  });

  it('does not read a sentence adverb after a quotation as part of a name', () => {
    const a = analyze('He said "we will win." Then Ana Duarte left.');
    expect(people(a)).toEqual(['Ana Duarte']);
  });
});

describe('analyzeArticle: more general name rules', () => {
  it('makes a legislature committee phrase one committee, never the legislature fragment', () => {
    expect(orgs(analyze('The Senate science committee will hold hearings on Tuesday.'))).toEqual([
      'Senate science committee (committee)',
    ]);
    expect(orgs(analyze('A House ethics panel cleared the congressman.'))).toEqual([
      'House ethics panel (committee)',
    ]);
  });

  it('resolves a family name written first and used alone to the one full name starting with it', () => {
    const a = analyze('Chinese President Wen Lihua arrived in Paris. Wen said trade was vital.');
    expect(people(a)).toEqual(['Wen Lihua']);
    expect(forms(a, 'Wen Lihua')).toEqual(['Wen Lihua:name', 'Wen:surname']);
  });

  it.each([
    ['Police arrested Tunde Okafor on Friday. Okafor denied the charges.'],
    ['The fund is run by Tunde Okafor, 45. The regulator fined it.'],
    ['Tunde Okafor founded the firm in 2001.'],
    ['Police arrested Tunde Okafor in Accra.'],
  ])('recognises an unknown two-word name as a person from its use: %j', text => {
    expect(people(analyze(text))).toEqual(['Tunde Okafor']);
  });

  it('recognises a name of a known surname and an unknown word as a person from its use', () => {
    expect(people(analyze('Critics attacked Novak Petrovicz after the match.'))).toEqual(['Novak Petrovicz']);
  });
});

describe('analyzeArticle: organizations referred to by descriptions and "it"', () => {
  it.each([
    [
      'Consumer group FAIRCO and the regulator OFTRA clashed. The regulator said fees were fair.',
      'OFTRA',
      'regulator:description',
    ],
    [
      'Millbrook Rovers sacked their manager. The club said it was sorry.',
      'Millbrook Rovers',
      'club:description',
    ],
    [
      'The Green Alliance won the vote. The alliance will govern alone.',
      'Green Alliance',
      'alliance:description',
    ],
    [
      'The Evening Ledger revealed the sale. The newspaper said more would follow.',
      'Evening Ledger',
      'newspaper:description',
    ],
  ])('%j -> %s', (text, name, form) => {
    expect(forms(analyze(text), name)).toContain(form);
  });

  it('does not resolve a class noun that two organizations share', () => {
    const a = analyze('Consumer group FAIRCO sued consumer group BETTERPAY. The group said it would win.');
    expect(a.mentions.filter(m => m.form === 'description')).toEqual([]);
  });

  it('resolves "It" to the one organization that was the subject before, never an expletive "it"', () => {
    const a = analyze(
      'Brightloop Apps was fined on Monday. It refused to comment. It is unclear what happens next.',
    );
    expect(forms(a, 'Brightloop Apps')).toEqual(['Brightloop Apps:name', 'It:pronoun']);
  });

  it('resolves a pronoun after a relative clause to the clause head', () => {
    const a = analyze(
      'Finance Minister Bruno Le Maire met investors. Le Maire, who met Jeff Bezos in Paris, said he would return.',
    );
    expect(forms(a, 'Bruno Le Maire')).toEqual(['Bruno Le Maire:name', 'Le Maire:alias', 'he:pronoun']);
    expect(forms(a, 'Jeff Bezos')).toEqual(['Jeff Bezos:name']);
  });
});

describe('analyzeArticle: title-case headlines', () => {
  it('never makes a person from a title word and the headline words after it', () => {
    const a = analyze(
      'Mayor Vows To Fix Roads As Minister Visits Flooded Town\n\nThe mayor of Eastport, Dana Whitfield, said repairs would begin. Transport Minister Ola Berg visited the town.',
    );
    expect(people(a)).toEqual(['Dana Whitfield', 'Ola Berg']);
    expect(rolesOf(a, 'Ola Berg')).toEqual(['Transport Minister']);
  });

  it('ends a name at the headline verb after it', () => {
    expect(people(analyze('President Tomas Vidal Signs Mining Bill'))).toEqual(['Tomas Vidal']);
    expect(people(analyze('Minister Ana Duarte Praises Lena Ortiz'))).toEqual(['Ana Duarte', 'Lena Ortiz']);
  });
});

describe('analyzeArticle: a role employer named by a description', () => {
  it('reads "the firm\'s founder, X," as founder of the company described', () => {
    const a = analyze(
      "Regulators fined Pulsewell, the maker of a running app. The firm's founder, Nadia Haddad, sold shares.",
    );
    const e = byName(a).get('Nadia Haddad');
    expect(
      e?.roles.map(r => `${r.role}@${r.organizationId ? a.entities.get(r.organizationId)?.name : '-'}`),
    ).toEqual(['founder@Pulsewell']);
  });
});

describe('analyzeArticle: titles set off before a name', () => {
  it('reads a possessive determiner title ("His lawyer, X,") and a capitalised title before the name', () => {
    const a = analyze(
      'Striker Leo Mbeki was banned. His lawyer, Carla Mendes, said he would appeal. The chair of the Riverton Medical Board, Professor Hugh Tallis, defended the ban.',
    );
    expect(rolesOf(a, 'Carla Mendes')).toEqual(['lawyer']);
    expect(rolesOf(a, 'Hugh Tallis')).toContain('chair of the Riverton Medical Board');
  });
});

describe('analyzeArticle: "Its" opening a sentence', () => {
  it('names the organization that was the subject before as the employer of the role', () => {
    const a = analyze(
      'The National Front came second. Its leader, Jean-Paul Ducasse, said the result was a warning.',
    );
    const e = byName(a).get('Jean-Paul Ducasse');
    expect(
      e?.roles.map(r => `${r.role}@${r.organizationId ? a.entities.get(r.organizationId)?.name : '-'}`),
    ).toEqual(['leader@National Front']);
  });
});

describe('analyzeArticle: roles around a possessive description', () => {
  it.each([
    "Harbour City FC sacked its coach. The club's sporting director, Anna Kowalski, rejected that claim.",
    "Harbour City FC sacked its coach. Anna Kowalski, the club's sporting director, rejected that claim.",
  ])('%s', text => {
    const a = analyze(text);
    const role = byName(a).get('Anna Kowalski')?.roles[0];
    expect(role?.role).toBe('sporting director');
    expect(a.entities.get(role?.organizationId ?? '')?.name).toBe('Harbour City FC');
  });
});

describe('analyzeArticle: companies introduced by a class noun', () => {
  it('keeps a "-maker" company out of people and joins its first word to it', () => {
    const a = analyze(
      'Drug Trial Halted After Patient Deaths\n\nBritish drugmaker Carvella Therapeutics has halted a trial. A Carvella spokesman, Tom Reddy, said safety came first. Shares in Carvella fell.',
    );
    expect(people(a)).toEqual(['Tom Reddy']);
    expect(orgs(a)).toEqual(['Carvella Therapeutics (company)']);
    expect(
      byName(a)
        .get('Tom Reddy')
        ?.roles.map(r => a.entities.get(r.organizationId ?? '')?.name),
    ).toEqual(['Carvella Therapeutics']);
  });

  it('joins a headline subject and a "<Name> spokeswoman" to the company whose name they open', () => {
    const a = analyze(
      'Veltrax halts pump recall\n\nA Veltrax spokeswoman said the pumps were safe. British drugmaker Veltrax Therapeutics makes the pump at two plants, and Veltrax said it would publish its tests.',
    );
    expect(people(a)).toEqual([]);
    expect(orgs(a)).toEqual(['Veltrax Therapeutics (company)']);
  });

  it('knows the chambers of parliaments', () => {
    expect(
      orgs(analyze('Health Secretary Nadia Field told the House of Commons that she would act.')),
    ).toEqual(['House of Commons (government)']);
  });
});

describe('analyzeArticle: an institution head opening a name', () => {
  it.each([
    ['Network Rail cancelled trains on Sunday.', 'Network Rail'],
    ['Police Scotland said the man was arrested.', 'Police Scotland'],
  ])('%j -> %s, never a fragment', (text, name) => {
    expect(orgs(analyze(text)).map(o => o.replace(/ \(.*/, ''))).toEqual([name]);
  });
});
