// A visit to a person's home or office is a visit to that person (PERSONAL_PLACE_NOUNS); invented articles only.
import { extractDocument } from '../extract-document';

function meetingsOf(text: string): string[] {
  const document = extractDocument([{ path: 'invented.txt', text, publishedAt: '2022-03-11' }]);
  const name = (id: string) => String(document.nodes.find(n => n.id === id)?.properties.name);
  return document.nodes
    .filter(n => n.labels.includes('Meeting'))
    .map(m =>
      document.relationships
        .filter(r => r.type === 'PARTICIPATED_IN' && r.end === m.id)
        .map(r => name(r.start))
        .sort()
        .join(' + '),
    );
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
