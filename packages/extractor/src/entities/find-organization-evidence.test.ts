// Invented sentences: a name without lexicon entry or head word is an organization when the syntax says so.
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from './analyze-article';

const analyze = (text: string): ArticleAnalysis => analyzeArticle({ path: 'test.txt', text });
const orgs = (a: ArticleAnalysis): string[] =>
  [...a.entities.values()]
    .filter(e => e.label === 'Organization')
    .map(e => `${e.name} (${e.kind})`)
    .sort();
const people = (a: ArticleAnalysis): string[] =>
  [...a.entities.values()]
    .filter(e => e.label === 'Person')
    .map(e => e.name)
    .sort();
const roles = (a: ArticleAnalysis, name: string): string[] => {
  const e = [...a.entities.values()].find(x => x.name === name);
  return (e?.roles ?? []).map(
    r => `${r.role}@${r.organizationId ? a.entities.get(r.organizationId)?.name : '-'}`,
  );
};

describe('organizations from syntax', () => {
  it.each([
    [
      'Regulators opened an inquiry into Brightloop Apps, the maker of a popular fitness tracker.',
      'Brightloop Apps (company)',
    ],
    ['Consumer group FAIRCO accused the bank of hiding fees.', 'FAIRCO (other)'],
    ['Savers were angry when the regulator OFTRA said it would not act.', 'OFTRA (government)'],
    ['The Evening Ledger revealed that the club had been sold.', 'Evening Ledger (media)'],
    ['The Sunday Herald reported that the minister had resigned.', 'Sunday Herald (media)'],
    ['Voltana, the carmaker, said it would appeal.', 'Voltana (company)'],
    ["Shares fell after Quillon's chief executive resigned.", 'Quillon (company)'],
    ['The leader of the Green Alliance, Pavel Rusnak, called for new elections.', 'Green Alliance (party)'],
  ])('%j -> %j', (text, expected) => {
    expect(orgs(analyze(text))).toContain(expected);
  });

  // names the tagger takes for a person's (unknown capitalised words, "charity" read as a first name)
  it.each([
    ['The charity Velmore Dunn said it had run out of beds.', 'Velmore Dunn (other)'],
    ['The campaign group Orla Finch said the permits were too lax.', 'Orla Finch (other)'],
    ['Velmore Dunn, a campaign group, said the permits were too lax.', 'Velmore Dunn (other)'],
    ['Velmore Dunn, an NGO working with farmers, said the law was unjust.', 'Velmore Dunn (other)'],
    ['Velmore Dunn, a charity that helps refugees, said the camp was full.', 'Velmore Dunn (other)'],
  ])('a class noun before or in an apposition after a person-like name: %j', (text, expected) => {
    expect(orgs(analyze(text))).toEqual([expected]);
  });

  it.each([
    ['The union leader Maria Costa said the plan was flawed.', 'Maria Costa'],
    ['Maria Costa, a member of the group, said the plan was flawed.', 'Maria Costa'],
    ['Tom Velmore, a trust fund manager, said the plan was flawed.', 'Tom Velmore'],
    ["The charity's Mr Velmore Dunn said the beds were full.", 'Velmore Dunn'],
  ])('a person after a role or with a role in apposition stays a person: %j', (text, expected) => {
    expect(people(analyze(text))).toEqual([expected]);
  });

  it('makes the name before a role its employer', () => {
    const a = analyze(
      'Investors sold after Brightloop chief executive Mara Voss quit. A Brightloop spokeswoman, Ines Kallio, refused to comment.',
    );
    expect(orgs(a)).toEqual(['Brightloop (company)']);
    expect(roles(a, 'Mara Voss')).toEqual(['chief executive@Brightloop']);
    expect(roles(a, 'Ines Kallio')).toEqual(['spokeswoman@Brightloop']);
  });

  it('keeps a common noun opening a sentence and a person before a role out of organizations', () => {
    const a = analyze(
      "Property developer Gus Harlow bought the site. Finance Minister Ana Duarte met him. Duarte's spokeswoman Lena Ortiz said so.",
    );
    expect(orgs(a)).toEqual([]);
    expect(people(a)).toEqual(['Ana Duarte', 'Gus Harlow', 'Lena Ortiz']);
    expect(roles(a, 'Gus Harlow')).toEqual(['Property developer@-']);
  });

  it.each([
    ['Green MP Ana Pires said the plan was unfair.', 'Green Party (party)', 'MP@Green Party'],
    ['Speaking later, SNP MP Ross Baird said so.', 'SNP (party)', 'MP@SNP'],
  ])('makes the word before a member-of-parliament title a party: %j', (text, org, role) => {
    const a = analyze(text);
    expect(orgs(a)).toEqual([org]);
    const person = people(a)[0] as string;
    expect(roles(a, person)).toEqual([role]);
  });

  it('makes a legislature committee after "sits on the" one committee', () => {
    expect(orgs(analyze('Vance, who sits on the Commons business committee, said no.'))).toEqual([
      'Commons business committee (committee)',
    ]);
  });

  it('reads a plural possessive and the head after it as one name, never the head alone', () => {
    expect(orgs(analyze("Fans were angry. Supporters' Trust chair Martin Cole accused the board."))).toEqual([
      "Supporters' Trust (other)",
    ]);
  });
});

describe('titles after "the" are neither organizations nor people', () => {
  it.each([
    ['The Prime Minister said the plan would work.'],
    ['The Foreign Secretary wrote that talks had failed.'],
    ['The Attorney General claimed otherwise.'],
    ['The Chief Executive said profits rose.'],
  ])('%j -> no entity', text => {
    expect([...analyze(text).entities.values()]).toEqual([]);
  });

  it('makes a one-word name after "the" with a speech verb an organization', () => {
    expect(orgs(analyze('The Lakers said the deal was off.'))).toEqual(['Lakers (other)']);
  });
});
