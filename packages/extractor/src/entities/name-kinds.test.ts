// Kinds of names real news writes that the name steps must read, one row each: an invented example that must give
// the entity, and a trap of the same shape that must not.
import { analyzeArticle } from './analyze-article';

interface NameKind {
  id: string;
  example: string;
  expected: [label: 'Person' | 'Organization', name: string][];
  trap: string;
  notExpected: [label: 'Person' | 'Organization', name: string][];
}

const NAME_KINDS: NameKind[] = [
  {
    id: 'an-occupation-of-schools-churches-police-or-the-land-before-a-name',
    example:
      'Headteacher Orla Quaid welcomed Detective Sergei Mabry to the school on Tuesday. Vicar Anneke Tolland and ' +
      'sheep farmer Bram Ostler joined them.',
    expected: [
      ['Person', 'Orla Quaid'],
      ['Person', 'Sergei Mabry'],
      ['Person', 'Anneke Tolland'],
      ['Person', 'Bram Ostler'],
    ],
    trap: 'Dean Harrow told reporters the school would reopen.',
    notExpected: [
      ['Person', 'Headteacher Orla Quaid'],
      ['Person', 'Harrow'],
    ],
  },
  {
    id: 'a-company-by-a-proper-word-and-an-industry-head-then-its-first-word-alone',
    example:
      'Rival label boss Tom Hale-Kerr of Brindle Music was seen at the gala on Sunday. Brindle declined to comment. ' +
      'Editor Mia Crane of Lorrow Publishing said the book was pulled. Staff at Glenna Dairies were told of job cuts, ' +
      'and Glenna said demand had fallen. A pilot from Averly Aviation was hurt. Kelby Pictures, which made the film, ' +
      'will appeal. Workers at Dorrow Records walked out; Kellan Farms cut prices.',
    expected: [
      ['Person', 'Tom Hale-Kerr'],
      ['Organization', 'Brindle Music'],
      ['Organization', 'Lorrow Publishing'],
      ['Organization', 'Glenna Dairies'],
      ['Organization', 'Averly Aviation'],
      ['Organization', 'Kelby Pictures'],
      ['Organization', 'Dorrow Records'],
      ['Organization', 'Kellan Farms'],
    ],
    trap: 'Ms Farmer said the plan was sound. Tom Mills told reporters he agreed. Ann Records, a teacher, and Lena Steel were pleased.',
    notExpected: [
      ['Person', 'Brindle'],
      ['Person', 'Glenna'],
      ['Organization', 'Tom Mills'],
      ['Organization', 'Ann Records'],
      ['Organization', 'Lena Steel'],
    ],
  },
  {
    id: 'a-maker-by-an-engineering-trade-word',
    example:
      'Ivo Lund is due to meet executives of the engine maker, Orlen Propulsion, on Thursday. Vask Avionics, which ' +
      'supplies the cockpit displays, said it was cooperating. Staff at Tarrow Turbines were told of the delay, ' +
      'according to a memo seen by Harbour Weekly.',
    expected: [
      ['Organization', 'Orlen Propulsion'],
      ['Organization', 'Vask Avionics'],
      ['Organization', 'Tarrow Turbines'],
      ['Organization', 'Harbour Weekly'],
    ],
    trap: 'Propulsion engineer Ivo Lund said the turbines were old.',
    notExpected: [
      ['Organization', 'Ivo Lund'],
      ['Person', 'Propulsion'],
    ],
  },
  {
    id: 'a-body-told-by-an-apposition-with-a-participle',
    example:
      'The singer met the label boss at Ollin Vance, the city law firm acting for her. Carrow Pike, a firm hired by ' +
      'the council, drew up the plan. Dunmore Quay, a company owned by two brothers, objected.',
    expected: [
      ['Organization', 'Ollin Vance'],
      ['Organization', 'Carrow Pike'],
      ['Organization', 'Dunmore Quay'],
    ],
    trap: 'Ivo Lund, the lawyer acting for her, said nothing. Mara Kell, a founder known for her candour, agreed.',
    notExpected: [
      ['Organization', 'Ivo Lund'],
      ['Organization', 'Mara Kell'],
    ],
  },
  {
    id: 'a-firm-named-like-a-person-by-a-post-at-it',
    example:
      'Ines Varga, a partner at Ollin Vance, said the talks failed. Ana Reyes, an analyst at Hobart Quill, agreed.',
    expected: [
      ['Person', 'Ines Varga'],
      ['Organization', 'Ollin Vance'],
      ['Organization', 'Hobart Quill'],
    ],
    trap: "The lawyer of Tom Bell said nothing. Ana Reyes, the secretary at Mary Colton's office, said no.",
    notExpected: [
      ['Organization', 'Tom Bell'],
      ['Organization', 'Mary Colton'],
    ],
  },
  {
    id: 'a-standing-word-before-a-member-title-names-no-party',
    example: 'Green MP Ana Pires and Opposition MP Ada Rusk spoke.',
    expected: [
      ['Person', 'Ana Pires'],
      ['Person', 'Ada Rusk'],
      ['Organization', 'Green Party'],
    ],
    trap: 'Opposition MP Ada Rusk said the vote was rigged. Independent MP Sara Lind agreed. Backbench MPs walked out.',
    notExpected: [
      ['Organization', 'Opposition Party'],
      ['Organization', 'The Independent'],
      ['Organization', 'Backbench Party'],
    ],
  },
  {
    id: 'a-place-body-with-its-kind-of-place-after-the-name',
    example:
      'Police of Tarnby district said the ring road was closed. The Council of Orlen county met on Monday and Police ' +
      'of Kell county agreed.',
    expected: [
      ['Organization', 'Tarnby district police'],
      ['Organization', 'Orlen county council'],
      ['Organization', 'Kell county police'],
    ],
    trap: 'The Police of Tarnby said the district road was closed.',
    notExpected: [['Organization', 'Tarnby district police']],
  },
  {
    id: 'a-work-or-a-model-named-before-its-noun',
    example: 'Tarn Aerospace jets were grounded on Monday, said Ivo Lund.',
    expected: [['Organization', 'Tarn Aerospace']],
    trap:
      "The row over the 'Ambersky' album grew. The label refused to release Ambersky, which she finished last year. " +
      'Rivo Air kept its nine Merrow 72 turboprops on the ground and the Merrow planes idle. Fans queued for the ' +
      'Tarka tour.',
    notExpected: [
      ['Organization', 'Ambersky'],
      ['Person', 'Ambersky'],
      ['Organization', 'Merrow'],
      ['Organization', 'Tarka'],
      ['Person', 'Tarka'],
    ],
  },
  {
    id: 'a-body-with-british-plural-agreement',
    example: 'PRESENTER: Tarnwell say you never delivered the album. But Vossbridge insist they paid.',
    expected: [
      ['Organization', 'Tarnwell'],
      ['Organization', 'Vossbridge'],
    ],
    trap: 'Fans were angry. Ivo Lund and Mara Kell say no. Let Mara Kell say what she likes.',
    notExpected: [
      ['Organization', 'Fans'],
      ['Organization', 'Ivo Lund'],
      ['Organization', 'Mara Kell'],
    ],
  },
  {
    id: 'a-legislatures-committee-by-its-field',
    example:
      "The science committee wanted to know why the launch went ahead. Ivo Lund, the chairman of parliament's health " +
      'committee, agreed, as did the transport committee chairman Tom Pell. The parliamentary energy committee ' +
      'said nothing.',
    expected: [
      ['Organization', 'energy committee'],
      ['Organization', 'science committee'],
      ['Organization', 'health committee'],
      ['Organization', 'transport committee'],
    ],
    trap: 'The finance committee meeting was delayed, and a science committee will be set up, said Ivo Lund.',
    notExpected: [
      ['Organization', 'finance committee'],
      ['Organization', 'science committee'],
    ],
  },
  {
    id: 'a-ministry-named-by-its-ministers-portfolio',
    example: 'Agriculture Minister Ana Brisk met farmers on Monday. The Ministry is ready for talks.',
    expected: [['Organization', 'agriculture ministry']],
    trap: 'Foreign Minister Ada Rusk and Defence Minister Ivo Lund met. The ministry said nothing.',
    notExpected: [
      ['Organization', 'foreign ministry'],
      ['Organization', 'defence ministry'],
    ],
  },
  {
    id: 'a-regulators-description-and-its-name',
    example:
      "Orlen's aviation regulator kept the planes grounded. Ivo Lund, director of the Aviation Safety Inspectorate, " +
      'met the airline.',
    expected: [['Organization', 'Aviation Safety Inspectorate']],
    trap:
      "Orlen's aviation regulator kept the planes grounded. Ivo Lund, director of the Aviation Safety Inspectorate, " +
      'met the airline.',
    notExpected: [['Organization', 'Orlen aviation regulator']],
  },
  {
    id: 'a-venue-by-its-type-word-and-a-name',
    example:
      'The two men met at Cafe Mora on Tuesday, then at the Lenz Bistro; Hotel Weissberg and Gallery Ostra were full, ' +
      'said Lena Holt. The deal was struck in the Bar Oskar, said Ivo Dent, who recorded at Studio Kettle.',
    expected: [
      ['Person', 'Lena Holt'],
      ['Person', 'Ivo Dent'],
    ],
    trap: 'Cafe owner Tom Bell said rent had doubled. The Bar Council and the Hotel Workers Union objected.',
    notExpected: [
      ['Person', 'Cafe Mora'],
      ['Person', 'Bar Oskar'],
      ['Person', 'Studio Kettle'],
      ['Person', 'Cafe'],
    ],
  },
  {
    id: 'an-unknown-name-as-a-passive-agent-or-a-verbs-partner',
    example:
      'Morgan Tillard was confronted by Ifeoma Ekwueme in the corridor on Monday. Later he was seen strolling with Chidozie Varr in the park, and the delegation, led by industrialist Farouk Haddane, left.',
    expected: [
      ['Person', 'Ifeoma Ekwueme'],
      ['Person', 'Chidozie Varr'],
      ['Person', 'Farouk Haddane'],
    ],
    trap: 'The firm signed a deal with Velcor Axon on Monday after a long row with Quorrin Vale.',
    notExpected: [
      ['Person', 'Velcor Axon'],
      ['Person', 'Quorrin Vale'],
    ],
  },
  {
    id: 'a-plural-common-noun-opening-the-sentence-before-a-name',
    example: 'Rivals Hugo Dellarue and Margit Osterholm came together for talks on Friday.',
    expected: [
      ['Person', 'Hugo Dellarue'],
      ['Person', 'Margit Osterholm'],
    ],
    trap: 'Williams Adebayo met Tomas Hale on Friday. Rivals of Hugo Dellarue said nothing.',
    notExpected: [
      ['Person', 'Rivals Hugo Dellarue'],
      ['Person', 'Adebayo'],
    ],
  },
  {
    id: 'two-titled-people-coordinated-the-second-title-opening-with-a-body-word',
    example:
      'Mayor Harriet Quell and Police Chief Daniel Oyelaran toured the flooded streets on Saturday. Governor Ana Brisk and Fire Chief Tomas Hallorann visited the burned homes.',
    expected: [
      ['Person', 'Harriet Quell'],
      ['Person', 'Daniel Oyelaran'],
      ['Person', 'Ana Brisk'],
      ['Person', 'Tomas Hallorann'],
    ],
    trap: 'Velcor Group and Police Chief Daniel Oyelaran signed the deal on Saturday.',
    notExpected: [
      ['Organization', 'Mayor Harriet Quell and Police'],
      ['Person', 'Velcor Group'],
    ],
  },
  {
    id: 'a-persons-counterpart-named-after-the-noun',
    example:
      'Trade Minister Halvor Quenby met his counterpart Odile Vantreck in the capital on Thursday to discuss tariffs. Lena Ortiz later met her Marovian counterpart, Ifeyinwa Dolcetti, to discuss the port.',
    expected: [
      ['Person', 'Odile Vantreck'],
      ['Person', 'Ifeyinwa Dolcetti'],
    ],
    trap: 'The central bank held talks with its counterpart Velmar Reserve on Monday to discuss interest rates.',
    notExpected: [['Person', 'Velmar Reserve']],
  },
  {
    id: 'a-plural-title-before-coordinated-names',
    example:
      'Presidents Tamsin Orrell and Baltazar Ukwu held talks in the capital on Sunday. Foreign Secretaries Idris Vantongeren and Okwudili Perrault met on Monday to discuss trade.',
    expected: [
      ['Person', 'Tamsin Orrell'],
      ['Person', 'Baltazar Ukwu'],
      ['Person', 'Idris Vantongeren'],
      ['Person', 'Okwudili Perrault'],
    ],
    trap: 'Negotiators for Quorrin Vale Inc met the union on Monday. Presidents of the Harbour Guild met in Kelsport.',
    notExpected: [
      ['Person', 'Presidents Tamsin Orrell'],
      ['Person', 'Quorrin Vale Inc'],
      ['Person', 'Quorrin Vale'],
      ['Person', 'Harbour Guild'],
      ['Person', 'Presidents'],
    ],
  },
  {
    id: 'an-unknown-name-coordinated-with-a-persons-name',
    example:
      'Okwudili Brannagh and Laila Fenwick, who met on Tuesday to settle the dispute, agreed to set up a joint panel.',
    expected: [
      ['Person', 'Okwudili Brannagh'],
      ['Person', 'Laila Fenwick'],
    ],
    trap: 'Velcor Group and Laila Fenwick settled the dispute on Tuesday, and Kelsport and Laila Fenwick agreed on it.',
    notExpected: [
      ['Person', 'Velcor Group'],
      ['Person', 'Kelsport'],
    ],
  },
  {
    id: 'a-union-named-after-the-people-it-is-of',
    example:
      'Dockers walked out after the Harbour and Transport Workers rejected the offer. The Allied Nurses said it would strike.',
    expected: [
      ['Organization', 'Harbour and Transport Workers'],
      ['Organization', 'Allied Nurses'],
    ],
    trap: 'Doctors and Nurses marched. The Harbour and Transport Workers rejected the offer.',
    notExpected: [
      ['Organization', 'Doctors and Nurses'],
      ['Organization', 'Harbour'],
      ['Organization', 'Transport Workers'],
    ],
  },
  {
    id: 'places-opening-with-a-harbour-fort-or-saint-word',
    example: 'Fort Adler Holdings denied paying anyone at the port, Port Minister Ana Duarte said.',
    expected: [
      ['Organization', 'Fort Adler Holdings'],
      ['Person', 'Ana Duarte'],
    ],
    trap: 'The committee meets next in San Miguel. The deal for Port Elias was signed near Fort Adler.',
    notExpected: [
      ['Person', 'San Miguel'],
      ['Person', 'Port Elias'],
      ['Person', 'Fort Adler'],
    ],
  },
  {
    id: 'a-person-a-caption-places-in-the-photo',
    example:
      'The group gave evidence to the inquiry.\n\nImage source, Getty Images\nImage caption, Bethan Howell (centre) with members of the group outside Glyndwr House\n\nThe inquiry met on Monday.',
    expected: [['Person', 'Bethan Howell']],
    trap: 'Bethan Howell (centre) with members of the group outside Glyndwr House. Marta Osk (L) at the launch.',
    notExpected: [
      ['Organization', 'Bethan Howell'],
      ['Organization', 'Marta Osk'],
    ],
  },
  {
    id: 'a-body-without-a-suffix-word-told-by-its-apposition',
    example:
      'Reform Now, the anti-corruption movement, says its candidates won two seats. Open Hands Velmark, a refugee charity, said it would appeal. Greenwatch, an environmental NGO, criticised the plan.',
    expected: [
      ['Organization', 'Reform Now'],
      ['Organization', 'Open Hands Velmark'],
      ['Organization', 'Greenwatch'],
    ],
    trap: 'Reform Now, the anti-corruption movement, says its candidates won two seats. Asked about it, Ana Duarte, the union leader, said no.',
    notExpected: [
      ['Organization', 'Now'],
      ['Organization', 'Ana Duarte'],
    ],
  },
  {
    id: 'a-legal-suffix-before-a-ticker-in-brackets',
    example: 'Velocore Systems, Inc. (NASDAQ: VLCR), a maker of sensors, today announced a deal.',
    expected: [['Organization', 'Velocore Systems']],
    trap: 'Velocore Systems, Inc. (NASDAQ: VLCR), a maker of sensors, today announced a deal.',
    notExpected: [
      ['Organization', 'Inc. (NASDAQ'],
      ['Organization', 'Inc. NASDAQ'],
    ],
  },
  {
    id: 'a-quoted-nickname-names-no-one-of-its-own',
    example: 'The comedian Dot Harker, known to fans as "the Duchess", closes the show.',
    expected: [['Person', 'Dot Harker']],
    trap: 'The comedian Dot Harker, known to fans as "the Duchess", closes the show. The striker, nicknamed "Big Joe", scored.',
    notExpected: [
      ['Organization', 'Duchess'],
      ['Person', 'Duchess'],
      ['Person', 'Big Joe'],
    ],
  },
  {
    id: 'an-author-s-follow-line-is-page-furniture',
    example:
      "Ana Duarte met the mayor on Monday.\n\nNadia Quist is the paper's music critic. Follow her on Instagram.",
    expected: [['Person', 'Ana Duarte']],
    trap: "Ana Duarte met the mayor on Monday.\n\nNadia Quist is the paper's music critic. Follow her on Instagram.",
    notExpected: [['Organization', 'Instagram']],
  },
  {
    id: 'a-demonym-whose-country-the-article-writes-describes-that-state',
    example:
      'Marovia and Sendal vowed closer ties. The Sendali ambassador spoke. The Sendali delegation left.',
    expected: [['Organization', 'Sendal']],
    trap: 'Marovia and Sendal vowed closer ties. The Sendali ambassador spoke. The Sendali delegation left. Marian Holt stayed.',
    notExpected: [
      ['Organization', 'Sendali'],
      ['Organization', 'Marian'],
    ],
  },
  {
    id: 'a-body-set-off-by-commas-after-its-class-noun',
    example: "The employers' body, Ports Ollavik, said it was ready to meet the dockers on Thursday.",
    expected: [['Organization', 'Ports Ollavik']],
    trap: 'The head of the union, Teodor Vask, said it was ready to meet the employers on Thursday.',
    notExpected: [['Organization', 'Teodor Vask']],
  },
  {
    id: 'a-company-in-a-long-apposition',
    example: 'Velocore agreed to acquire Lumatch, a privately held vision software company, for cash.',
    expected: [['Organization', 'Lumatch']],
    trap: 'Velocore hired Ottilie Marsh, a privately educated software engineer, last year.',
    notExpected: [['Organization', 'Ottilie Marsh']],
  },
  {
    id: 'a-campaign-named-by-a-slogan',
    example:
      "Parents from the Save Nightmoor campaign packed the gallery. Patients' group Keep Carrowby Well, which collected signatures, said the board had ignored them.",
    expected: [
      ['Organization', 'Save Nightmoor'],
      ['Organization', 'Keep Carrowby Well'],
    ],
    trap: 'Mark Tolley said the plan was unfair. Treasurer Jim Calder Also Discussed Levies. The ban follows a campaign by Save the Valleys.',
    notExpected: [
      ['Organization', 'Mark Tolley'],
      ['Person', 'Save Nightmoor'],
      ['Organization', 'Valleys'],
      ['Organization', 'Save'],
    ],
  },
  {
    id: 'performers-named-by-their-art',
    example:
      'Guitarist Benji Thorne, who left in 2019, joined them. Later the comedian Dot Harker closes the show.',
    expected: [
      ['Person', 'Benji Thorne'],
      ['Person', 'Dot Harker'],
    ],
    trap: 'The orchestra will play the Orlen Suite, and the comedian Dot Harker closes the show.',
    notExpected: [['Person', 'Orlen Suite']],
  },
  {
    id: 'storms-awards-venues-and-vessels-named-like-people-name-no-one',
    example: 'Jenny Park said the tanker was safe. The film Ana Duarte directed won an award.',
    expected: [
      ['Person', 'Jenny Park'],
      ['Person', 'Ana Duarte'],
    ],
    trap: 'Storm Ivette closed the port while the tanker Orla Maren, which was due to sail, stayed in dock. The Wilma Orr Prize went to a poet. Fans marched past the Captain Tomas Vell Memorial Park. He read from his novel Marianne.',
    notExpected: [
      ['Person', 'Storm Ivette'],
      ['Person', 'Ivette'],
      ['Organization', 'Orla Maren'],
      ['Person', 'Orla Maren'],
      ['Person', 'Wilma Orr Prize'],
      ['Person', 'Tomas Vell Memorial Park'],
      ['Person', 'Marianne'],
    ],
  },
  {
    id: 'a-public-body-by-its-noun-alone-when-it-acts',
    example:
      'A spokesman for the presidency said the talks would go on. The coast guard said the crew was safe.',
    expected: [
      ['Organization', 'presidency'],
      ['Organization', 'coast guard'],
    ],
    trap: 'The city council elections were postponed. She thanked the coast guard crews.',
    notExpected: [
      ['Organization', 'city council'],
      ['Organization', 'coast guard'],
    ],
  },
  {
    id: 'a-country-with-its-demonym-is-no-person',
    example: 'Qorvana said the plan was unfair. Qorvanan Prime Minister Ivo Renk met the envoy on Monday.',
    expected: [['Organization', 'Qorvana']],
    trap: 'Mayor Dalvin said the plan was unfair. Dalvinian traders met on Monday.',
    notExpected: [
      ['Person', 'Qorvana'],
      ['Organization', 'Dalvin'],
    ],
  },
  {
    id: 'a-place-s-public-body-by-a-common-noun',
    example:
      "Norvalia's coast guard boarded the trawler on Tuesday. The Bellhaven city council met on Monday. The fisheries ministry of Norvalia protested.",
    expected: [
      ['Organization', 'Norvalia coast guard'],
      ['Organization', 'Bellhaven city council'],
      ['Organization', 'Norvalia fisheries ministry'],
    ],
    trap: "Ana Duarte's ministry was praised. The Bellhaven council elections were postponed.",
    notExpected: [
      ['Organization', 'Ana Duarte ministry'],
      ['Organization', 'Bellhaven council'],
    ],
  },
  {
    id: 'a-known-country-s-body-keeps-its-demonym',
    example: "Norway's coast guard said the vessel had been escorted out.",
    expected: [['Organization', 'Norwegian coast guard']],
    trap: "Norway's coast guard ships escorted the vessel out.",
    notExpected: [['Organization', 'Norwegian coast guard']],
  },
  {
    id: 'an-organization-by-which',
    example: 'Tarn Events, which runs the summer festival, said the curfew was unfair.',
    expected: [['Organization', 'Tarn Events']],
    trap: 'Ilse Varga, who runs the summer festival, said the curfew was unfair.',
    notExpected: [['Organization', 'Ilse Varga']],
  },
  {
    id: 'a-venue-by-which-stays-a-place',
    example: 'Talks at Brenholm Hall, which overlooks the harbour, ended late.',
    expected: [],
    trap: 'Talks at Brenholm Hall, which overlooks the harbour, ended late.',
    notExpected: [['Organization', 'Brenholm Hall']],
  },
  {
    id: 'an-employer-in-a-role-complement',
    example:
      'Nadia Holm, chief executive of Pell Dynamics, said the deal was done. Edda Vik, an analyst at Sorrel Quay, agreed.',
    expected: [
      ['Organization', 'Pell Dynamics'],
      ['Organization', 'Sorrel Quay'],
    ],
    trap: 'Nadia Holm, an adviser to Pell Varga, said the deal was done.',
    notExpected: [['Organization', 'Pell Varga']],
  },
  {
    id: 'an-organization-by-a-neuter-pronoun',
    example:
      'Harbor Live said on Monday that it would cancel the concert. Colder Grid said its network was safe.',
    expected: [['Organization', 'Harbor Live']],
    trap: 'Tova Renske said on Monday that it was too early to tell.',
    notExpected: [['Organization', 'Tova Renske']],
  },
  {
    id: 'a-person-whose-family-name-is-a-place-word',
    example: 'Ottilie Marsh, an analyst at Cordwell Shipping, said prices would fall.',
    expected: [['Person', 'Ottilie Marsh']],
    trap: 'Brennan Marsh, a wetland near the town, flooded again.',
    notExpected: [['Person', 'Brennan Marsh']],
  },
  {
    id: 'hyphenated-given-name',
    example: 'The hearing was adjourned, Kim Min-jun told reporters on Friday.',
    expected: [['Person', 'Kim Min-jun']],
    trap: 'The Kelsport-based Harrow Mining said on Friday that output had fallen.',
    notExpected: [
      ['Person', 'Kelsport-based Harrow Mining'],
      ['Person', 'Kelsport-based'],
    ],
  },
  {
    id: 'family-name-first-used-alone',
    example: 'Lawyers for Park Ji-hoon appealed on Monday. Park said he had done nothing wrong.',
    expected: [['Person', 'Park Ji-hoon']],
    trap: 'Ana Duarte appealed on Monday. Duarte said she had done nothing wrong.',
    notExpected: [['Person', 'Duarte']],
  },
  {
    id: 'ticker-after-company',
    example: 'The regulator will question the heads of Quillon (QLN.O) and Vextra (VXT.N) next week.',
    expected: [
      ['Organization', 'Quillon'],
      ['Organization', 'Vextra'],
    ],
    trap: 'The opposition Movement for Social Renewal (MSR) rejected the plan.',
    notExpected: [['Organization', 'Social Renewal']],
  },
  {
    id: 'coordinated-with-institution',
    example: 'Hobart Bank and Quendal announced on Monday that their merger talks had ended.',
    expected: [
      ['Organization', 'Hobart Bank'],
      ['Organization', 'Quendal'],
    ],
    trap: 'Hobart Bank and Ana Duarte announced on Monday that the talks had ended.',
    notExpected: [
      ['Organization', 'Ana Duarte'],
      ['Organization', 'Hobart Bank and Ana Duarte'],
    ],
  },
  {
    id: 'company-title-in-capitals',
    example: 'She will also meet Quillon CEO Tom Marsh and Vextra Chief Technology Officer Mira Sol.',
    expected: [
      ['Organization', 'Quillon'],
      ['Organization', 'Vextra'],
      ['Person', 'Tom Marsh'],
      ['Person', 'Mira Sol'],
    ],
    trap: 'Ruritanian President Ana Duarte and Crown Prince Ali Hassan met on Monday.',
    notExpected: [
      ['Organization', 'Ruritanian'],
      ['Organization', 'Crown'],
    ],
  },
  {
    id: 'plural-noun-before-name',
    example: 'Negotiators for Harrow Energy Inc met union officials on Wednesday.',
    expected: [['Organization', 'Harrow Energy Inc']],
    trap: 'Friends of the Earth criticised the plan on Wednesday.',
    notExpected: [['Organization', 'Earth']],
  },
  {
    id: 'short-name-inside-longer-name',
    example: 'Talks between the ruling party and the opposition Movement for Democratic Renewal resumed.',
    expected: [['Organization', 'Movement for Democratic Renewal']],
    trap: 'Democratic senators said on Monday they would vote against the bill.',
    notExpected: [['Organization', 'Movement for Democratic Renewal']],
  },
  {
    id: 'group-named-with-the',
    example:
      'The Velari denies the claim, the statement said. The head of the Osmani Tigers said the Tigers were ready.',
    expected: [
      ['Organization', 'Velari'],
      ['Organization', 'Osmani Tigers'],
    ],
    trap: 'Residents of the Tamsin complained about the smell. In Kelsport the Norwegians were told to leave.',
    notExpected: [
      ['Organization', 'Tamsin'],
      ['Organization', 'Norwegians'],
    ],
  },
  {
    id: 'irregular-plural-possessive-in-name',
    example: 'The army fought the Osmani People’s Liberation Front for a decade.',
    expected: [['Organization', 'Osmani People’s Liberation Front']],
    trap: 'The army fought the Osmani rebels for a decade.',
    notExpected: [['Organization', 'Liberation Front']],
  },
  {
    id: 'company-officer-title',
    example: 'She will meet Vextra and its Chief Strategy Officer Jason Kwon.',
    expected: [['Person', 'Jason Kwon']],
    trap: 'She will meet Vextra and its Chief Strategy Officer Jason Kwon.',
    notExpected: [
      ['Person', 'Strategy'],
      ['Person', 'Chief Strategy'],
    ],
  },
  {
    id: 'clause-opening-conjunction',
    example: 'As Tomas Weller spends much of his time in Kelsport, they meet often.',
    expected: [['Person', 'Tomas Weller']],
    trap: 'As Tomas Weller spends much of his time in Kelsport, they meet often.',
    notExpected: [['Person', 'As Tomas Weller']],
  },
  {
    id: 'plural-after-dateline',
    example: 'KELSPORT, June 6 Negotiators for Harrow Energy Inc met on Wednesday.',
    expected: [['Organization', 'Harrow Energy Inc']],
    trap: 'KELSPORT, June 6 Negotiators for Harrow Energy Inc met on Wednesday.',
    notExpected: [['Organization', 'Negotiators for Harrow Energy Inc']],
  },
  {
    id: 'title-with-of-complement',
    example: 'Minister of Harbours Lena Ortiz met White House Director of Regional Affairs Tomas Weller.',
    expected: [
      ['Person', 'Lena Ortiz'],
      ['Person', 'Tomas Weller'],
      ['Organization', 'White House'],
    ],
    trap: 'The Minister of Mineral Resources said on Monday that talks would resume.',
    notExpected: [
      ['Person', 'Mineral Resources'],
      ['Person', 'Resources'],
    ],
  },
  {
    id: 'courtesy-abbreviation-inside-sentence',
    example: 'Speaking on Thursday, the ministry spokesman, Amb. Lena Ortiz said the talks had failed.',
    expected: [['Person', 'Lena Ortiz']],
    trap: 'Speaking on Thursday, the ministry spokesman, Amb. Lena Ortiz said the talks had failed.',
    notExpected: [['Person', 'Amb']],
  },
  {
    id: 'state-holding-a-government-office',
    example: "Ana Lopes had met Velaria's intelligence chief in March. Velaria would not comment.",
    expected: [['Organization', 'Velaria']],
    trap: "Ana Lopes criticised Tomas Weller on Monday. Weller's government fell in March.",
    notExpected: [['Organization', 'Weller']],
  },
  {
    id: 'programme-title-names-no-one',
    example: 'She told the Morning Show on Radio Kelsport that the vote was fixed.',
    expected: [['Organization', 'Radio Kelsport']],
    trap: 'She told the Morning Show on Radio Kelsport that the vote was fixed.',
    notExpected: [
      ['Person', 'Morning Show'],
      ['Organization', 'Morning Show on Radio Kelsport'],
    ],
  },
  {
    id: 'councillor-abbreviated',
    example: 'Councillor Rhea Tamsin spoke first. Cllr Tamsin said the plan was rushed.',
    expected: [['Person', 'Rhea Tamsin']],
    trap: 'Councillor Rhea Tamsin spoke first. Cllr Tamsin said the plan was rushed.',
    notExpected: [['Person', 'Cllr Tamsin']],
  },
  {
    id: 'industrial-company-heads',
    example: 'She met the chairman of Harlow Metals and the director of Brent Homes on Friday.',
    expected: [
      ['Organization', 'Harlow Metals'],
      ['Organization', 'Brent Homes'],
    ],
    trap: 'She met the chairman of Harlow Metals and the director of Brent Homes on Friday.',
    notExpected: [
      ['Person', 'Harlow Metals'],
      ['Person', 'Brent Homes'],
    ],
  },
  {
    id: 'symbols-and-camel-case-in-company-names',
    example: 'Fertilizer group K+S said the P&G deal was off. Budget airline easyJet agreed.',
    expected: [
      ['Organization', 'K+S'],
      ['Organization', 'P&G'],
      ['Organization', 'easyJet'],
    ],
    trap: 'Marsh/Getty photo. The fee was £5 + VAT, Lena Ortiz said.',
    notExpected: [
      ['Organization', 'Marsh/Getty'],
      ['Person', 'Marsh/Getty'],
    ],
  },
  {
    id: 'title-and-given-name-before-a-conjunction',
    example:
      'Crown Prince Khalid bin Tarek hosted the talks. The envoy flew in to meet with Prince Khalid and Lena Ortiz.',
    expected: [
      ['Person', 'Khalid bin Tarek'],
      ['Person', 'Lena Ortiz'],
    ],
    trap: 'Crown Prince Khalid bin Tarek hosted the talks. The envoy flew in to meet with Prince Khalid and Lena Ortiz.',
    notExpected: [
      ['Person', 'Prince Khalid'],
      ['Person', 'Khalid'],
    ],
  },
  {
    id: 'company-alone-and-by-its-group-name',
    example: 'Acmeco chief executive Tomas Weller resigned. Shares in the Acmeco Group fell on Monday.',
    expected: [['Organization', 'Acmeco Group']],
    trap: 'Acmeco chief executive Tomas Weller resigned. Shares in the Acmeco Group fell on Monday.',
    notExpected: [['Organization', 'Acmeco']],
  },
  {
    id: 'nationality-and-feature-words-alone',
    example:
      'The Russian had bought the club. Flights between Israel and the two Gulf states resumed, Lena Ortiz said.',
    expected: [['Person', 'Lena Ortiz']],
    trap: 'The Russian had bought the club. Flights between Israel and the two Gulf states resumed, Lena Ortiz said.',
    notExpected: [
      ['Organization', 'Russia'],
      ['Person', 'Gulf'],
    ],
  },
  {
    id: 'sentence-opener-after-a-full-stop-inside-a-quotation',
    example: '"We have been friends for years. As Tomas spends time in Kelsport, we meet," Lena Ortiz said.',
    expected: [['Person', 'Lena Ortiz']],
    trap: '"We have been friends for years. As Tomas spends time in Kelsport, we meet," Lena Ortiz said.',
    notExpected: [['Person', 'As Tomas']],
  },
  {
    id: 'a-government-by-its-country-as-complement',
    example: 'The government of Peru has ruled out talks. The Peruvian government will meet on Monday.',
    expected: [['Organization', 'Peruvian Government']],
    trap: 'The government of Peru has ruled out talks. The Peruvian government will meet on Monday.',
    notExpected: [['Organization', 'Peru']],
  },
  {
    id: 'a-lower-case-ministry-with-its-policy-area',
    example:
      'A spokesman of the Peruvian ministry of foreign affairs, Tomas Weller, said the Peruvian foreign ministry agreed.',
    expected: [['Organization', 'Peruvian Foreign Ministry']],
    trap: 'A spokesman of the Peruvian ministry of foreign affairs, Tomas Weller, said the Peruvian foreign ministry agreed.',
    notExpected: [['Organization', 'Peruvian Ministry']],
  },
  {
    id: 'a-seat-institution-or-country-institution-as-a-modifier',
    example: 'Senate aides said the Peruvian army spokesman, Tomas Weller, had met them.',
    expected: [
      ['Organization', 'Senate'],
      ['Organization', 'Peruvian Army'],
    ],
    trap: 'Tomas Weller lost the Senate race near two Peruvian army bases.',
    notExpected: [
      ['Organization', 'Senate'],
      ['Organization', 'Peruvian Army'],
    ],
  },
  {
    id: 'a-place-and-a-lower-case-government',
    example: 'A Kelsport government spokesperson said the plan was dead.',
    expected: [['Organization', 'Kelsport government']],
    trap: 'A Kelsport city spokesperson said the plan was dead.',
    notExpected: [['Organization', 'Kelsport government']],
  },
  {
    id: 'a-place-before-a-club-or-company-role',
    example: 'Kelsport chairman Tomas Weller sold the striker. The Kelsport skipper left in March.',
    expected: [
      ['Organization', 'Kelsport'],
      ['Person', 'Tomas Weller'],
    ],
    trap: 'Kelsport mayor Tomas Weller sold the old ferry in March.',
    notExpected: [['Organization', 'Kelsport']],
  },
  {
    id: 'an-institution-after-an-indefinite-article',
    example: 'Lena Ortiz took a Hobart Bank loan and joined the Kelsport Peace Council.',
    expected: [
      ['Organization', 'Hobart Bank'],
      ['Organization', 'Kelsport Peace Council'],
    ],
    trap: 'The cabinet plans to call a National Forum on Water, Lena Ortiz said.',
    notExpected: [
      ['Organization', 'National Forum'],
      ['Organization', 'National Forum on Water'],
    ],
  },
  {
    id: 'a-description-in-capitals-before-a-one-word-name',
    example: 'She was met by the head of the Security Agency Varnak, Tomas Weller.',
    expected: [['Organization', 'Varnak']],
    trap: 'She was met by the head of the Security Agency Varnak, Tomas Weller.',
    notExpected: [['Organization', 'Security Agency']],
  },
  {
    id: 'a-photo-credit-joining-outlet-and-name-with-a-slash',
    example:
      'Pupils return to the Harbour Road school.\n\n    The Kelsport Courier/Lena M. Ortiz\n\nTomas Weller said the school would reopen on Monday.',
    expected: [['Person', 'Lena M. Ortiz']],
    trap: 'Tomas Weller said the talks would run on Monday/Tuesday Lena Ortiz said.',
    notExpected: [['Person', 'Tuesday Lena Ortiz']],
  },
  {
    id: 'a-dateline-town-in-capitals-of-two-words',
    example:
      'KOSSA BELMA – The government of Peru has stated that it will not talk to the rebels. Speaking to reporters in Kossa Belma on Thursday, Tomas Weller said the government will not talk.',
    expected: [['Person', 'Tomas Weller']],
    trap: 'KOSSA BELMA – The government of Peru has stated that it will not talk to the rebels. Speaking to reporters in Kossa Belma on Thursday, Tomas Weller said the government will not talk.',
    notExpected: [
      ['Organization', 'KOSSA BELMA'],
      ['Organization', 'Kossa Belma'],
    ],
  },
  {
    id: 'an-outlet-and-a-city-naming-a-local-station',
    example: 'Tomas Weller told Sky News Leeds that the talks had ended.',
    expected: [['Organization', 'Sky News Leeds']],
    trap: 'The BBC Moscow correspondent said Tomas Weller had left.',
    notExpected: [['Organization', 'BBC Moscow']],
  },
  {
    id: 'a-body-speaking-through-a-qualified-common-noun',
    example:
      'State prosecutors say the mayor sold the permits. At the hearing, campaign officials said Tomas Weller had left.',
    expected: [
      ['Organization', 'State prosecutors'],
      ['Organization', 'campaign officials'],
    ],
    trap: 'Officials said the permits were sold. Two prosecutors said Tomas Weller had left, and Peruvian officials said so too.',
    notExpected: [
      ['Organization', 'Officials'],
      ['Organization', 'prosecutors'],
      ['Organization', 'Peruvian officials'],
    ],
  },
  {
    id: 'one-person-in-western-and-in-family-name-first-order',
    example:
      'The head of the Horan Group, Jay K. Moon, denies all charges, his lawyer said. "Nobody knows what Moon Jae-kwang is meant to have done," the lawyer said.',
    expected: [['Person', 'Jay K. Moon']],
    trap: 'The head of the Horan Group, Jay K. Moon, denies all charges. "Nobody knows what Moon Seo-yeon is meant to have done," the lawyer said.',
    notExpected: [],
  },
  {
    id: 'an-abbreviated-title-before-a-surname',
    example: 'PM Harlow said on Monday that the talks had ended.',
    expected: [['Person', 'Harlow']],
    trap: 'PM Harlow said on Monday that the talks had ended.',
    notExpected: [['Person', 'PM Harlow']],
  },
  {
    id: 'an-adverb-in-capitals-after-a-name',
    example: 'Treasurer Jim Calder Also Discussed Levies with Mara Voss.',
    expected: [['Person', 'Jim Calder']],
    trap: 'Treasurer Jim Calder Also Discussed Levies with Mara Voss.',
    notExpected: [
      ['Person', 'Jim Calder Also'],
      ['Person', 'Jim Calder Also Discussed Levies'],
    ],
  },
  {
    id: 'a-hyphenated-family-name-whose-second-part-is-a-calendar-word',
    example:
      'The gallery said Oona Tressider met the dealer Lucan Marsh-Day at the fair. Mr Marsh-Day declined to comment. Ilse Brantwood-March and Mr Ravi Oake-May were also there.',
    expected: [
      ['Person', 'Lucan Marsh-Day'],
      ['Person', 'Ilse Brantwood-March'],
      ['Person', 'Ravi Oake-May'],
    ],
    trap: 'Harriet Quell met Tomas Brook on Day-One Street in mid-May. The pre-Easter talks ended.',
    notExpected: [
      ['Person', 'Lucan Marsh'],
      ['Person', 'Tomas Brook on Day'],
      ['Person', 'Day-One'],
    ],
  },
  {
    id: 'a-persons-name-after-the-body-a-role-of-it-is-held-in',
    example:
      'The head coach of the national rowing team Baldric Ormsby was questioned on Monday. The safety officer of federation Ilse Varnhagen wrote the report.',
    expected: [
      ['Person', 'Baldric Ormsby'],
      ['Person', 'Ilse Varnhagen'],
    ],
    trap: 'The players of the rowing federation Kelsport Rowing Union met. The chairman of consumer group FAIRCO spoke.',
    notExpected: [
      ['Organization', 'Baldric Ormsby'],
      ['Person', 'FAIRCO'],
    ],
  },
  {
    id: 'a-state-by-its-presidents-title-after-the-possessive-and-later-acting-alone',
    example:
      'Drelland’s President, Bertil Hammar, said he would receive the envoy. Drelland accuses the envoy of spying. Oskaria’s Prime Minister, Lars Vey, said Oskaria rejects that.',
    expected: [
      ['Organization', 'Drelland'],
      ['Organization', 'Oskaria'],
      ['Person', 'Bertil Hammar'],
    ],
    trap: 'Mara Voss’s adviser, Tom Hale, said Voss rejects the claim. Voss denies spying.',
    notExpected: [
      ['Person', 'Drelland'],
      ['Person', 'Oskaria'],
      ['Organization', 'Voss'],
    ],
  },
  {
    id: 'a-lower-case-ministry-named-by-its-field',
    example:
      'The minister visited the archive on Monday, the ministry of culture said. The sports ministry has issued a statement, and the ministry of tourism said nothing.',
    expected: [
      ['Organization', 'culture ministry'],
      ['Organization', 'sports ministry'],
      ['Organization', 'tourism ministry'],
    ],
    trap: 'The ministry of a neighbouring state said nothing. She met the sports ministry officials at the ministry of culture building.',
    notExpected: [
      ['Organization', 'neighbouring ministry'],
      ['Organization', 'culture ministry'],
    ],
  },
  {
    id: 'a-persons-family-name-before-a-body-noun',
    example:
      'The coach was questioned by the commission, said its chair, judge Mirela Ostrow. Players gave evidence to the commission of Ostrow on Thursday, and one who spoke to Ostrow’s commission was outside.',
    expected: [['Person', 'Mirela Ostrow']],
    trap: 'The coach was questioned by the commission, said its chair, judge Mirela Ostrow. Players gave evidence to the commission of Ostrow on Thursday, and one who spoke to Ostrow’s commission was outside.',
    notExpected: [['Organization', 'Ostrow commission']],
  },
  {
    id: 'a-body-by-the-staff-a-whose-clause-names',
    example:
      'The claim was made on Wednesday by Greenfield Ostmark, whose researcher Ilse Wainscott said the site was drilled. Greenfield also says the spring is at risk.',
    expected: [
      ['Organization', 'Greenfield Ostmark'],
      ['Person', 'Ilse Wainscott'],
    ],
    trap: 'The claim was made on Wednesday by Mara Voss, whose lawyer Tom Hale said the site was drilled.',
    notExpected: [['Organization', 'Mara Voss']],
  },
  {
    id: 'a-campaign-named-by-an-imperative-of-cleaning-or-freeing',
    example: 'The minister will meet the Clean Tarnley campaign next week and the Free Ostmark group in May.',
    expected: [
      ['Organization', 'Clean Tarnley'],
      ['Organization', 'Free Ostmark'],
    ],
    trap: 'Clean Tarnley water was promised by Mara Voss, the minister, in May.',
    notExpected: [['Person', 'Clean Tarnley']],
  },
  {
    id: 'a-person-after-a-relative-clause-naming-a-body-and-a-comma-and',
    example:
      'Ada Moll, who chairs the Tarn Commons Association, and Piet Olund, an elder of the valley council, met the minister.',
    expected: [
      ['Person', 'Piet Olund'],
      ['Organization', 'Tarn Commons Association'],
    ],
    trap: 'Hobart Bank and Quendal announced a deal on Monday.',
    notExpected: [['Person', 'Quendal']],
  },
  {
    id: 'a-speaker-with-an-of-phrase-of-where-she-works',
    example:
      'Ward sister Philippa Crouch, of St Odile’s, said she had no idea. Oren Vale, of the Kelsport Dockers, said nothing.',
    expected: [
      ['Person', 'Philippa Crouch'],
      ['Person', 'Oren Vale'],
    ],
    trap: 'Tarn Freight, of Kelsport, said profits fell. The Harbour Board, of Kelsport, said nothing.',
    notExpected: [
      ['Person', 'Tarn Freight'],
      ['Person', 'Harbour Board'],
    ],
  },
  {
    id: 'a-given-name-alone-after-the-full-name',
    example: 'Lena Ortiz met the minister on Monday. "It went well," Lena said afterwards.',
    expected: [['Person', 'Lena Ortiz']],
    trap: 'Lena Ortiz met the minister on Monday. "It went well," Lena said afterwards.',
    notExpected: [['Person', 'Lena']],
  },
];

function entitiesOf(text: string): string[] {
  const analysis = analyzeArticle({ path: 'invented.txt', text });
  return [...analysis.entities.values()].map(e => `${e.label}:${e.name}`);
}

describe('name kinds of real news (each: its example gives the entity, its trap does not)', () => {
  it.each(NAME_KINDS.map(k => [k.id, k] as const))('%s: example', (_id, kind) => {
    const found = entitiesOf(kind.example);
    for (const [label, name] of kind.expected) expect(found).toContain(`${label}:${name}`);
  });

  it('folds the family-name-first form into the Western one only when the initials agree', () => {
    expect(
      entitiesOf(
        NAME_KINDS.find(k => k.id === 'one-person-in-western-and-in-family-name-first-order')!.example,
      ),
    ).not.toContain('Person:Moon Jae-kwang');
    expect(
      entitiesOf(NAME_KINDS.find(k => k.id === 'one-person-in-western-and-in-family-name-first-order')!.trap),
    ).toContain('Person:Moon Seo-yeon');
  });

  it('gives each of two coordinated titled people the title written before them', () => {
    const analysis = analyzeArticle({
      path: 'invented.txt',
      text: 'Presidents Tamsin Orrell and Baltazar Ukwu met on Sunday. Governor Ana Brisk and Fire Chief Tomas Hallorann visited the homes.',
    });
    const roles = (name: string): string[] =>
      [...analysis.entities.values()].find(e => e.name === name)?.roles.map(r => r.role) ?? [];
    expect(roles('Tamsin Orrell')).toEqual(['President']);
    expect(roles('Baltazar Ukwu')).toEqual(['President']);
    expect(roles('Tomas Hallorann')).toEqual(['Fire Chief']);
    expect([...analysis.entities.values()].map(e => e.name)).not.toContain('Fire');
  });

  it('reads a venue-word trap and a given name before a company head as people and bodies', () => {
    const example = entitiesOf(NAME_KINDS.find(k => k.id === 'a-venue-by-its-type-word-and-a-name')!.example);
    expect(example).not.toContain('Person:Cafe Mora');
    expect(example).not.toContain('Person:Bar Oskar');
    const trap = entitiesOf(NAME_KINDS.find(k => k.id === 'a-venue-by-its-type-word-and-a-name')!.trap);
    expect(trap).toContain('Person:Tom Bell');
    expect(trap).toContain('Organization:Bar Council');
    expect(trap).toContain('Organization:Hotel Workers Union');
    // the business when it acts or is an employer slot, still no person
    const acting = entitiesOf(
      'Hotel Marisol said in a statement that all guests were safe. The manager of the Hotel Ardent, Lena Ross, agreed.',
    );
    expect(acting).toEqual(
      expect.arrayContaining(['Organization:Hotel Marisol', 'Organization:Hotel Ardent', 'Person:Lena Ross']),
    );
    const people = entitiesOf(
      NAME_KINDS.find(
        k => k.id === 'a-company-by-a-proper-word-and-an-industry-head-then-its-first-word-alone',
      )!.trap,
    );
    expect(people).toEqual(
      expect.arrayContaining(['Person:Tom Mills', 'Person:Ann Records', 'Person:Lena Steel']),
    );
    const bodies = entitiesOf(
      NAME_KINDS.find(
        k => k.id === 'a-company-by-a-proper-word-and-an-industry-head-then-its-first-word-alone',
      )!.example,
    );
    expect(bodies).not.toContain('Person:Brindle');
    expect(bodies).not.toContain('Person:Glenna');
  });

  it('keeps the short form of a body whose longer name the article writes, before a product noun too', () => {
    const analysis = analyzeArticle({
      path: 'invented.txt',
      text: 'Rivo Air cancelled flights. Passengers waited as the Rivo planes sat idle, and Rivo disputes the figures.',
    });
    const rivo = [...analysis.entities.values()].find(e => e.name === 'Rivo Air');
    expect(rivo?.label).toBe('Organization');
    expect(rivo?.aliases).toContain('Rivo');
  });

  it('keeps a regulator of another field, and reads a ministry by "Minister of" its area', () => {
    expect(
      entitiesOf(
        "Orlen's data regulator fined the bank. Ivo Lund, director of the Aviation Safety Inspectorate, met the airline.",
      ),
    ).toEqual(
      expect.arrayContaining([
        'Organization:Orlen data regulator',
        'Organization:Aviation Safety Inspectorate',
      ]),
    );
    expect(
      entitiesOf(
        'Minister of Fisheries Ivo Lund visited Kell on Monday; the ministry said the catch had fallen.',
      ),
    ).toContain('Organization:fisheries ministry');
    // a ministry with no portfolio in the article stays unread
    expect(
      entitiesOf('Ivo Lund visited Kell on Monday; the ministry said the catch had fallen.'),
    ).not.toContain('Organization:ministry');
  });

  it.each(NAME_KINDS.map(k => [k.id, k] as const))('%s: trap', (_id, kind) => {
    const found = entitiesOf(kind.trap);
    for (const [label, name] of kind.notExpected) expect(found).not.toContain(`${label}:${name}`);
  });
});
