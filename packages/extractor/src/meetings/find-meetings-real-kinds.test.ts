// Kinds of meeting report seen in real news (invented sentences): apposition inside "between", time adverbials
// before "with", measured talks, journeys made for talks, bodies as parties, titles with "of", the recent past.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const UNION = "[the dockers' union](organization:dockers-union)";
const FIRM = '[Norvik Shipping](organization:norvik)';

describe('findMeetings: kinds of real news reports', () => {
  test("an apposition names the last party of 'between': \"between X and Y's new chief, Z,\"", () => {
    expect(
      read(
        `The deal came out of a meeting between ${D} and [Norvik](organization:norvik)'s new chief, ${O}, in Oslo.`,
      ),
    ).toEqual([[PAIR, null, 'Oslo', 'reported']]);
  });

  test("a time adverbial may stand between 'met' and 'with'", () => {
    expect(read(`${D} met Tuesday with ${O} on the budget.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${D} met on Saturday for two hours with ${O}.`)).toEqual([
      [PAIR, '2019-03-02', null, 'reported'],
    ]);
  });

  test("'held two hours of talks with' is one meeting, measured, not two", () => {
    const facts = read(`${D} held two hours of talks with ${O} in Lisbon.`);
    expect(facts).toEqual([[PAIR, null, 'Lisbon', 'reported']]);
  });

  test("a journey made 'for talks with' puts the traveller in them, at the destination", () => {
    expect(read(`Earlier, ${D} flew to the mountain capital, Tarvena, for talks with ${O}.`)).toEqual([
      [PAIR, null, 'Tarvena', 'reported'],
    ]);
    expect(read(`${D} will fly to Lagos for talks with ${O}.`).map(f => f[3])).toEqual(['planned']);
  });

  test('plural member heads stand for their organization; a singular role is one person', () => {
    expect(read(`${D} also met with seven senior ${FIRM} executives at the port.`)).toEqual([
      ['organization:norvik+person:ana-duarte', null, 'the port', 'reported'],
    ]);
    expect(read(`Negotiators for ${FIRM} and ${UNION} met on Wednesday without a deal.`)).toEqual([
      ['organization:dockers-union+organization:norvik', '2019-03-06', null, 'reported'],
    ]);
    expect(read(`${D} had dinner with the chief executive of ${FIRM} in May.`)).toEqual([]);
  });

  test("a capitalised title with an 'of' complement ends in its holder's name", () => {
    expect(read(`${D} met with ${O} and Director of Regional Affairs ${L}.`)).toEqual([
      ['person:ana-duarte+person:min-lee+person:tunde-okafor', null, null, 'reported'],
    ]);
  });

  test('the present perfect and "a recent meeting" date an undated encounter to the month of publication', () => {
    expect(read(`${D} has met ${O} in Geneva.`)).toEqual([[PAIR, '2019-03', 'Geneva', 'reported']]);
    expect(read(`${D} described a recent meeting with ${O}.`)).toEqual([[PAIR, '2019-03', null, 'reported']]);
    // not recent: "has met ... before", "has never met", a past tense without a date
    expect(read(`${D} has met ${O} before.`)).toEqual([[PAIR, null, null, 'reported']]);
    expect(read(`${D} met ${O} in Geneva.`)).toEqual([[PAIR, null, 'Geneva', 'reported']]);
    expect(read(`${D} has met ${O}.`, null)).toEqual([[PAIR, null, null, 'reported']]);
  });

  test('a length of time is no date: "lasted about an hour"', () => {
    expect(read(`${D}'s meeting with ${O} lasted about an hour at the embassy.`)).toEqual([
      [PAIR, null, 'the embassy', 'reported'],
    ]);
  });

  test("time spent together: 'spent several amicable hours … with'", () => {
    expect(read(`${D} spent several amicable hours in the old town with ${O}.`)).toEqual([
      [PAIR, null, 'the old town', 'reported'],
    ]);
  });
});

describe('findMeetings: a dated meeting noun before a present or future predicate is still ahead', () => {
  test('"X\'s meeting with Y on Friday is …" is planned; "… was …" reported', () => {
    expect(read(`${D}'s meeting with ${O} on Friday is the day before the vote.`).map(f => f[3])).toEqual([
      'planned',
    ]);
    expect(read(`${D}'s meeting with ${O} on Friday was the day before the vote.`).map(f => f[3])).toEqual([
      'reported',
    ]);
  });
  test("a relative clause on the last party leaves the meeting's place and date after it", () => {
    expect(
      read(`${D} had met ${O}, who led the takeover of the club, at her London home last month.`),
    ).toEqual([[PAIR, '2019-02', "Ana Duarte's London home", 'reported']]);
    // a relative clause that goes on to a new clause gives the meeting nothing of its own
    expect(read(`${D} had met ${O}, who later flew to Lisbon on Friday.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });
  test("'separately' after the objects also makes one encounter per object", () => {
    const facts = read(`${L} met ${D} and ${O} separately on Friday.`);
    expect(facts.map(f => f[0]).sort()).toEqual([
      'person:ana-duarte+person:min-lee',
      'person:min-lee+person:tunde-okafor',
    ]);
    expect(read(`${L} met ${D} and ${O} on Friday.`).map(f => f[0])).toEqual([
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
    ]);
  });
});
