// Titles told around a courtesy title or set off by commas, as outlets writing English as a second language often
// write them (invented sentences): an honorific between a title and the name, a title opening a clause after a
// comma, a demonym-led title opening the sentence. Each with a trap.
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from './analyze-article';
import { rolesOf } from '../testing/roles-of';

const analyze = (text: string): ArticleAnalysis => analyzeArticle({ path: 'test.txt', text });
const namesOf = (text: string): string[] => [...analyze(text).entities.values()].map(e => e.name);

describe('titles around courtesy titles and commas', () => {
  it.each([
    [
      'The former UN envoy to Sendal Mr. Halvard Nyquist also attended the talks.',
      'Halvard Nyquist',
      'envoy to Sendal',
    ],
    [
      'Officials met the Sendali deputy foreign minister Mrs. Oyelaran Funke at the ministry.',
      'Oyelaran Funke',
      'deputy foreign minister',
    ],
    [
      'Speaking on Monday, spokesman of the foreign ministry, Amb. Ruslan Tebbit said the visit had gone well.',
      'Ruslan Tebbit',
      'spokesman of the foreign ministry',
    ],
    [
      'Marovian special envoy, Imre Kovalik, held talks with the delegation on Tuesday.',
      'Imre Kovalik',
      'special envoy',
    ],
    ['The visit was hosted by President Dr. Anatol Verescu in Karsk.', 'Anatol Verescu', 'President'],
    [
      'Caremark met on Monday. "Nobody asked us," said its regional organiser, Declan Morrow.',
      'Declan Morrow',
      'regional organiser',
    ],
    [
      '"It gives us eyes," said Renata Solberg, President and Chief Executive Officer of Velocore Systems.',
      'Renata Solberg',
      'Chief Executive Officer of Velocore Systems',
    ],
    ['Also present were the Emir of Dorin, HRH Alhaji Sani Musa, and others.', 'Sani Musa', 'Emir of Dorin'],
    [
      'Minister for Climate Change Rhodri Vaughan will make a statement on Tuesday.',
      'Rhodri Vaughan',
      'Minister for Climate Change',
    ],
    ['Labour Minister Joseph Mwamba announced the ban on Monday.', 'Joseph Mwamba', 'Labour Minister'],
    // an occupation before the name, with the word naming its trade
    [
      'The paper said Oona Tressider met the art dealer Lucan Marsh-Day in May.',
      'Lucan Marsh-Day',
      'art dealer',
    ],
    ['The sale was handled by the auctioneer Greta Olufemi on Monday.', 'Greta Olufemi', 'auctioneer'],
    // a title saying its holder has retired, before the name
    [
      'The ruling is due on Friday, said the chair of the panel, judge in retirement Perrin Valcourt.',
      'Perrin Valcourt',
      'judge in retirement',
    ],
    ['The report was written by professor emeritus Ivo Quarrell.', 'Ivo Quarrell', 'professor emeritus'],
    // a community's office in an apposition; the chair of a body told by its relative clause
    [
      'Piet Olund, an elder of the Tarn Valley Council, met the minister.',
      'Piet Olund',
      'elder of the Tarn Valley Council',
    ],
    [
      'She was questioned by the Research Integrity Panel, which is chaired by Professor Emeka Vandross of the law faculty.',
      'Emeka Vandross',
      'chair',
    ],
    // a capitalised title after a state's possessive, set off by commas (the 's read as a word of its own)
    ['Drelland’s President, Bertil Hammar, said he would receive the envoy.', 'Bertil Hammar', 'President'],
    ["Marovia's Prime Minister, Lena Dorsk, left early.", 'Lena Dorsk', 'Prime Minister'],
  ])('%j -> %s holds %s', (text, name, role) => {
    expect(rolesOf(text, name)).toContain(role);
  });

  it('reads West African and South Asian courtesy titles as no part of the name', () => {
    const names = namesOf(
      'The chairman of the chamber, Engr. Bashir Olawale, spoke first. Later H.E. Kovalik thanked Bashir Olawale.',
    );
    expect(names).toContain('Bashir Olawale');
    expect(names).not.toContain('H.E. Kovalik');
  });

  it.each([
    // a courtesy title alone names no role, and "Dr." closing a title is dropped from it
    ['The visit was hosted by Mr. Anatol Verescu in Karsk.', 'Anatol Verescu', 'Mr'],
    ['The visit was hosted by President Dr. Anatol Verescu in Karsk.', 'Anatol Verescu', 'President Dr'],
    // a comma after a place complement is no clause opening a title
    ['Talks in Karsk, envoy Imre Kovalik said, had gone well.', 'Imre Kovalik', 'Karsk'],
    // the possessive determiner opens the title and stays out of it
    [
      'Caremark met. Later its regional organiser, Declan Morrow, said so.',
      'Declan Morrow',
      'its regional organiser',
    ],
    // "and" after an apposition's comma coordinates people, not titles
    ['Ana Duarte, the mayor, and Tom Hale, the treasurer, met.', 'Ana Duarte', 'treasurer'],
    // a chair told of another body's relative clause, with a verb between, is no chair of it
    ['The Tarn Board met, which was reported by Professor Emeka Vandross.', 'Emeka Vandross', 'chair'],
    // "in retirement" after no role head is no title
    ['Living in retirement Ana Duarte wrote a book.', 'Ana Duarte', 'in retirement'],
    // a comma before a closing quotation mark ends the quotation: what follows is the speaker, no apposition
    [
      'Oona Tressider met Lucan Marsh-Day. "She has never met Mr Marsh-Day," a spokesman said.',
      'Lucan Marsh-Day',
      'spokesman',
    ],
  ])('%j does not give %s the role %s', (text, name, role) => {
    expect(rolesOf(text, name)).not.toContain(role);
  });
});

describe('a policy area before a minister is the portfolio, not a party', () => {
  it('keeps the party for a member of parliament', () => {
    const a = analyze('Labour Minister Joseph Mwamba announced the ban. Labour MP Ana Duarte objected.');
    const labour = [...a.entities.values()].filter(e => e.name === 'Labour Party');
    expect(labour).toHaveLength(1);
    const mwamba = [...a.entities.values()].find(e => e.name === 'Joseph Mwamba');
    expect(mwamba?.roles.map(r => r.organizationId)).toEqual([null]);
  });
});
