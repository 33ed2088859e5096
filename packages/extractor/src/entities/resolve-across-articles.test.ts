import { analyzeArticle } from './analyze-article';
import { resolveAcrossArticles } from './resolve-across-articles';

const batch = (...texts: string[]) =>
  resolveAcrossArticles(texts.map((text, i) => analyzeArticle({ path: `${i}.txt`, text })));

describe('resolveAcrossArticles', () => {
  it('gives a surname-only person in one article the id of the full name in another', () => {
    const [a, b] = batch('Striker Tom Hale scored twice on Saturday.', 'Hale said the win mattered.');
    const hale = b?.mentions.find(m => m.surface === 'Hale');
    expect(hale?.entityId).toBe('person:tom-hale');
    expect(a?.entities.get('person:tom-hale')?.aliases).toEqual(['Hale', 'Tom Hale']);
  });

  it('joins an unqualified institution to the qualified one with the same words', () => {
    const [a, b, c] = batch(
      'The Department of Energy said prices would fall.',
      'The US Energy Department said prices would fall.',
      'The Energy Department declined to comment.',
    );
    const ids = [a, b, c].map(x => [...(x?.entities.keys() ?? [])]);
    expect(ids).toEqual([
      ['organization:us-energy-department'],
      ['organization:us-energy-department'],
      ['organization:us-energy-department'],
    ]);
  });

  it('joins a one-word organization to the one longer name another article also wrote that way', () => {
    const [a, b, c] = batch(
      'Marlow City chairman Tomas Weller met Ana Lopes on Monday. Marlow would not sell the striker, he said.',
      'A Marlow spokesperson said on Tuesday that the striker was not for sale.',
      'Marlow Rovers beat Kelsport Athletic on Saturday.',
    );
    expect([...(b?.entities.keys() ?? [])]).toContain('organization:marlow-city');
    expect([...(a?.entities.keys() ?? [])]).toContain('organization:marlow-city');
    // a longer name no article shortened to "Marlow" is not joined
    expect([...(c?.entities.keys() ?? [])]).toContain('organization:marlow-rovers');
  });

  it('joins a one-word name one article read as a person to the company another article shortened to it', () => {
    const [a, b, c] = batch(
      'Tarnwell Records chairman Ivo Lund met the singer. Tarnwell declined to comment.',
      'The singer has accused Tarnwell of holding her songs hostage. Tarnwell insists the album was never delivered.',
      'Striker Tom Hale scored twice. Hale said the win mattered, and Kessel agreed.',
    );
    expect([...(a?.entities.keys() ?? [])]).toContain('organization:tarnwell-records');
    expect(b?.entities.get('organization:tarnwell-records')?.label).toBe('Organization');
    expect([...(b?.entities.keys() ?? [])]).not.toContain('person:tarnwell');
    // a family name of a person in the batch is never a company's short form
    expect([...(c?.entities.keys() ?? [])]).toContain('person:tom-hale');
  });

  it('keeps a one-word person who has a role or a gender out of a company of the same word', () => {
    const [, b] = batch(
      'Tarnwell Records chairman Ivo Lund met the singer. Tarnwell declined to comment.',
      'Coach Tarnwell said he was proud of his players.',
    );
    expect([...(b?.entities.keys() ?? [])]).not.toContain('organization:tarnwell-records');
  });

  it("joins a state's government named by its demonym to that state", () => {
    const [a, b] = batch(
      "Velaria's foreign minister met Ana Lopes. Velaria said the talks went well.",
      'The Velarian government said the talks went well.',
    );
    expect([...(a?.entities.keys() ?? [])]).toContain('organization:velaria');
    expect([...(b?.entities.keys() ?? [])]).toEqual(['organization:velaria']);
  });

  it('gives an entity named in several articles the written forms of every article', () => {
    const [a, b] = batch(
      'Republican Ana Lopes met the mayor on Monday.',
      'Tomas Weller courted Republicans on Tuesday.',
    );
    const forms = (x: typeof a) => x?.entities.get('organization:republican-party')?.aliases ?? [];
    expect(forms(a)).toEqual(expect.arrayContaining(['Republican', 'Republicans']));
    expect(forms(b)).toEqual(expect.arrayContaining(['Republican', 'Republicans']));
  });

  it('joins one person whose given name two outlets transliterate differently', () => {
    const [a, b, c] = batch(
      'Yury Sokolov met Aleksandr Belov on Monday.',
      'Yuri Sokolov and Alexander Belov talked again on Tuesday.',
      'Mark Belov and Marta Belov opened the shop.',
    );
    expect([...(a?.entities.keys() ?? [])].sort()).toEqual([...(b?.entities.keys() ?? [])].sort());
    expect([...(c?.entities.keys() ?? [])].sort()).toEqual(['person:mark-belov', 'person:marta-belov']);
  });

  it('keeps two people who only share a surname apart when both are written in full', () => {
    const [a, b] = batch('Maria Lopez won the race.', 'Carlos Lopez lost the race.');
    expect([...(a?.entities.keys() ?? [])]).toEqual(['person:maria-lopez']);
    expect([...(b?.entities.keys() ?? [])]).toEqual(['person:carlos-lopez']);
  });

  it('rewrites role organizations to the merged ids', () => {
    const [, b] = batch(
      'The Portuguese Foreign Ministry said so.',
      'Foreign Ministry spokesman Rui Alves said the talks would resume.',
    );
    const alves = b?.entities.get('person:rui-alves');
    expect(alves?.roles.map(r => r.organizationId)).toEqual(['organization:portuguese-foreign-ministry']);
  });
});
