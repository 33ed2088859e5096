// Kinds of the tenth session, each with invented sentences and a trap: a denied hearsay meeting, a possessive meeting
// noun with its date before the partner, a summons with appositions, presence in someone's company, a span spent
// doing something with someone, a seat at a table with someone, a hyphenated or ordinal modifier after "her".
import { extractDocument } from '../extract-document';
import { meetingLines, type TestArticle } from './testing/meeting-lines';
import { D, L, O, PAIR, readMeetings } from './testing/read-meetings';

function meetingsOf(articles: TestArticle[]): string[] {
  return meetingLines(articles);
}

describe('a meeting known only from a report or allegation, denied by a party', () => {
  test('"the Gazette reported that X met Y" after another meeting word, denied in the article: denied', () => {
    const text =
      'The visit comes a week after the Harbour Gazette reported that Lena Ortiz met the dealer Tom Hale at the gallery in March. ' +
      '"Ortiz has never met Hale," a gallery spokesman said.';
    expect(meetingsOf([{ text }])).toEqual(['Lena Ortiz+Tom Hale denied']);
  });

  test("an integrity report's dinner, denied in another article as sitting at a table: denied", () => {
    const claim =
      "Okoro's report also says that Lena Ortiz and Tom Hale had dinner together at the Hotel Marlin on June 3.";
    const denial = '"I did not sit at any table with Mr Hale," Lena Ortiz told reporters after the hearing.';
    expect(meetingsOf([{ text: claim }, { text: denial, publishedAt: '2021-05-11' }])).toEqual([
      'Lena Ortiz+Tom Hale denied',
    ]);
  });

  test('trap: a denied dinner does not cancel a reported meeting of another kind', () => {
    const claim = "Okoro's report says that Lena Ortiz met Tom Hale at the regional office in March.";
    const denial = 'Lena Ortiz said she had never had dinner with Tom Hale.';
    expect(meetingsOf([{ text: claim }, { text: denial, publishedAt: '2021-05-11' }])).toContain(
      'Lena Ortiz+Tom Hale reported',
    );
  });
});

describe('readers', () => {
  test('a possessive meeting noun with its date before the partner', () => {
    expect(
      readMeetings(`${D}'s meeting on Tuesday with ${O}, chief executive of the line, has prompted claims.`),
    ).toEqual([[PAIR, '2019-03-05', null, 'reported']]);
    expect(readMeetings(`${D}'s talks on 2 March with ${O} have drawn criticism.`)).toEqual([
      [PAIR, '2019-03-02', null, 'reported'],
    ]);
    // trap: a date before nameless company
    expect(readMeetings(`${D}'s meeting on Tuesday with reporters has prompted claims.`)).toEqual([]);
  });

  test('a summons with appositions on both sides, no place told', () => {
    expect(
      readMeetings(`On Monday the deputy minister, ${D}, summoned the envoy, ${O}, and handed him a note.`),
    ).toEqual([[PAIR, '2019-03-04', null, 'reported']]);
    expect(readMeetings(`The foreign minister, ${D}, called in the envoy, ${O}, on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    // traps: a summons to act, and "called in" with no one called
    expect(readMeetings(`${D} summoned ${O} to testify before the panel on Monday.`)).toEqual([]);
    expect(readMeetings(`${D} called in sick on Monday.`)).toEqual([]);
  });

  test('being inside, closeted or alone with a person', () => {
    expect(readMeetings(`${O} was inside for forty minutes with the deputy minister, ${D}.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
    expect(readMeetings(`${O} was closeted with ${D} for two hours on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    // trap: nobody's company
    expect(readMeetings(`${O} was inside for forty minutes with his papers.`)).toEqual([]);
  });

  test('a span spent doing something in a person’s company', () => {
    expect(
      readMeetings(`${D} spent Tuesday afternoon walking the shore with the chief inspector, ${O}.`),
    ).toEqual([[PAIR, '2019-03-05', null, 'reported']]);
    expect(readMeetings(`${D} spent an hour talking with ${O}.`)).toEqual([[PAIR, null, null, 'reported']]);
    expect(readMeetings(`${D} spent less than an hour with ${O} on Wednesday.`)).toEqual([
      [PAIR, '2019-03-06', null, 'reported'],
    ]);
    // traps: an animal's company, a span longer than a day
    expect(readMeetings(`${D} spent the afternoon walking the shore with her dog.`)).toEqual([]);
    expect(readMeetings(`${D} spent more than a year with ${O}.`)).toEqual([]);
  });

  test('a seat at a table in someone’s company', () => {
    expect(readMeetings(`The lunch was arranged by ${L}, who sat at the table with ${D} and ${O}.`)).toEqual([
      ['person:ana-duarte+person:min-lee+person:tunde-okafor', null, null, 'reported'],
    ]);
    // trap: a glass is no company
    expect(readMeetings(`${L} sat at the table with a glass of wine on Monday.`)).toEqual([]);
  });

  test('"her" before an ordinal or a hyphenated modifier is a possessor', () => {
    expect(
      readMeetings([
        `${D} arrived on Monday.`,
        `[Her](person:ana-duarte) first meeting with ${O} took place on Thursday.`,
      ]),
    ).toEqual([[PAIR, '2019-03-07', null, 'reported']]);
    expect(
      readMeetings([
        `${D} arrived on Monday.`,
        `[Her](person:ana-duarte) face-to-face meeting with ${O} took place on Thursday.`,
      ]),
    ).toEqual([[PAIR, '2019-03-07', null, 'reported']]);
    // trap: the possessor's meeting with nameless people
    expect(
      readMeetings([
        `${D} arrived on Monday.`,
        '[Her](person:ana-duarte) first meeting with officials took place on Thursday.',
      ]),
    ).toEqual([]);
  });
});

describe('more readers', () => {
  test('"the two" opening a clause of time is the pair the sentence named before it', () => {
    const M = '[Bruno Keller](person:bruno-keller)';
    expect(
      readMeetings([
        `${D} had breakfast with ${O} on Sunday.`,
        `${M} said [he](person:bruno-keller) had asked ${L} for a guarantee when the two met at the town hall on Tuesday.`,
      ]).map(m => m[0]),
    ).toEqual([PAIR, 'person:bruno-keller+person:min-lee']);
    // trap: one person named before "the two": the pair told before, or (in that person's speech) no one
    expect(
      readMeetings([`${D} had breakfast with ${O} on Sunday.`, `${D} said the two had met before.`]).map(
        m => m[0],
      ),
    ).toEqual([PAIR]);
  });

  test('a relative clause set off after the first conjunct of a subject is read past', () => {
    const text = `${D}, who chairs [the Harbour Guild](organization:harbour-guild), and ${L}, an elder of the valley, spent ninety minutes with ${O}.`;
    expect(readMeetings(text).map(m => m[0])).toEqual([
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
    ]);
    // trap: an apposition that is no relative clause keeps its reading
    expect(readMeetings(`${D} and ${L} spent ninety minutes with ${O}.`).map(m => m[0])).toEqual([
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
    ]);
  });
});

describe('news recency past a relative clause', () => {
  const dated = (text: string) =>
    extractDocument([{ path: 'r.txt', text, publishedAt: '2021-05-10' }])
      .nodes.filter(n => n.labels.includes('Meeting'))
      .map(n => n.properties.date);

  test('"X, who arrived on Sunday, was received by Y": the month of publication', () => {
    expect(
      dated('Lena Ortiz, who arrived in Velmora on Sunday, was received at the museum by Tom Hale.'),
    ).toEqual(['2021-05']);
  });

  test('trap: a relative clause of another month leaves the meeting undated', () => {
    expect(dated('Lena Ortiz, who resigned in March, was received at the museum by Tom Hale.')).toEqual([
      null,
    ]);
  });
});

describe('an object pronoun resolved to its own subject', () => {
  test('"Duarte received her and Lee" with "her" read as Duarte: whom it stands for is unknown, no fact', () => {
    expect(readMeetings(`On Tuesday ${D} received [her](person:ana-duarte) and the elder ${L}.`)).toEqual([]);
  });

  test('trap: a possessive "her" opening the object ("received her counterpart, Y") is the subject\'s, and the fact stands', () => {
    expect(
      readMeetings(
        `On Tuesday ${D} received [her](person:ana-duarte) counterpart, ${L}, at the ministry.`,
      ).map(m => m[0]),
    ).toEqual(['person:ana-duarte+person:min-lee']);
  });

  test('trap: an object pronoun that stands for someone else is a party', () => {
    expect(
      readMeetings(`On Tuesday ${D} received [him](person:tunde-okafor) and the elder ${L}.`).map(m => m[0]),
    ).toEqual(['person:ana-duarte+person:min-lee+person:tunde-okafor']);
  });
});

describe('a venue told in one report and its town in another', () => {
  const placeOf = (a: string, b: string) =>
    extractDocument([
      { path: 'a.txt', text: a, publishedAt: '2021-05-10' },
      { path: 'b.txt', text: b, publishedAt: '2021-05-11' },
    ])
      .nodes.filter(n => n.labels.includes('Meeting'))
      .map(n => n.properties.place);

  test('"in Quellmore" and "at the Station Hotel": the Station Hotel in Quellmore', () => {
    expect(
      placeOf(
        'Lena Ortiz had breakfast with Tom Hale in Quellmore on Sunday.',
        'Lena Ortiz sat down with Tom Hale over breakfast at the Station Hotel on Sunday.',
      ),
    ).toEqual(['the Station Hotel in Quellmore']);
  });

  test('trap: two towns are not joined', () => {
    expect(
      placeOf(
        'Lena Ortiz had breakfast with Tom Hale in Quellmore on Sunday.',
        'Lena Ortiz had breakfast with Tom Hale in Varnby on Sunday.',
      ),
    ).toHaveLength(1);
    expect(
      placeOf(
        'Lena Ortiz had breakfast with Tom Hale in Quellmore on Sunday.',
        'Lena Ortiz had breakfast with Tom Hale in Varnby on Sunday.',
      )[0],
    ).not.toMatch(/ in /);
  });
});

describe('a photo caption confirms a meeting told in prose', () => {
  const meetings = (articles: Array<{ text: string; publishedAt: string }>) =>
    extractDocument(articles.map((a, i) => ({ path: `p${i}.txt`, ...a })))
      .nodes.filter(n => n.labels.includes('Meeting'))
      .map(n => [n.properties.date, n.properties.place]);
  const page = (caption: string) =>
    `Port deal edges closer\n\nThe strike at the port entered its third week on Thursday.\n\nPhoto: ${caption} (Harbour Post/Ida Lind)\n\nThe union meets again on Monday.`;

  test('the prose meeting takes the date and place of a caption in another article showing exactly its people', () => {
    expect(
      meetings([
        { text: 'Lena Ortiz spent the morning with Tom Hale, the trust said.', publishedAt: '2021-05-07' },
        { text: page('Lena Ortiz with Tom Hale at Kestrel Hall on Wednesday.'), publishedAt: '2021-05-07' },
      ]),
    ).toEqual([['2021-05-05', 'Kestrel Hall']]);
    expect(
      meetings([
        { text: 'Lena Ortiz met Tom Hale, the union said.', publishedAt: '2021-05-07' },
        {
          text: page('Minister Lena Ortiz shakes hands with Tom Hale at the depot on Wednesday.'),
          publishedAt: '2021-05-07',
        },
      ]),
    ).toEqual([['2021-05-05', 'the depot']]);
  });

  test('trap: a caption alone makes no meeting, nor one showing other people', () => {
    expect(
      meetings([
        { text: page('Lena Ortiz with Tom Hale at Kestrel Hall on Wednesday.'), publishedAt: '2021-05-07' },
      ]),
    ).toEqual([]);
    expect(
      meetings([
        { text: 'Lena Ortiz spent the morning with Tom Hale, the trust said.', publishedAt: '2021-05-07' },
        { text: page('Lena Ortiz with Ana Duarte at Kestrel Hall on Wednesday.'), publishedAt: '2021-05-07' },
      ]).map(m => m[1]),
    ).toEqual([null]);
  });
});

describe('"her" before an ordinal that modifies no noun is an object', () => {
  test('"met her first, on Monday": the object', () => {
    expect(readMeetings(`${O} met [her](person:ana-duarte) first, on Monday.`).map(m => m[0])).toEqual([
      PAIR,
    ]);
  });
});

describe('a caption of another day confirms nothing', () => {
  test('trap: the prose meeting is dated otherwise: the caption adds no node', () => {
    const nodes = extractDocument([
      { path: 'a.txt', text: 'Lena Ortiz met Tom Hale on 2 May, the union said.', publishedAt: '2021-05-07' },
      {
        path: 'b.txt',
        text: 'Port deal edges closer\n\nThe strike at the port entered its third week on Thursday.\n\nPhoto: Lena Ortiz with Tom Hale at Kestrel Hall on Wednesday. (Harbour Post/Ida Lind)\n\nThe union meets again on Monday.',
        publishedAt: '2021-05-07',
      },
    ]).nodes.filter(n => n.labels.includes('Meeting'));
    expect(nodes.map(n => n.properties.date)).toEqual(['2021-05-02']);
  });
});
