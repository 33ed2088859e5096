// Slots only a person fills (entities/person-slots.ts, lexicon/person-slots.ts): a name of words the tagger does not
// know as names, written without a title, is a person's there. One row per slot: invented examples that must give
// the person, and traps of the same shape (places, venues, bodies, works, headlines) that must not.
import { analyzeArticle } from './analyze-article';

interface SlotRow {
  id: string;
  examples: string[];
  persons: string[];
  traps: string[];
  notPersons: string[];
}

const SLOTS: SlotRow[] = [
  {
    id: 'partner-noun-with',
    examples: [
      'Culture Minister Aino Pell flew in on Tuesday. Later she had breakfast with Kelda Marr and Osric Venn.',
      'The envoy held talks with Jarlo Feist in the evening, then had a meeting with Rune Castell.',
      'Dinner with Senna Morrow ran late, the governor said.',
    ],
    persons: ['Kelda Marr', 'Osric Venn', 'Jarlo Feist', 'Rune Castell', 'Senna Morrow'],
    traps: [
      'The minister held talks with Ostra Telecom on Monday and had lunch at Port Selden.',
      'She dined with Grand Harbour staff and signed a deal with Velcor Axon.',
      'Talks with Redmarsh Rovers fans stalled in New Tarrow.',
    ],
    notPersons: [
      'Ostra Telecom',
      'Port Selden',
      'Grand Harbour',
      'Velcor Axon',
      'Redmarsh Rovers',
      'New Tarrow',
    ],
  },
  {
    id: 'infinitive-person-verb',
    examples: [
      'Culture Minister Aino Pell went to see Ferris Wald on Tuesday.',
      'The governor is due to meet Oda Fenn next week.',
      'Organisers said they would thank Brisa Lunn at the close.',
    ],
    persons: ['Ferris Wald', 'Oda Fenn', 'Brisa Lunn'],
    traps: [
      'The delegates went to see Port Selden and agreed to meet Halden Mutual officials.',
      'Minister Meets Union Chiefs',
    ],
    notPersons: ['Port Selden', 'Halden Mutual', 'Union Chiefs', 'Minister Meets'],
  },
  {
    id: 'company-verb-object-with',
    examples: [
      'The envoy toured the site with Ilka Dorne on Monday.',
      'Governor Edda Voss walked the new wards with Tobin Prael.',
      'He spent the evening with Marit Quell.',
    ],
    persons: ['Ilka Dorne', 'Tobin Prael', 'Marit Quell'],
    traps: [
      'Later Tuesday she toured the site with Marlow Holdings.',
      'The firm signed a long contract with Quorrin Vale.',
    ],
    notPersons: ['Marlow Holdings', 'Quorrin Vale', 'Later Tuesday'],
  },
  {
    id: 'spoken-to',
    examples: [
      'The mayor spoke to Idris Kallow by phone on Monday.',
      'Reporters saw him talking to Wren Soller outside.',
    ],
    persons: ['Idris Kallow', 'Wren Soller'],
    traps: ['The minister spoke to Ostra Telecom and then flew to New Tarrow.'],
    notPersons: ['Ostra Telecom', 'New Tarrow'],
  },
];

function personsOf(text: string): string[] {
  const analysis = analyzeArticle({ path: 'invented.txt', text });
  return [...analysis.entities.values()].filter(e => e.label === 'Person').map(e => e.name);
}

describe('slots only a person fills make a bare name a person', () => {
  it.each(SLOTS.map(r => [r.id, r] as const))('%s: examples', (_id, row) => {
    const found = row.examples.flatMap(personsOf);
    for (const name of row.persons) expect(found).toContain(name);
  });

  it.each(SLOTS.map(r => [r.id, r] as const))('%s: traps', (_id, row) => {
    const found = row.traps.flatMap(personsOf);
    for (const name of row.notPersons) expect(found).not.toContain(name);
  });

  it('a name modifying the noun after it is not the partner ("met Halden Mutual officials")', () => {
    const found = personsOf('The minister met Kelsport Dock officials and dined with Grand Harbour staff.');
    expect(found).not.toContain('Kelsport Dock');
    expect(found).not.toContain('Grand Harbour');
  });
  it('a name ending with "Mutual" is a company, not a person met ("Later Monday the group met Halden Mutual")', () => {
    const analysis = analyzeArticle({
      path: 'invented.txt',
      text: 'Later Monday the group met Halden Mutual and held talks with Ostra Telecom.',
    });
    const found = [...analysis.entities.values()].map(e => `${e.label}:${e.name}`);
    expect(found).toContain('Organization:Halden Mutual');
    expect(found).not.toContain('Person:Halden Mutual');
    expect(found).not.toContain('Person:Later Monday');
  });
  it('a work or product after a verb of making or publishing is no person (WORK_VERBS)', () => {
    const found = personsOf(
      'He read Silent Orchard twice. The company launched Orvan Pulse last year. The press published Grey Tallow in May.',
    );
    expect(found).not.toContain('Silent Orchard');
    expect(found).not.toContain('Orvan Pulse');
    expect(found).not.toContain('Grey Tallow');
    // "released" is no work verb: prisoners are released
    expect(personsOf('Guards released Dorin Task on Friday after a week.')).toContain('Dorin Task');
  });
});
