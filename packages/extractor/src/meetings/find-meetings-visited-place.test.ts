// A visit to a person's home or office is a visit to that person (PERSONAL_PLACE_NOUNS); invented articles only.
import { extractedMeetings } from './testing/extracted-meetings';

function meetingsOf(text: string): string[] {
  return extractedMeetings(text).map(m => m.parties);
}

describe("a visit to someone's home or office", () => {
  test("visited X's office: the visitor met X", () => {
    expect(meetingsOf("Lena Ortiz visited Tom Hale's office in Valdor on Thursday.")).toEqual([
      'Lena Ortiz + Tom Hale',
    ]);
  });

  test("visited X's residence, the owner named with a title", () => {
    expect(
      meetingsOf("Envoy Lena Ortiz visited Senator Tom Hale's residence on Thursday to discuss the bill."),
    ).toEqual(['Lena Ortiz + Tom Hale']);
  });

  test("trap: a company's office is no person to meet", () => {
    expect(meetingsOf("Lena Ortiz visited Norvik Shipping's office in Valdor on Thursday.")).toEqual([]);
  });

  test("trap: a person's factory is a site, not the person", () => {
    expect(meetingsOf("Lena Ortiz visited Tom Hale's factory in Valdor on Thursday.")).toEqual([]);
  });
});
