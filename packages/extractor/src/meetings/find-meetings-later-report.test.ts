// A meeting told once and then referred to ("The meeting took place at her house on Thursday", "The meeting,
// attended by Lee, …"): the later report gives the one meeting its date, place and attendee where the first left
// them out. Invented sentences.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const THREE = 'person:ana-duarte+person:min-lee+person:tunde-okafor';

describe('findMeetings: a later report of the meeting told before', () => {
  test('"The meeting took place at <place> on <day>" dates and places the undated meeting', () => {
    expect(
      read([
        `${D} met ${O} to discuss the port.`,
        'The meeting took place at the embassy in Oslo on Thursday.',
      ]),
    ).toEqual([
      [PAIR, '2019-03-07', 'the embassy in Oslo', 'reported'],
      [PAIR, '2019-03-07', null, 'reported'],
    ]);
  });

  test('a date the first report gave is kept', () => {
    expect(
      read([`${D} met ${O} on Monday.`, 'The meeting took place at the embassy on Thursday.'])[0],
    ).toEqual([PAIR, '2019-03-04', 'the embassy', 'reported']);
  });

  test('"the meeting will take place …" dates nothing told', () => {
    expect(
      read([
        `${D} met ${O} to discuss the port.`,
        'The meeting will take place at the embassy on Thursday.',
      ])[0],
    ).toEqual([PAIR, null, null, 'reported']);
  });

  test('"The meeting, attended by Lee, …" adds the one attendee to the meeting told before', () => {
    expect(
      read([
        `${D} met ${O} to discuss the port.`,
        `The meeting, which was then attended by ${L}, took place at the embassy on Thursday.`,
      ]),
    ).toEqual([
      [THREE, '2019-03-07', 'the embassy', 'reported'],
      [THREE, '2019-03-07', 'the embassy', 'reported'],
    ]);
  });

  test('a body attending adds no person; an indefinite meeting attended by one person is nothing told', () => {
    expect(
      read([
        `${D} met ${O} to discuss the port.`,
        'The meeting, attended by [Norvik](organization:norvik), ended at noon.',
      ]).map(f => f[0]),
    ).toEqual([PAIR]);
    expect(read(`A meeting, attended by ${L}, ended at noon.`)).toEqual([]);
  });
});
