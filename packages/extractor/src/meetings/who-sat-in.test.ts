// Who sat in a meeting told by its sides (who-sat-in.ts): a chair set in the chair by an absolute phrase or "under the
// chairmanship of", and the people who represented each organization. Invented sentences only (a freight dispute).
import { analyzeArticle } from '../entities/analyze-article';
import { findMeetings } from './index';
import { readMeetings as read } from './testing/read-meetings';
import { SIDE_ROWS } from './who-sat-in';

const TARN = '[Tarn Freight](organization:tarn-freight)';
const DOCKERS = '[Kelsport Dockers’ Union](organization:kelsport-dockers-union)';
const BRANDT = '[Ilse Brandt](person:ilse-brandt)';
const VALE = '[Oren Vale](person:oren-vale)';
const KOST = '[Mira Kost](person:mira-kost)';

describe('the chair of talks told by an absolute phrase sits in them', () => {
  test('"…, with the chief mediator, X, in the chair"', () => {
    expect(
      read(
        `${VALE} and ${KOST} held talks at the conciliation office on Monday, with the chief mediator, ${BRANDT}, in the chair.`,
      ).map(r => r[0]),
    ).toEqual(['person:ilse-brandt+person:mira-kost+person:oren-vale']);
  });

  test('"…, with X presiding" and "under the chairmanship of X"', () => {
    expect(
      read(`${VALE} and ${KOST} held talks on Monday, with ${BRANDT} presiding.`).map(r => r[0]),
    ).toEqual(['person:ilse-brandt+person:mira-kost+person:oren-vale']);
    expect(
      read(`${VALE} and ${KOST} held talks on Monday under the chairmanship of ${BRANDT}.`).map(r => r[0]),
    ).toEqual(['person:ilse-brandt+person:mira-kost+person:oren-vale']);
  });

  test('trap: a "with" phrase that puts nobody in the chair adds nobody', () => {
    expect(
      read(`${VALE} and ${KOST} held talks on Monday, with ${BRANDT} watching from the gallery.`).map(
        r => r[0],
      ),
    ).toEqual(['person:mira-kost+person:oren-vale']);
  });
});

describe('the people who represented the sides of an organization-level meeting', () => {
  test('"The company was represented by its chief executive, X, and the union by its general secretary, Y"', () => {
    expect(
      read([
        `${TARN} and the ${DOCKERS} held talks for nine hours on Monday.`,
        `The [company](organization:tarn-freight|description) was represented by its chief executive, ${VALE}, and the [union](organization:kelsport-dockers-union|description) by its general secretary, ${KOST}.`,
      ]).map(r => r[0]),
    ).toEqual(['person:mira-kost+person:oren-vale']);
  });

  test('one side told: that side only is replaced', () => {
    expect(
      read([
        `${TARN} and the ${DOCKERS} held talks for nine hours on Monday.`,
        `The [company](organization:tarn-freight|description) was represented by ${VALE}.`,
      ]).map(r => r[0]),
    ).toEqual(['organization:kelsport-dockers-union+person:oren-vale']);
  });

  test('trap: "represented by" with no person, or far from the meeting, changes nothing', () => {
    expect(
      read([
        `${TARN} and the ${DOCKERS} held talks for nine hours on Monday.`,
        `The [company](organization:tarn-freight|description) was represented by a law firm in court last year.`,
      ]).map(r => r[0]),
    ).toEqual(['organization:kelsport-dockers-union+organization:tarn-freight']);
  });
});

describe('the table rows, read by the whole extractor from plain text', () => {
  test.each(SIDE_ROWS.map(r => [r.id, r] as const))(
    '%s: example changes the parties, trap does not',
    (_id, row) => {
      const parties = (text: string): string[] =>
        findMeetings(analyzeArticle({ path: 'invented.txt', text })).map(f => f.participantIds.join('+'));
      const example = parties(row.example);
      const trap = parties(row.trap);
      expect(example).not.toEqual(trap);
      expect(example.some(p => /person:(ilse-brandt|oren-vale)/.test(p))).toBe(true);
      expect(trap.some(p => /ilse-brandt/.test(p))).toBe(false);
    },
  );
});

describe('"the two" of a time clause are the two people its main clause names', () => {
  const YARROW = '[Ben Yarrow](person:ben-yarrow)';
  const OKONTA = '[Okonta](person:ada-okonta)';
  test('"X said he had demanded a guarantee from Y when the two met at the town hall"', () => {
    expect(
      read([
        `${VALE} met ${KOST} on Monday.`,
        `${YARROW} said [he](person:ben-yarrow) had demanded a guarantee from ${OKONTA} when the two met at the town hall on Tuesday.`,
      ]).map(r => r[0]),
    ).toEqual(['person:mira-kost+person:oren-vale', 'person:ada-okonta+person:ben-yarrow']);
  });

  test('trap: three people named before the time clause leave "the two" to the pair told before', () => {
    expect(
      read([
        `${VALE} met ${KOST} on Monday.`,
        `${YARROW} told ${BRANDT} about ${OKONTA} when the two met at the town hall on Tuesday.`,
      ]).map(r => r[0]),
    ).toEqual(['person:mira-kost+person:oren-vale', 'person:mira-kost+person:oren-vale']);
  });
});
