// A comma-set relative clause between a subject and its verb tells its own event: its date is not the main
// clause's meeting date; a where-clause takes the one day of the clause it hangs on. Invented articles only.
import { datedMeetingLines as datedMeetings } from './testing/extracted-meetings';

describe('dates of a relative clause before the trigger', () => {
  test("the relative clause's date stays with its own meeting; the main clause keeps its own", () => {
    expect(
      datedMeetings(
        'Lena Ortiz, who met Tom Hale in Valdor last month, had lunch with Ana Duarte on Tuesday.',
      ),
    ).toEqual(['Ana Duarte + Lena Ortiz 2022-03-08', 'Lena Ortiz + Tom Hale 2022-02']);
  });

  test('trap: a main clause without a date of its own takes none from the relative clause', () => {
    expect(
      datedMeetings('Lena Ortiz, who resigned last month, later had lunch with Ana Duarte in Valdor.'),
    ).toEqual(['Ana Duarte + Lena Ortiz null']);
  });

  test('a where-clause happens on the one day its antecedent clause names', () => {
    expect(datedMeetings('On Tuesday Lena Ortiz flew to Valdor, where she met Tom Hale.')).toEqual([
      'Lena Ortiz + Tom Hale 2022-03-08',
    ]);
  });

  test('trap: an antecedent clause with two days dates nothing', () => {
    expect(
      datedMeetings('Lena Ortiz left on Monday and reached Valdor on Wednesday, where she met Tom Hale.'),
    ).toEqual(['Lena Ortiz + Tom Hale 2022-03 (publication month)']);
  });
});
