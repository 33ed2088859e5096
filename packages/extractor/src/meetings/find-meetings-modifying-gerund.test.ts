// "Norvik managing director Lee": a gerund that modifies the title after an organization's name stays inside the
// noun phrase, so the titled person, not the organization, is the party. Invented articles only.
import { datedMeetingLines as meetingsOf } from './testing/extracted-meetings';

describe('a modifying gerund in a title after an organization name', () => {
  test('"met <Org> managing director <Person> on Monday": the person, and the date', () => {
    expect(meetingsOf('Lena Ortiz met Norvik Shipping managing director Tom Hale on Monday.')).toEqual([
      'Lena Ortiz + Tom Hale 2022-03-07',
    ]);
  });

  test('"X\'s meeting with <Org> sporting director <Person>": the person', () => {
    expect(
      meetingsOf("Lena Ortiz's meeting with Harwick United sporting director Tom Hale lasted an hour."),
    ).toEqual(['Lena Ortiz + Tom Hale 2022-03 (publication month)']);
  });

  test('trap: a gerund that opens its own phrase ("running the port") is no modifier of a title', () => {
    expect(meetingsOf('Lena Ortiz met Norvik Shipping executives running the port on Monday.')).toEqual([
      'Lena Ortiz + Norvik Shipping 2022-03 (publication month)',
    ]);
  });
});
