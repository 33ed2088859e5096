// "the meeting in Brindlow, which was chaired by X and attended by Y": the agents took part; "Z told that meeting …":
// whoever speaks to a meeting was at it; one node keeps the fuller place. Invented sentences only (a ferry timetable row).
import type { ArticleAnalysis } from '../analysis';
import { findMeetings, toMeetingGraph } from './index';
import { annotate } from './testing/annotate';
import { readMeetings as read } from './testing/read-meetings';

const HALE = '[Prof. Wendeline Hale](person:wendeline-hale)';
const KORR = '[Matthis Korr](person:matthis-korr)';
const ODUYA = '[Ngozi Oduya](person:ngozi-oduya)';
const LINE = '[Saltmarsh Ferries](organization:saltmarsh-ferries)';
const PAIR = 'person:ngozi-oduya+person:wendeline-hale';
const TRIO = 'person:matthis-korr+person:ngozi-oduya+person:wendeline-hale';

describe('findMeetings: the agents of "chaired by" and "attended by" after a meeting noun', () => {
  test('"the meeting in <town>, which was chaired by X and attended by Y"', () => {
    expect(
      read(
        `The row began at Monday's meeting in Brindlow, which was chaired by harbour board chair ${HALE} and attended by ${ODUYA}.`,
      ),
    ).toEqual([[PAIR, '2019-03-04', 'Brindlow', 'reported']]);
  });

  test('a reduced relative: "talks, chaired by X and attended by Y, ended late"', () => {
    expect(read(`The talks, chaired by ${HALE} and attended by ${ODUYA}, ended late.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });

  test('trap: a meeting that will be chaired and attended is planned', () => {
    expect(
      read(
        `Friday's meeting in Brindlow, which will be chaired by ${HALE} and attended by ${ODUYA}, may be stormy.`,
      ),
    ).not.toContainEqual([PAIR, expect.anything(), expect.anything(), 'reported']);
  });

  test('trap: an organization that chairs convenes the talks and is no side', () => {
    expect(read(`The talks, chaired by ${LINE} and attended by ${ODUYA}, ended late.`)).toEqual([]);
  });
});

describe('findMeetings: "X told that meeting …" adds X to the meeting told before', () => {
  const CHAIRED_TALKS = `The talks, chaired by ${HALE} and attended by ${ODUYA}, ended late on Monday.`;

  test('the speaker joins the chaired meeting', () => {
    expect(
      read([CHAIRED_TALKS, `${KORR} told that meeting the line had not cut any sailings.`]).map(f => f[0]),
    ).toEqual([TRIO, TRIO]);
  });

  test('"had" before a negation is an auxiliary, not a meeting "the company had"', () => {
    expect(
      read([CHAIRED_TALKS, `${KORR} told that meeting ${LINE} had not overcharged any passengers.`]).map(
        f => f[0],
      ),
    ).toEqual([TRIO, TRIO]);
  });

  test('trap: telling reporters about the meeting is no attendance', () => {
    expect(
      read([CHAIRED_TALKS, `${KORR} told reporters that the meeting had not cut any sailings.`]).map(
        f => f[0],
      ),
    ).not.toContain(TRIO);
  });
});

describe('toMeetingGraph: a place told with one report names the town another gives', () => {
  const article = (id: string, sentences: string[]): ArticleAnalysis =>
    annotate(sentences, { articleId: `article:${id}`, publishedAt: '2019-03-08' });
  test('"the harbour office in Brindlow" is kept over "Brindlow"', () => {
    const a = article('a', [`On Monday, ${HALE} met ${ODUYA} in Brindlow.`]);
    const b = article('b', [`${HALE} met ${ODUYA} at the harbour office in Brindlow.`]);
    const graph = toMeetingGraph([a, b].map(analysis => ({ analysis, meetings: findMeetings(analysis) })));
    expect(graph.nodes.map(n => n.properties.place)).toEqual(['the harbour office in Brindlow']);
  });
});
