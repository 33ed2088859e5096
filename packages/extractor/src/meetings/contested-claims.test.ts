// A meeting told only as one party's claim, which the other party denies, is denied; invented articles only.
import { extractDocument } from '../extract-document';

function statusesOf(text: string): string[] {
  const document = extractDocument([{ path: 'invented.txt', text, publishedAt: '2021-05-10' }]);
  return document.nodes.filter(n => n.labels.includes('Meeting')).map(n => String(n.properties.status));
}

const CLAIM = 'Last Friday, Ana Duarte told reporters that she had met Tom Hale in Lisbon.';

describe('contested claims of a meeting', () => {
  test("one party's claim, denied by the other party naming the claimant: denied", () => {
    expect(statusesOf(`${CLAIM} Hale denies the comment of Duarte and calls it baseless.`)).toEqual(['denied']);
  });

  test('trap: the other party does not deny it: still reported', () => {
    expect(statusesOf(`${CLAIM} Hale declined to comment on Monday.`)).toEqual(['reported']);
  });

  test('trap: the narrator tells the meeting, not a party: still reported', () => {
    const text = 'Ana Duarte met Tom Hale in Lisbon last Friday, officials said. Hale denies the comment of Duarte.';
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test('trap: a denial that names someone else leaves the claim reported', () => {
    const text = `${CLAIM} Hale denies the comment of Lena Ortiz about the budget.`;
    expect(statusesOf(text)).toEqual(['reported']);
  });
});
