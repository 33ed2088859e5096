// A meeting told only as one party's claim, which the other party denies, is denied; invented articles only.
import { analyzeArticle } from '../entities/analyze-article';
import { resolveAcrossArticles } from '../entities/resolve-across-articles';
import { extractDocument } from '../extract-document';
import { findMeetings, toMeetingGraph } from '.';
import type { CountedMeetingFact } from './meeting-fact';

function statusesOf(text: string): string[] {
  const document = extractDocument([{ path: 'invented.txt', text, publishedAt: '2021-05-10' }]);
  return document.nodes.filter(n => n.labels.includes('Meeting')).map(n => String(n.properties.status));
}

const CLAIM = 'Last Friday, Ana Duarte told reporters that she had met Tom Hale in Lisbon.';

describe('contested claims of a meeting', () => {
  test("one party's claim, denied by the other party naming the claimant: denied", () => {
    expect(statusesOf(`${CLAIM} Hale denies the comment of Duarte and calls it baseless.`)).toEqual([
      'denied',
    ]);
  });

  test("a newspaper's report of a shared meal that a party denies: one meeting, denied", () => {
    const text =
      'The Harbour Gazette reported on Monday that Ana Duarte and Tom Hale had dinner at a hotel in Lisbon. ' +
      '"I have never had dinner with Tom Hale," Duarte said.';
    expect(statusesOf(text)).toEqual(['denied']);
  });

  test("trap: a newspaper's report of a shared meal that nobody denies stays reported", () => {
    const text =
      'The Harbour Gazette reported on Monday that Ana Duarte and Tom Hale had dinner at a hotel in Lisbon. ' +
      '"It was a pleasant evening," Duarte said.';
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test('trap: the other party does not deny it: still reported', () => {
    expect(statusesOf(`${CLAIM} Hale declined to comment on Monday.`)).toEqual(['reported']);
  });

  test('trap: the narrator tells the meeting, not a party: still reported', () => {
    const text =
      'Ana Duarte met Tom Hale in Lisbon last Friday, officials said. Hale denies the comment of Duarte.';
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test('trap: a denial that names someone else leaves the claim reported', () => {
    const text = `${CLAIM} Hale denies the comment of Lena Ortiz about the budget.`;
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test("a third party's claim that a party denies anywhere in the batch: denied, and no reported meeting", () => {
    const claim =
      'Lena Ortiz claimed on Monday that Ana Duarte had secretly met Tom Hale at the lodge in March.';
    const denial = 'Ana Duarte denied ever meeting Tom Hale.';
    const document = extractDocument([
      { path: 'a.txt', text: claim, publishedAt: '2021-05-10' },
      { path: 'b.txt', text: denial, publishedAt: '2021-05-11' },
    ]);
    const statuses = document.nodes
      .filter(n => n.labels.includes('Meeting'))
      .map(n => String(n.properties.status));
    expect(statuses).toEqual(['denied']);
    expect(
      statusesOf(
        `A claim from Lena Ortiz that Ana Duarte had met Tom Hale in March was false, Duarte said. ${denial}`,
      ),
    ).toEqual(['denied']);
  });

  test('trap: the outlet tells the same encounter in its own words: it stays reported', () => {
    const text =
      'Ana Duarte met Tom Hale at the lodge in March. Lena Ortiz claimed that Duarte had met Hale at the lodge. Duarte denied ever meeting Hale.';
    expect(statusesOf(text)).toContain('reported');
  });

  test('trap: a claimed encounter at another place than the one denied stays reported', () => {
    const text =
      'Duarte said she had met Tom Hale in her office in March. She denied that she had met Hale at the golf club.';
    expect(statusesOf(text).sort()).toEqual(['denied', 'reported']);
  });

  test("'it was not true that they met' denies the meeting", () => {
    expect(statusesOf('Ana Duarte said it was not true that she had met Tom Hale at the golf club.')).toEqual(
      ['denied'],
    );
    expect(statusesOf('Ana Duarte said it was true that she had met Tom Hale at the golf club.')).toEqual([
      'reported',
    ]);
  });
});

describe('the claim reading travels with the fact', () => {
  const read = (text: string) => {
    const [analysis] = resolveAcrossArticles([
      analyzeArticle({ path: 'invented.txt', text, publishedAt: '2021-05-10' }),
    ]);
    return { analysis: analysis!, meetings: findMeetings(analysis!) as CountedMeetingFact[] };
  };
  const statusOf = (perArticle: ReturnType<typeof read>) =>
    toMeetingGraph([perArticle]).nodes.map(n => String(n.properties.status));

  test('findMeetings reads who claims a reported meeting and whether the other party denies it', () => {
    const { meetings } = read(`${CLAIM} Hale denies the comment of Duarte and calls it baseless.`);
    expect(meetings.map(m => m.claim)).toEqual([
      { claimant: 'person:ana-duarte', deniedByOtherParty: true, toldAsClaim: true },
    ]);
  });

  test('merging takes the stored reading instead of parsing the sentence again', () => {
    const perArticle = read(`${CLAIM} Hale denies the comment of Duarte and calls it baseless.`);
    expect(statusOf(perArticle)).toEqual(['denied']);
    const undenied = perArticle.meetings.map(m => ({
      ...m,
      claim: { ...m.claim!, deniedByOtherParty: false },
    }));
    expect(statusOf({ ...perArticle, meetings: undenied })).toEqual(['reported']);
    // a fact made without it (as tests build them) is read on the spot
    const bare = perArticle.meetings.map(({ claim: _claim, ...m }) => m);
    expect(statusOf({ ...perArticle, meetings: bare })).toEqual(['denied']);
  });
  test('"X revealed that A had been spotted dining with B", a party denies ever meeting B: denied', () => {
    const text =
      'Last week the Harbour Gazette revealed that Ana Duarte had been spotted dining with Tom Hale at the Lantern Grill. ' +
      '"Ana has never met Tom Hale, at the Lantern Grill or anywhere else," her spokesman said.';
    expect(statusesOf(text)).toEqual(['denied']);
  });

  test('trap: a revealed meeting that nobody denies stays reported', () => {
    const text =
      'Last week the Harbour Gazette revealed that Ana Duarte had been spotted dining with Tom Hale at the Lantern Grill. ' +
      'Hale declined to comment.';
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test('"… reported that A had visited the farm of B. Both deny it.": the parties deny the claim right after', () => {
    const text =
      'On Tuesday the Harbour Gazette reported that Ana Duarte had visited Tom Hale at his farm on the Sunday before the strike. ' +
      'Both deny it.';
    expect(statusesOf(text)).toEqual(['denied']);
    const pronoun =
      'The Harbour Gazette reported that Ana Duarte had met Tom Hale at the boatyard in March. ' +
      'She denied the report on Monday.';
    expect(statusesOf(pronoun)).toEqual(['denied']);
  });

  test('trap: "Both deny wrongdoing" denies no meeting', () => {
    const text =
      'On Tuesday the Harbour Gazette reported that Ana Duarte had visited Tom Hale at his farm on the Sunday before the strike. ' +
      'Both deny wrongdoing.';
    expect(statusesOf(text)).toEqual(['reported']);
  });

  test('trap: a meeting the outlet tells in its own words, then "Both deny it", stays reported', () => {
    const text = 'Ana Duarte visited Tom Hale at his farm on Sunday. Both deny it.';
    expect(statusesOf(text)).toEqual(['reported']);
  });
  test('"… revealed that A had dined with B. \'There was no dinner,\' A said.": the claimed encounter did not happen', () => {
    const text =
      'The Harbour Gazette revealed that Ana Duarte had dined with Tom Hale at the Lantern Grill in March. ' +
      '"There was no dinner," Duarte said.';
    expect(statusesOf(text)).toEqual(['denied']);
    const tookPlace =
      'The Harbour Gazette reported that Ana Duarte had met Tom Hale at the boatyard in March. ' +
      'Hale said no such meeting took place.';
    expect(statusesOf(tookPlace)).toEqual(['denied']);
  });

  test('trap: "there was no agreement" after a claimed meeting leaves it standing', () => {
    const text =
      'The Harbour Gazette reported that Ana Duarte had met Tom Hale at the boatyard in March. ' +
      '"There was no agreement," Duarte said.';
    expect(statusesOf(text)).toEqual(['reported']);
  });
});
