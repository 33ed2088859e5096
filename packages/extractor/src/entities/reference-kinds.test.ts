// Kinds of reference real news makes — a description, a pronoun or a short form standing for an entity named
// elsewhere in the article — one row each: an invented example whose referring words must point to the entity,
// and a trap of the same shape where they must not.
import { analyzeArticle } from './analyze-article';
import { rolesOf } from '../testing/roles-of';

interface ReferenceKind {
  id: string;
  example: string;
  /** [referring words as written (n-th occurrence after '#', first by default), the entity's name] */
  resolves: [surface: string, name: string][];
  trap: string;
  /** [referring words, a name they must not point to ('*' for any entity)] */
  mustNot: [surface: string, name: string][];
}

const REFERENCE_KINDS: ReferenceKind[] = [
  {
    id: 'an-object-pronoun-is-never-its-verbs-subject',
    example:
      'Ada Moll chairs the association. On Tuesday she was in Tarnow, where the minister, Halima Vost, received her and the elder Piet Olund.',
    // (the first "her" of the text stands inside "where")
    resolves: [['her#2', 'Ada Moll']],
    trap: 'Ada Moll chairs the association. On Monday Halima Vost received her at the ministry.',
    mustNot: [['her', 'Halima Vost']],
  },
  {
    id: 'a-role-set-off-by-a-comma-before-the-name-it-describes',
    example:
      'Oren Vale, chief executive of Pell Shipping, met the union. Tarn Freight was represented by its chief executive, Ida Marsh, on Monday.',
    resolves: [['its chief executive', 'Ida Marsh']],
    trap: 'Oren Vale, chief executive of Pell Shipping, met the union. Tarn Freight said its chief executive would resign.',
    mustNot: [['its chief executive', 'Oren Vale']],
  },
  {
    id: 'a-public-body-by-its-common-noun-alone',
    example:
      "Norvalia's coast guard seized the ship on Tuesday. The coast guard said the crew had been warned.",
    resolves: [['coast guard#2', 'Norvalia coast guard']],
    trap: "Norvalia's border guard seized the ship on Tuesday. The coast guard said the crew had been warned.",
    mustNot: [['coast guard', 'Norvalia border guard']],
  },
  {
    id: 'a-body-by-the-head-of-its-name',
    example:
      'Families wrote to the Marrowdale Hospitals Trust in May. The trust said it would review every case.',
    resolves: [['trust', 'Marrowdale Hospitals Trust']],
    trap: 'Families wrote to the Marrowdale Hospitals Trust in May. The board said it would review every case.',
    mustNot: [['board', '*']],
  },
  {
    id: 'a-company-by-its-trade',
    example: 'Harlow Parts Company makes the ferry engines. The supplier said the parts would arrive in May.',
    resolves: [['supplier', 'Harlow Parts Company']],
    trap: 'Skerry Ferry Company employs forty people at the yard. The crane driver said the yard was unsafe.',
    mustNot: [['driver', '*']],
  },
  {
    id: 'a-body-by-the-head-before-its-of',
    example: 'The Ministry of Upland Affairs opened a fund. The ministry said the fund would close in May.',
    resolves: [['ministry', 'Ministry of Upland Affairs']],
    trap: 'The Ministry of Upland Affairs opened a fund. The agency said the fund would close in May.',
    mustNot: [['agency', '*']],
  },
  {
    id: 'a-regulator-by-its-class',
    example:
      'The Rivers and Coastal Waters Authority fined the firm on Monday. The regulator said its ruling was final.',
    resolves: [['regulator', 'Rivers and Coastal Waters Authority']],
    trap: 'The Rivers Authority and the Data Commission fined the firm on Monday. The regulator said its ruling was final.',
    mustNot: [['regulator', '*']],
  },
  {
    id: 'organization-modifier-description',
    example:
      'Senior Norvik official Ana Duarte arrived on Monday. The Norvik envoy also met with local farmers.',
    resolves: [['envoy', 'Ana Duarte']],
    trap: 'Norvik official Ana Duarte and Norvik adviser Lena Ortiz arrived. The Norvik envoy also met with farmers.',
    mustNot: [['envoy', '*']],
  },
  {
    id: 'lede-description-introduces-the-next-opener',
    example:
      'Tempers flared as the Norvik president accused Mayor Hale of shouting. Lena Ortiz says he swore at her.',
    resolves: [['president', 'Lena Ortiz']],
    trap: 'Tempers flared as the Norvik president accused Mayor Hale of shouting. Lena Ortiz, a teacher, says he swore.',
    mustNot: [['president', '*']],
  },
  {
    id: 'state-modifier-needs-the-title',
    example: 'Chilean Foreign Minister Ana Duarte arrived on Monday. The Chilean minister met farmers.',
    resolves: [['Chilean minister', 'Ana Duarte']],
    trap: 'Chilean Foreign Minister Ana Duarte arrived on Monday. The Chilean envoy met farmers.',
    mustNot: [
      ['Chilean envoy', '*'],
      ['envoy', '*'],
    ],
  },
  {
    id: 'organization-owner-description',
    example:
      "Tom Marsh, a Brightloop executive, flew in. Brightloop was fined. The company's chief executive said sorry.",
    resolves: [['chief executive', 'Tom Marsh']],
    trap: "Tom Marsh, a Brightloop adviser, flew in. Lena Ortiz, a Brightloop director, too. The company's chief executive said sorry.",
    mustNot: [['chief executive', '*']],
  },
  {
    id: 'description-named-later-in-the-article',
    example: [
      'Tom Marsh had met the state premier of Velland last week.',
      'The talks were cordial.',
      'Shares rose.',
      'Analysts were surprised.',
      'Markets closed higher.',
      'State premier Lena Ortiz has said she would fight for the plant.',
    ].join(' '),
    resolves: [['state premier', 'Lena Ortiz']],
    trap: [
      'Tom Marsh had met the premier last week.',
      'The talks were cordial.',
      'Shares rose.',
      'Analysts were surprised.',
      'Markets closed higher.',
      'Premier Lena Ortiz has said she would fight for the plant.',
    ].join(' '),
    mustNot: [['premier', '*']],
  },
  {
    id: 'capitalised-description-with-its-title-words',
    example:
      'Health Secretary Tom Marsh wrote to the union. General secretary Lena Ortiz replied. The union met the Health Secretary twice.',
    resolves: [['Health Secretary#2', 'Tom Marsh']],
    trap: 'Health Secretary Tom Marsh wrote to the union. General secretary Lena Ortiz replied. The union met the General Secretary twice.',
    mustNot: [['General Secretary', 'Tom Marsh']],
  },
  {
    id: 'acronym-never-defined',
    example:
      'The Harbour Pilots Union has told the minister it will strike. The HPU said it had met him twice.',
    resolves: [
      ['HPU', 'Harbour Pilots Union'],
      ['it#2', 'Harbour Pilots Union'],
    ],
    trap: 'The Harbour Pilots Union has told the minister it will strike. The HBU said it had met him twice.',
    mustNot: [['HBU', 'Harbour Pilots Union']],
  },
  {
    id: 'gender-stated-before-pronouns-resolve',
    example:
      'Pupils accused Mayor Okafor of shouting at her. Later Okafor said he would not comment on his talks with Lena Ortiz.',
    resolves: [['his', 'Okafor']],
    trap: 'Pupils accused Mayor Okafor of shouting at her. Later Okafor said she would not comment on his talks with Tom Hale.',
    mustNot: [['his', 'Okafor']],
  },
  {
    id: 'possessor-of-a-person-noun-is-no-antecedent',
    example:
      "Lena Ortiz toured the school. President Okafor's cabinet pick, praised for her energy, spoke to pupils.",
    resolves: [['her', 'Lena Ortiz']],
    trap: "Lena Ortiz toured the school. Mayor Ana Okafor's speech, praised for her energy, moved pupils.",
    mustNot: [['her', 'Lena Ortiz']],
  },
  {
    id: 'first-person-in-a-quotation-is-its-speaker',
    example:
      'Talks resumed. "We met the union twice and I was pleased," Ana Duarte said. Tom Hale said: "My door is open."',
    resolves: [
      ['We', 'Ana Duarte'],
      ['I', 'Ana Duarte'],
      ['My', 'Tom Hale'],
    ],
    trap: 'Talks resumed. "We met the union twice and I was pleased." Ana Duarte left early. Tom Hale said that "my door" was open.',
    mustNot: [
      ['We', '*'],
      ['I', '*'],
      ['my', '*'],
    ],
  },
  {
    id: 'narrator-pronoun-never-points-into-first-person',
    example: '"I met him once," Ana Duarte said. She added that the talks were useful.',
    resolves: [['She', 'Ana Duarte']],
    trap: '"I met her once," Tom Hale said of Ana Duarte. He added that the talks were useful.',
    mustNot: [['He', 'Ana Duarte']],
  },
  {
    id: 'coordinated-given-names-share-the-family-name',
    example: 'Outside the court, Ana and Tomas Weller said they would appeal.',
    resolves: [
      ['Ana', 'Ana Weller'],
      ['Tomas Weller', 'Tomas Weller'],
    ],
    trap: 'Outside the court, Brightloop and Tomas Weller said they would appeal.',
    mustNot: [['Brightloop', 'Brightloop Weller']],
  },
  {
    id: 'pair-reference-is-the-last-coordinated-pair',
    example:
      'Negotiators for Brightloop and the Harbour Pilots Union met on Monday. Both sides declined to comment.',
    resolves: [
      ['Both sides', 'Brightloop'],
      ['Both sides', 'Harbour Pilots Union'],
    ],
    trap: 'Negotiators for Brightloop met the mayor on Monday. Both sides declined to comment.',
    mustNot: [['Both sides', '*']],
  },
  {
    id: 'pair-of-people-takes-two-people',
    example: 'Ana Duarte and Tom Hale shook hands in Lisbon. The two leaders then drove to a hotel.',
    resolves: [
      ['The two leaders', 'Ana Duarte'],
      ['The two leaders', 'Tom Hale'],
    ],
    trap: 'Ana Duarte and Brightloop signed the deal in Lisbon. The two leaders then drove to a hotel.',
    mustNot: [['The two leaders', '*']],
  },
];

function pointsTo(text: string, surface: string): string[] {
  const analysis = analyzeArticle({ path: 'invented.txt', text });
  const [words, nth] = surface.split('#') as [string, string | undefined];
  const at = nthIndex(text, words, Number(nth ?? 1));
  return analysis.mentions
    .filter(m => m.start === at && m.surface === words)
    .map(m => analysis.entities.get(m.entityId)?.name ?? m.entityId);
}

function nthIndex(text: string, words: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(words, at + 1);
  return at;
}

describe('reference kinds of real news (each: its example resolves, its trap does not)', () => {
  it.each(REFERENCE_KINDS.map(k => [k.id, k] as const))('%s: example', (_id, kind) => {
    for (const [surface, name] of kind.resolves) {
      const found = pointsTo(kind.example, surface);
      expect(found).toContain(name);
      // one entity per reference, except a pair reference ("both sides"), which stands for two
      expect(found.length).toBe(kind.id.startsWith('pair-') ? 2 : 1);
    }
  });

  it.each(REFERENCE_KINDS.map(k => [k.id, k] as const))('%s: trap', (_id, kind) => {
    for (const [surface, name] of kind.mustNot) {
      const found = pointsTo(kind.trap, surface);
      if (name === '*') expect(found).toEqual([]);
      else expect(found).not.toContain(name);
    }
  });
});

interface RoleKind {
  id: string;
  example: string;
  /** [person, role the reference gives them] */
  gives: [person: string, role: string];
  trap: string;
}

// References that give a person a role: the role is scored, and a resolved description should not lose it
const ROLE_KINDS: RoleKind[] = [
  {
    id: 'organization-modifier-description-gives-its-role',
    example:
      'Senior Norvik official Ana Duarte arrived on Monday. The Norvik envoy also met with local farmers.',
    gives: ['Ana Duarte', 'envoy'],
    trap: 'Senior Norvik official Ana Duarte arrived on Monday. The Norvik envoys also met with local farmers.',
  },
  {
    id: 'counterpart-holds-the-owner-title',
    example:
      'Talks ended after a meeting between Brightloop chief executive Tom Hale and his Norvik counterpart, Lena Ortiz.',
    gives: ['Lena Ortiz', 'chief executive'],
    trap: 'Talks ended after a dinner between Brightloop chief executive Tom Hale and his wife, Lena Ortiz.',
  },
];

describe('references that give a role (each: its example gives it, its trap does not)', () => {
  it.each(ROLE_KINDS.map(k => [k.id, k] as const))('%s', (_id, kind) => {
    const [person, role] = kind.gives;
    expect(rolesOf(kind.example, person)).toContain(role);
    expect(rolesOf(kind.trap, person)).not.toContain(role);
  });
});
