// More kinds of meeting report, invented sentences: people with their side in an of-phrase ("Duarte of Norvik and
// Okafor of the Tarn Union met"), the host of the talks a clause tells, multi-word verbs of visiting.
import { findMeetings } from './index';
import type { CountedMeetingFact } from './meeting-fact';
import { annotate } from './testing/annotate';
import { D, L, O, readMeetings as read } from './testing/read-meetings';

const NORVIK = '[Norvik](organization:norvik)';
const TARN = '[the Tarn Union](organization:tarn-union)';
const THREE = 'person:ana-duarte+person:min-lee+person:tunde-okafor';

describe('findMeetings: named people with their side in an of-phrase', () => {
  test('a coordinated subject of "<name> of <side>" conjuncts names the people', () => {
    expect(read(`${D} of ${NORVIK} and ${O} of ${TARN} met at the hotel.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'the hotel', 'reported'],
    ]);
  });

  test('so does a coordinated object', () => {
    expect(read(`${L} met ${D} of ${NORVIK} and ${O} of ${TARN} at the hotel.`)).toEqual([
      [THREE, null, 'the hotel', 'reported'],
    ]);
  });

  test('an unnamed head of an of-phrase is still the side it stands for', () => {
    expect(read(`Negotiators for ${NORVIK} and ${TARN} met on Wednesday.`)).toEqual([
      ['organization:norvik+organization:tarn-union', '2019-03-06', null, 'reported'],
    ]);
  });
});

describe('findMeetings: the host of the talks a clause tells sits in them', () => {
  test('"met …, in talks hosted by <person>" adds the host', () => {
    expect(read(`${D} and ${O} met at the hotel, in talks hosted by the league's envoy, ${L}.`)).toEqual([
      [THREE, null, 'the hotel', 'reported'],
    ]);
    expect(read(`${D} met ${O} at a dinner chaired by ${L} on Monday.`)).toEqual([
      [THREE, '2019-03-04', 'a dinner', 'reported'],
    ]);
  });

  test('a body that hosts is no side; a later clause is not the setting', () => {
    expect(read(`${D} and ${O} met at the hotel, in talks hosted by ${NORVIK}.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'the hotel', 'reported'],
    ]);
    // the later talks are an encounter of their own (Duarte with their host), not a third party of the first
    expect(read(`${D} met ${O} on Monday and later attended talks hosted by ${L}.`).map(f => f[0])).toEqual([
      'person:ana-duarte+person:tunde-okafor',
      'person:ana-duarte+person:min-lee',
    ]);
  });
});

describe('findMeetings: multi-word verbs of going to see someone', () => {
  test('"called on", "paid a visit to", "went to see" a person is a visit', () => {
    expect(read(`${D} paid a visit to ${O} in Bergen.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'Bergen', 'reported'],
    ]);
    expect(
      read(
        `"[I](person:ana-duarte) went to see [the chairman](person:tunde-okafor) and said no," ${D} said.`,
      ),
    ).toEqual([['person:ana-duarte+person:tunde-okafor', null, null, 'reported']]);
    expect(read(`${D} will pay a courtesy call on ${O} next week.`).map(f => f[3])).toEqual(['planned']);
  });

  test('"called on X to <verb>" is an appeal, and calling on a body is no visit', () => {
    expect(read(`${D} called on ${O} to resign.`)).toEqual([]);
    expect(read(`${D} called on ${NORVIK} at its offices.`)).toEqual([]);
  });
});

describe('findMeetings: a meeting in a sequence of calls', () => {
  test('"X\'s meeting with Y, which followed an audience with Z" gives X a meeting with Z too', () => {
    expect(read(`${D}'s meeting with ${O}, which followed an audience with ${L}, ended at noon.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, null, 'reported'],
      ['person:ana-duarte+person:min-lee', null, null, 'reported'],
    ]);
    expect(read(`${D}'s talks with ${O} preceded a meeting with ${L} in Oslo.`)[1]).toEqual([
      'person:ana-duarte+person:min-lee',
      null,
      'Oslo',
      'reported',
    ]);
  });

  test("the relative clause ends at its comma: the place after it is the main meeting's", () => {
    expect(
      read(
        `${D}'s meeting with ${O}, which followed an audience with ${L}, lasted an hour at a guest house in Oslo.`,
      ),
    ).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'a guest house in Oslo', 'reported'],
      ['person:ana-duarte+person:min-lee', null, null, 'reported'],
    ]);
  });

  test('with no owned meeting before the sequence verb, the with-phrase alone is no meeting', () => {
    expect(read(`The storm, which followed an audience with ${L}, ended at noon.`)).toEqual([]);
  });
});

describe('findMeetings: facing someone across a table', () => {
  test('"faced <person> across the table" is an encounter, an apposition naming the person', () => {
    expect(
      read(
        `After the session, where ${D} faced the firm's negotiator, ${O}, across the table, talks stalled.`,
      ),
    ).toEqual([['person:ana-duarte+person:tunde-okafor', null, null, 'reported']]);
  });

  test('facing someone anywhere else is not', () => {
    expect(read(`${D} faced ${O} in the final on Monday.`)).toEqual([]);
    expect(read(`${D} faced ${NORVIK} across the table on Monday.`)).toEqual([]);
  });
});

describe('findMeetings: a clause set right after talks with someone', () => {
  test('"after / following talks with Y" puts the clause\'s subject in them, fronted or not', () => {
    expect(read(`Following talks with ${L}, ${D} said the port would stay open.`)).toEqual([
      ['person:ana-duarte+person:min-lee', null, null, 'reported'],
    ]);
    expect(
      read(`${D} told reporters after a meeting with ${L} on Monday that the port would stay open.`),
    ).toEqual([['person:ana-duarte+person:min-lee', '2019-03-04', null, 'reported']]);
  });

  test('a clause told as ahead, a passive or a subject that names no one reads no meeting from it', () => {
    const settings = (sentence: string) =>
      (findMeetings(annotate(sentence)) as CountedMeetingFact[]).filter(f => f.rule === 'setting-with');
    expect(settings(`${D} will speak after talks with ${L}.`)).toEqual([]);
    expect(settings(`${O} was freed after talks with ${L}.`)).toEqual([]);
    expect(settings(`Prices rose after talks with ${L}.`)).toEqual([]);
  });
});

describe('findMeetings: joining someone for an occasion, a meal given for someone, a reciprocal phrasal', () => {
  test('"joined Y for a late dinner / for talks" is an encounter; "for the announcement" is not', () => {
    expect(read(`${D} joined ${O} for a late dinner at the embassy on Monday.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', '2019-03-04', 'the embassy', 'reported'],
    ]);
    expect(read(`${D} joined ${O} for the announcement.`)).toEqual([]);
  });

  test('"hosted a dinner for Y" shares it with Y; "for charity" names no guest', () => {
    expect(read(`${D} hosted a dinner for ${O} at the embassy.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'the embassy', 'reported'],
    ]);
    expect(read(`${D} will host a dinner for ${O} next week.`).map(f => f[3])).toEqual(['planned']);
    expect(read(`${D} hosted a dinner for charity at the embassy.`)).toEqual([]);
  });

  test('"X and Y shook hands / sat down" needs two parties in the subject', () => {
    expect(read(`${D} and ${O} shook hands at the palace.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, 'the palace', 'reported'],
    ]);
    expect(read(`${D} sat down at the palace.`)).toEqual([]);
  });
});
