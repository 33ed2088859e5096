import { findMeetings, toMeetingGraph } from './index';
import type { CountedMeetingFact } from './meeting-fact';
import { annotate } from './testing/annotate';
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

// Invented people: [Duarte] is person:ana-duarte, [Okafor] person:tunde-okafor, [Lee] person:min-lee.
const TRIO = 'person:ana-duarte+person:min-lee+person:tunde-okafor';

describe('findMeetings: constructions', () => {
  test.each([
    ['X met Y', `${D} met ${O} in Geneva on Thursday.`, [[PAIR, '2019-03-07', 'Geneva', 'reported']]],
    ['X met with Y', `${D} met with ${O} last December.`, [[PAIR, '2018-12', null, 'reported']]],
    [
      'X met Y earlier this month',
      `${D} met ${O} earlier this month in Geneva.`,
      [[PAIR, '2019-03', 'Geneva', 'reported']],
    ],
    [
      'had a private dinner with',
      `${D} had a private dinner with ${O} at the embassy.`,
      [[PAIR, null, 'the embassy', 'reported']],
    ],
    [
      'hosted Y and his wife',
      `${D} hosted ${O} and his wife in Geneva on Thursday.`,
      [[PAIR, '2019-03-07', 'Geneva', 'reported']],
    ],
    [
      'X met unnamed people and Y',
      `${D} met relatives of the miners and ${O} in Geneva on Thursday.`,
      [[PAIR, '2019-03-07', 'Geneva', 'reported']],
    ],
    [
      'X and Y met',
      `${D} and ${O} met at a hotel in Geneva.`,
      [[PAIR, null, 'a hotel in Geneva', 'reported']],
    ],
    ['held talks with', `${D} held talks with ${O} in Lisbon.`, [[PAIR, null, 'Lisbon', 'reported']]],
    [
      'X and Y held talks',
      `${D} and ${O} held talks on 4 February 2019.`,
      [[PAIR, '2019-02-04', null, 'reported']],
    ],
    ['sat down with', `${D} sat down with ${O} on Monday.`, [[PAIR, '2019-03-04', null, 'reported']]],
    ['shook hands with', `${D} shook hands with ${O} on Monday.`, [[PAIR, '2019-03-04', null, 'reported']]],
    ['got together with', `${D} got together with ${O} on Monday.`, [[PAIR, '2019-03-04', null, 'reported']]],
    [
      'had dinner with',
      `${D} had dinner with ${O} at the embassy.`,
      [[PAIR, null, 'the embassy', 'reported']],
    ],
    [
      'hosted (a person)',
      `${D} hosted ${O} at her residence in May 2018.`,
      [[PAIR, '2018-05', "Ana Duarte's residence", 'reported']],
    ],
    [
      'welcomed (a person, somewhere)',
      `${D} welcomed ${O} to Lisbon on Wednesday.`,
      [[PAIR, '2019-03-06', 'Lisbon', 'reported']],
    ],
    ['visited (a person)', `${D} visited ${O} in Lagos.`, [[PAIR, null, 'Lagos', 'reported']]],
    ['was received by', `${O} was received by ${D} at the palace.`, [[PAIR, null, 'the palace', 'reported']]],
    [
      'was received by ... on',
      `${O} was received by ${D} on Tuesday.`,
      [[PAIR, '2019-03-05', null, 'reported']],
    ],
    [
      'meeting between X and Y',
      `A meeting between ${D} and ${O} took place in Oslo in 2017.`,
      [[PAIR, '2017', 'Oslo', 'reported']],
    ],
    ["X's meetings with Y", `${D}'s meetings with ${O} drew criticism.`, [[PAIR, null, null, 'reported']]],
    [
      'encounters between X and Y',
      `Critics questioned the encounters between ${D} and ${O}.`,
      [[PAIR, null, null, 'reported']],
    ],
    [
      'a summit of X, Y and Z',
      `A summit of ${D}, ${O} and ${L} was held in Oslo.`,
      [[TRIO, null, 'Oslo', 'reported']],
    ],
    [
      'relative clause: whom X met',
      `[The envoy](person:tunde-okafor), whom ${D} met in June 2018, left.`,
      [[PAIR, '2018-06', null, 'reported']],
    ],
    [
      'relative clause: meetings he held with',
      `The meetings [he](person:tunde-okafor) held with ${D} drew criticism.`,
      [[PAIR, null, null, 'reported']],
    ],
    [
      'fronted setting: At a meeting with Y, X said',
      `At a meeting with ${O} in Vienna, ${D} said the plan was ready.`,
      [[PAIR, null, 'Vienna', 'reported']],
    ],
    [
      'setting after the verb: X said during talks with Y',
      `${D} said during talks with ${O} that the plan was ready.`,
      [[PAIR, null, null, 'reported']],
    ],
    [
      'third party attends',
      `${L} also attended a meeting between ${D} and ${O} in Helsinki.`,
      [[TRIO, null, 'Helsinki', 'reported']],
    ],
    [
      'pronoun participant',
      `${D} said [she](person:ana-duarte) met ${O} in Rome.`,
      [[PAIR, null, 'Rome', 'reported']],
    ],
    [
      'a named institution as place',
      `${D} met ${O} at the Quirinal in 2015.`,
      [[PAIR, '2015', 'the Quirinal', 'reported']],
    ],
    [
      'a venue in a city',
      `${D} met ${O} on July 18, 2016 at the Mayflower Hotel in Washington.`,
      [[PAIR, '2016-07-18', 'the Mayflower Hotel in Washington', 'reported']],
    ],
    [
      'after meeting (gerund)',
      `"It went well," ${D} said after meeting ${O}.`,
      [[PAIR, null, null, 'reported']],
    ],
    [
      'an organization takes part',
      `${D} met with [the Tidewater Council](organization:tidewater-council) in 2016.`,
      [['organization:tidewater-council+person:ana-duarte', '2016', null, 'reported']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('findMeetings: counts, dates and places', () => {
  test('splits "met ... twice, in April ... and in November ..." into two dated meetings with their places', () => {
    const sentence = `Aides say ${O} and ${D} met twice, in April on the sidelines of a trade fair in Porto and in November at [his](person:tunde-okafor) residence while he was still a mayor.`;
    expect(read(sentence)).toEqual([
      [PAIR, '2018-04', 'a trade fair in Porto', 'reported'],
      [PAIR, '2018-11', "Tunde Okafor's residence", 'reported'],
    ]);
  });

  test('resolves "his office" to the subject when the pronoun is not resolved', () => {
    expect(read(`${D} met ${O} in his office.`)[0]?.[2]).toBe("Ana Duarte's office");
  });

  test('keeps another event\'s date out: "before the election in November 2018"', () => {
    expect(read(`${D} met with ${O} before the election in November 2018.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });

  test('keeps the date of a later clause out: "... led to his dismissal last month"', () => {
    expect(read(`${D}'s meeting with ${O} led to his dismissal last month.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });

  test('guesses no year without a publication date, but keeps the month apart', () => {
    const facts = findMeetings(
      annotate(`${D} met ${O} in July and in September.`, { publishedAt: null }),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.month, f.dateText])).toEqual([
      [null, '07', 'in July'],
      [null, '09', 'in September'],
    ]);
  });

  test('counts "twice" and "two meetings"', () => {
    const [verb] = findMeetings(annotate(`${D} met ${O} twice.`)) as CountedMeetingFact[];
    const [noun] = findMeetings(
      annotate(`${D} disclosed two meetings [she](person:ana-duarte) held with ${O}.`),
    ) as CountedMeetingFact[];
    expect([verb?.count, noun?.count, noun?.plural]).toEqual([2, 2, true]);
  });

  test('"neither meeting" later in the article points back at both meetings', () => {
    const facts = findMeetings(
      annotate([
        `${D} met ${O} in July and in September.`,
        `Neither meeting appeared in the disclosure forms ${D} filed.`,
      ]),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.status, f.attachOnly, f.evidence.start > 0])).toEqual([
      ['2018-07', 'reported', false, false],
      ['2018-09', 'reported', false, false],
      ['2018-07', 'reported', true, true],
      ['2018-09', 'reported', true, true],
    ]);
  });

  test.each([
    ['the July meeting', 'The July meeting was secret.', '2018-07'],
    ['the second meeting', 'The second meeting was secret.', '2018-09'],
    ['the meeting in September', 'The meeting in September was secret.', '2018-09'],
  ])('"%s" points at that one of the two', (_name, later, date) => {
    const facts = findMeetings(
      annotate([`${D} met ${O} in July and in September.`, later]),
    ) as CountedMeetingFact[];
    expect(facts.slice(2).map(f => [f.date, f.attachOnly])).toEqual([[date, true]]);
  });

  test('"the meeting never took place" denies the meeting just told, as its own denied fact', () => {
    const facts = findMeetings(
      annotate([`${D} met ${O} in July.`, `"The meeting never took place," [she](person:ana-duarte) said.`]),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.status, f.attachOnly])).toEqual([
      ['2018-07', 'reported', false],
      ['2018-07', 'denied', false],
    ]);
  });

  test('cites the sentence: evidence offsets slice the sentence out of the article text', () => {
    const analysis = annotate(['Nothing happened on Monday.', `${D} met ${O} in Geneva.`]);
    const [fact] = findMeetings(analysis);
    expect(fact && analysis.text.slice(fact.evidence.start, fact.evidence.end)).toBe(
      'Duarte met Okafor in Geneva.',
    );
  });
});

describe('findMeetings: references', () => {
  test('"the two" and "the pair" are the parties of the meeting just told', () => {
    expect(read([`${D} met ${O} on Thursday.`, 'The two held talks for three hours.'])).toEqual([
      [PAIR, '2019-03-07', null, 'reported'],
      [PAIR, null, null, 'reported'],
    ]);
    expect(read([`${D} met ${O} on Thursday.`, `The pair later had dinner with ${L}.`])[1]).toEqual([
      TRIO,
      null,
      null,
      'reported',
    ]);
  });

  test('a named event is a place, not a reference: "the trade summit in Osaka"', () => {
    expect(read(`${D} and ${O} met on the sidelines of the G20 summit in Osaka.`)).toEqual([
      [PAIR, null, 'the G20 summit in Osaka', 'reported'],
    ]);
  });

  test('"the board meeting" and a "meeting room" do not point back at the meeting just told', () => {
    const facts = findMeetings(
      annotate([
        `${D} met ${O} on Monday.`,
        'On Tuesday the board meeting approved the budget.',
        'The meeting room was empty.',
      ]),
    );
    expect(facts).toHaveLength(1);
  });

  test('a name used as a modifier is no party: "aides of ..." / "Duarte aides"', () => {
    expect(read(`${O} met [Duarte](person:ana-duarte) aides in Lisbon.`)).toEqual([]);
  });

  test('"met twice … The first meeting took place in … on …" dates and places the first of the two', () => {
    const facts = findMeetings(
      annotate([
        `${D} met ${O} twice before the council voted on the budget.`,
        'The first meeting took place in Tartu on March 4, 2017, during a fishing fair.',
        `${D} met ${O} again in Riga in May 2017, two aides said.`,
      ]),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.place, f.count, f.attachOnly])).toEqual([
      [null, null, 2, false],
      ['2017-03-04', 'Tartu', 1, false],
      ['2017-05', 'Riga', null, false],
    ]);
  });

  test('"the second meeting was held in … on …" fills the second of the counted meetings', () => {
    const facts = findMeetings(
      annotate([`${D} and ${O} met twice last year.`, 'The second meeting was held in Oslo on 9 June 2018.']),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.place, f.attachOnly])).toEqual([
      ['2018', null, false],
      ['2018-06-09', 'Oslo', false],
    ]);
  });

  test('an ordinal meeting with a date already told points back at it, it is no new meeting', () => {
    const facts = findMeetings(
      annotate([
        `${D} met ${O} twice, in May and in June.`,
        'The first meeting took place on 4 May in Tartu.',
      ]),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.date, f.attachOnly])).toEqual([
      ['2018-05', false],
      ['2018-06', false],
      ['2018-05', true],
    ]);
  });

  test('without a count an ordinal meeting creates no slot of its own', () => {
    const facts = findMeetings(
      annotate([`${D} met ${O} in Tartu.`, 'The first meeting took place on 4 May 2017.']),
    ) as CountedMeetingFact[];
    expect(facts.map(f => f.attachOnly)).toEqual([false, true]);
  });

  test('"met Okafor three times" counts, it does not name a party', () => {
    expect(
      (findMeetings(annotate(`${D} has met ${O} three times.`)) as CountedMeetingFact[]).map(f => [
        f.status,
        f.count,
      ]),
    ).toEqual([['reported', 3]]);
  });
});

describe('findMeetings: status', () => {
  test.each([
    ['present tense tells a schedule', `${D} meets ${O} on Friday.`, 'planned'],
    ['present progressive', `${D} is meeting ${O} in Oslo next week.`, 'planned'],
    ['called off', `${D}'s meeting with ${O} on Tuesday was cancelled.`, 'planned'],
    ['did not meet', `${D} did not meet ${O}.`, 'denied'],
    ['never met', `${D} has never met ${O}.`, 'denied'],
    ['denied meeting', `${D} denied meeting ${O} in Rome.`, 'denied'],
    ['denied ever meeting', `${D} denied ever meeting ${O} in Rome.`, 'denied'],
    ['denied having met', `${D} denied having met ${O} in Rome.`, 'denied'],
    ['has repeatedly denied meeting', `${D} has repeatedly denied meeting ${O} in Rome.`, 'denied'],
    ['denied that ... met', `${D} denied that [she](person:ana-duarte) met ${O}.`, 'denied'],
    [
      'quoted denial',
      `"[I](person:ana-duarte) have never met [him](person:tunde-okafor)," ${D} said.`,
      'denied',
    ],
    ['did not deny meeting', `${D} did not deny meeting with ${O}.`, 'reported'],
    [
      'denied claims by an agent that ... met',
      `${D} denied claims by [the opposition](organization:opposition) that [she](person:ana-duarte) had met ${O} in secret.`,
      'denied',
    ],
    [
      'rejected reports from the press that ... met',
      `${O} rejected reports from local newspapers that [he](person:tunde-okafor) met ${D} in Accra.`,
      'denied',
    ],
    [
      'dismissed allegations that ... met',
      `${D} dismissed allegations that [she](person:ana-duarte) met ${O}.`,
      'denied',
    ],
    [
      'rejected accusations by a modified agent',
      `${O} rejected accusations by the ruling party that [he](person:tunde-okafor) met ${D}.`,
      'denied',
    ],
    [
      'denied reports in the press',
      `${D} denied reports in the local press that [she](person:ana-duarte) had met ${O}.`,
      'denied',
    ],
    [
      'confirmed reports by an agent',
      `${D} confirmed reports by a newspaper that [she](person:ana-duarte) had met ${O}.`,
      'reported',
    ],
    [
      'a meeting that never took place',
      `A meeting between ${D} and ${O} never took place, aides said.`,
      'denied',
    ],
    ['will meet', `${D} will meet ${O} next month.`, 'planned'],
    ['hopes to meet', `${D} hopes to meet ${O} in April.`, 'planned'],
    ['is expected to meet', `${D} is expected to meet ${O} on Tuesday.`, 'planned'],
    [
      'a future meeting',
      `Aides discussed the prospects of a future meeting between ${D} and ${O}.`,
      'planned',
    ],
    ['could meet', `${D} could meet ${O} in Lisbon.`, 'planned'],
    ['is due to meet', `${D} is due to meet ${O} in Rome.`, 'planned'],
    ['is said to have met', `${D} is said to have met ${O} in Rome.`, 'reported'],
    ['has met several times', `${D} and ${O} have met several times since 2015.`, 'reported'],
  ])('%s', (_name, sentence, status) => {
    expect(read(sentence).map(f => f[3])).toEqual([status]);
  });

  test.each([
    ['declined to meet', `${D} declined to meet ${O}.`],
    ['would neither confirm nor deny', `${O} would neither confirm nor deny having met ${D} in Lisbon.`],
    ['conditional', `If ${D} met ${O}, the talks stayed secret.`],
    ['question', `Did ${D} meet ${O} in Geneva?`],
    ['alleged', `${D} faces allegations that [she](person:ana-duarte) met ${O}.`],
    [
      'claims by an agent, not denied',
      `${D} faces claims by [the opposition](organization:opposition) that [she](person:ana-duarte) met ${O}.`,
    ],
  ])('leaves out what the text leaves open: %s', (_name, sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('findMeetings: not meetings between named parties', () => {
  test.each([
    ['generic practice', 'Diplomats meet officials every day.'],
    ['unnamed partners', `[The embassy](organization:embassy) said it had numerous meetings with partners.`],
    ['an unresolved pronoun in the list', `${D} met him and his lawyers in Geneva.`],
    ['unnamed counterparts', `"[I](person:ana-duarte) never met with any foreign officials," ${D} said.`],
    ['a phone call', `${D} spoke to ${O} by phone on Tuesday.`],
    ['a press conference', `${D} told reporters at a press conference in Paris.`],
    ['a briefing', `Speaking at a briefing on Thursday, ${D} criticised ${O}.`],
    ['a hearing', `${D} testified at a hearing of [the committee](organization:committee).`],
    ['a visit to a place', `${D} visited [Portugal](organization:portugal) in May.`],
    ['one party only', `${D} met in Geneva.`],
    ['met a deadline', `${D} met the deadline set by ${O}.`],
    ['met with resistance', `${D}'s plan met with resistance from ${O}.`],
    ['welcomed as praise', `${D} welcomed ${O}'s decision.`],
    ['welcomed without a setting', `${D} welcomed ${O} as the new chief.`],
    ['a caption', `${D} meets ${O} in Geneva.`],
  ])('%s', (name, sentence) => {
    const zone = name === 'a caption' ? 'caption' : 'body';
    // a caption's people only confirm a meeting prose tells: alone it makes no Meeting node
    const analysis = annotate(sentence, { zone });
    const meetings = findMeetings(analysis);
    expect(zone === 'caption' ? toMeetingGraph([{ analysis, meetings }]).nodes : meetings).toEqual([]);
  });

  test('"contacts" only point at meetings told elsewhere', () => {
    const facts = findMeetings(
      annotate(`${D}'s contacts with ${O} in July were disclosed.`),
    ) as CountedMeetingFact[];
    expect(facts.map(f => [f.participantIds.join('+'), f.date, f.attachOnly])).toEqual([
      [PAIR, '2018-07', true],
    ]);
  });
});
