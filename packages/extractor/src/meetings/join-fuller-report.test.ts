// A report that leaves out a party of the same day's fuller meeting (the chair) joins that meeting. Invented
// articles only (a museum loan negotiation).
import type { ArticleAnalysis } from '../analysis';
import { meetingId } from '@news-kg/graph-model';
import { findMeetings, toMeetingGraph } from './index';
import { annotate } from './testing/annotate';

const VOSS = '[Clara Voss](person:clara-voss)';
const IBEKWE = '[Ibekwe](person:obi-ibekwe)';
const AMADI = '[Nkechi Amadi](person:nkechi-amadi)';
const HALLORAN = '[Ada Halloran](person:ada-halloran)';
const TRIO = ['person:clara-voss', 'person:nkechi-amadi', 'person:obi-ibekwe'];

const article = (id: string, sentences: string[]): ArticleAnalysis =>
  annotate(sentences, { articleId: `article:${id}`, publishedAt: '2019-03-08' });
const graphOf = (articles: ArticleAnalysis[]) =>
  toMeetingGraph(articles.map(analysis => ({ analysis, meetings: findMeetings(analysis) })));
const participantSets = (graph: ReturnType<typeof graphOf>) =>
  graph.nodes.map(n =>
    graph.relationships
      .filter(r => r.type === 'PARTICIPATED_IN' && r.end === n.id)
      .map(r => r.start)
      .join('+'),
  );

describe('toMeetingGraph: a report without the chair joins the fuller meeting of that day', () => {
  const chaired = article('a', [
    `Talks between ${VOSS} and ${IBEKWE} broke down on Thursday.`,
    `${AMADI}, who had chaired them, said little.`,
  ]);

  test('same parties, same day: one meeting with the chair', () => {
    const short = article('b', [`Talks between ${IBEKWE} and ${VOSS} ended on Thursday.`]);
    const graph = graphOf([chaired, short]);
    expect(participantSets(graph)).toEqual([TRIO.join('+')]);
    expect(graph.meetingIdOf(1, 0)).toBe(meetingId(TRIO, '2019-03-07', 'reported'));
  });

  test('trap: the same parties on another day stay a meeting of their own', () => {
    const short = article('b', [`Talks between ${IBEKWE} and ${VOSS} ended on Tuesday.`]);
    expect(participantSets(graphOf([chaired, short])).sort()).toEqual(
      [TRIO.join('+'), 'person:clara-voss+person:obi-ibekwe'].sort(),
    );
  });

  test('trap: with two fuller meetings that day the report joins neither', () => {
    const other = article('c', [
      `Talks between ${VOSS} and ${IBEKWE} ended on Thursday.`,
      `${HALLORAN}, who had chaired them, said little.`,
    ]);
    const short = article('b', [`Talks between ${IBEKWE} and ${VOSS} ended on Thursday.`]);
    expect(participantSets(graphOf([chaired, other, short]))).toHaveLength(3);
  });
});

describe('toMeetingGraph: within one article, a dated report joins the one undated fuller report', () => {
  test('"X and Y held talks on Thursday. … X met Y, in talks hosted by Z" is one meeting, dated', () => {
    const graph = graphOf([
      article('a', [
        `${VOSS} and ${IBEKWE} held talks on Thursday.`,
        `${VOSS} met ${IBEKWE} at the museum, in talks hosted by ${AMADI}.`,
      ]),
    ]);
    expect(participantSets(graph)).toEqual([TRIO.join('+')]);
    expect(graph.nodes[0]!.properties).toMatchObject({ date: '2019-03-07', place: 'the museum' });
  });

  test('trap: an undated fuller report in another article joins nothing', () => {
    const graph = graphOf([
      article('a', [`${VOSS} and ${IBEKWE} held talks on Thursday.`]),
      article('b', [`${VOSS} met ${IBEKWE} at the museum, in talks hosted by ${AMADI}.`]),
    ]);
    expect(participantSets(graph)).toHaveLength(2);
  });

  test('trap: a report of several meetings is no report of the fuller one', () => {
    const graph = graphOf([
      article('a', [
        `${VOSS} and ${IBEKWE} met twice last year.`,
        `${VOSS} met ${IBEKWE} at the museum, in talks hosted by ${AMADI}.`,
      ]),
    ]);
    expect(participantSets(graph)).toHaveLength(2);
  });
});

describe('toMeetingGraph: an undated report joins the one hosted or chaired meeting of its parties in the batch', () => {
  const hosted = article('a', [
    `${VOSS} and ${IBEKWE} met at the council on Thursday, in talks hosted by ${AMADI}.`,
  ]);
  const undated = (sentences: string[]) => annotate(sentences, { articleId: 'article:b', publishedAt: null });

  test('"X held talks with Y in Port Arn" (no date) is the talks another article dates, with their host', () => {
    const graph = graphOf([hosted, undated([`${VOSS} held talks with ${IBEKWE} in Port Arn.`])]);
    expect(participantSets(graph)).toEqual([TRIO.join('+')]);
  });

  test('trap: a fuller meeting with another side (no host or chair) may be another encounter', () => {
    const three = article('a', [`${VOSS} spent three hours with ${IBEKWE} and ${AMADI} on Thursday.`]);
    const graph = graphOf([three, undated([`${VOSS} held talks with ${IBEKWE} in Port Arn.`])]);
    expect(participantSets(graph)).toHaveLength(2);
  });
});
