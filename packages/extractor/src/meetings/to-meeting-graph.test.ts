import type { ArticleAnalysis } from '../analysis';
import { meetingId } from '@news-kg/graph-model';
import { findMeetings, toMeetingGraph } from './index';
import { annotate } from './testing/annotate';

const D = '[Duarte](person:ana-duarte)';
const O = '[Okafor](person:tunde-okafor)';
const PAIR = ['person:ana-duarte', 'person:tunde-okafor'];

function graphOf(articles: ArticleAnalysis[]) {
  return toMeetingGraph(articles.map(analysis => ({ analysis, meetings: findMeetings(analysis) })));
}

function article(
  id: string,
  sentences: string[],
  publishedAt: string | null = '2019-03-08',
): ArticleAnalysis {
  return annotate(sentences, { articleId: `article:${id}`, publishedAt });
}

const reportsOf = (graph: ReturnType<typeof graphOf>, meeting: string) =>
  graph.relationships.filter(r => r.type === 'REPORTED_IN' && r.start === meeting).map(r => r.end);

describe('toMeetingGraph', () => {
  const dated = article('a', [`${D} met ${O} in April in Lisbon and again in November in Rome.`]);
  const april = meetingId(PAIR, '2018-04', 'reported');
  const november = meetingId(PAIR, '2018-11', 'reported');

  test('makes one node per dated encounter with the properties of graph-model.md', () => {
    const graph = graphOf([dated]);
    expect(
      graph.nodes.map(n => [n.id, n.labels, n.properties.date, n.properties.place, n.properties.status]),
    ).toEqual(
      [
        [april, ['Meeting'], '2018-04', 'Lisbon', 'reported'],
        [november, ['Meeting'], '2018-11', 'Rome', 'reported'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(graph.nodes[0]?.properties).toEqual(
      expect.objectContaining({ dateText: expect.any(String), summary: expect.any(String) }),
    );
    expect(
      graph.relationships.filter(r => r.type === 'PARTICIPATED_IN' && r.end === april).map(r => r.start),
    ).toEqual(PAIR);
  });

  test('a plural mention without date in another article reports both meetings', () => {
    const other = article('b', [`Critics asked about the two meetings ${D} held with ${O}.`]);
    const graph = graphOf([dated, other]);
    expect(graph.nodes).toHaveLength(2);
    expect(reportsOf(graph, april)).toEqual(['article:a', 'article:b']);
    expect(reportsOf(graph, november)).toEqual(['article:a', 'article:b']);
    expect(graph.meetingIdsOf(1, 0)).toEqual([april, november]);
  });

  test('a singular mention without date is ambiguous between two meetings and attaches to none', () => {
    const other = article('b', [`A meeting between ${D} and ${O} worried analysts.`]);
    const graph = graphOf([dated, other]);
    expect(graph.nodes).toHaveLength(2);
    expect(graph.meetingIdOf(1, 0)).toBeNull();
    expect(reportsOf(graph, april)).toEqual(['article:a']);
  });

  test('a dateless mention merges into the single dated meeting it can only be', () => {
    const one = article('a', [`${D} met ${O} on 4 February 2019 in Oslo.`]);
    const other = article('b', [`A meeting between ${D} and ${O} worried analysts.`]);
    const graph = graphOf([one, other]);
    const id = meetingId(PAIR, '2019-02-04', 'reported');
    expect(graph.nodes.map(n => n.id)).toEqual([id]);
    expect(reportsOf(graph, id)).toEqual(['article:a', 'article:b']);
    expect(graph.meetingIdOf(1, 0)).toBe(id);
  });

  test('a dateless mention does not reach a meeting dated after its article was published', () => {
    const later = article('a', [`${D} met ${O} on 4 February 2019 in Oslo.`], '2019-03-08');
    const earlier = article('b', [`Critics questioned the encounters between ${D} and ${O}.`], '2018-05-01');
    const graph = graphOf([later, earlier]);
    const id = meetingId(PAIR, '2019-02-04', 'reported');
    expect(reportsOf(graph, id)).toEqual(['article:a']);
    expect(reportsOf(graph, meetingId(PAIR, null, 'reported'))).toEqual(['article:b']);
  });

  test('compatible dates merge into the more precise one', () => {
    const month = article('a', [`${D} met ${O} in February.`]);
    const day = article('b', [`${D} met ${O} on 4 February 2019 in Oslo.`]);
    const graph = graphOf([month, day]);
    expect(graph.nodes.map(n => n.properties.date)).toEqual(['2019-02-04']);
  });

  test('an undated article still tells its April meeting from the November one', () => {
    const undated = article(
      'b',
      [`${D} met ${O} in April at a hotel and in November at her residence.`],
      null,
    );
    const graph = graphOf([dated, undated]);
    expect(graph.nodes).toHaveLength(2);
    expect(reportsOf(graph, april)).toEqual(['article:a', 'article:b']);
    expect(graph.meetingIdOf(1, 0)).toBe(april);
    expect(graph.meetingIdOf(1, 1)).toBe(november);
  });

  test('keeps denied and planned meetings apart from reported ones', () => {
    const denied = article('b', [`${D} denied meeting ${O}.`, `${D} will meet ${O} next month.`]);
    const graph = graphOf([dated, denied]);
    expect(graph.nodes.map(n => n.properties.status).sort()).toEqual([
      'denied',
      'planned',
      'reported',
      'reported',
    ]);
  });

  test('"had met twice" in another article reports both counted meetings and makes no new one', () => {
    const counted = article('a', [
      `${D} met ${O} twice before the council voted on the budget.`,
      'The first meeting took place in Tartu on March 4, 2017, during a fishing fair.',
      `${D} met ${O} again in Riga in May 2017, two aides said.`,
    ]);
    const confirmed = article(
      'b',
      [`${O} confirmed that [he](person:tunde-okafor) had met ${D} twice, and said little else.`],
      null,
    );
    const graph = graphOf([counted, confirmed]);
    const march = meetingId(PAIR, '2017-03-04', 'reported');
    const may = meetingId(PAIR, '2017-05', 'reported');
    expect(graph.nodes.map(n => [n.id, n.properties.place])).toEqual(
      [
        [march, 'Tartu'],
        [may, 'Riga'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(reportsOf(graph, march)).toEqual(['article:a', 'article:b']);
    expect(reportsOf(graph, may)).toEqual(['article:a', 'article:b']);
  });

  test('references and contacts alone make no node', () => {
    const graph = graphOf([article('a', [`${D}'s contacts with ${O} were disclosed.`])]);
    expect(graph.nodes).toEqual([]);
  });

  test('REPORTED_IN cites the sentence exactly, one edge per article', () => {
    const twice = article('a', [
      `${D} met ${O} on 4 February 2019.`,
      `The meeting between ${D} and ${O} was secret.`,
    ]);
    const graph = graphOf([twice]);
    const edges = graph.relationships.filter(r => r.type === 'REPORTED_IN');
    expect(edges).toHaveLength(1);
    const { evidence, start, end } = edges[0]!.properties as { evidence: string; start: number; end: number };
    expect(twice.text.slice(start, end)).toBe(evidence);
    expect(evidence).toBe('Duarte met Okafor on 4 February 2019.');
  });

  test('gives the same ids and order for the same input', () => {
    const other = article('b', [`Critics asked about the two meetings ${D} held with ${O}.`]);
    expect(JSON.stringify(graphOf([dated, other]))).toBe(JSON.stringify(graphOf([dated, other])));
  });

  test('a plan for the day another article tells as done is a source of the reported meeting', () => {
    const plan = article('a', [`${D} will meet ${O} in Lisbon on Thursday.`], '2019-03-05');
    const done = article('b', [`${D} met ${O} in Lisbon on Thursday.`], '2019-03-08');
    const graph = graphOf([plan, done]);
    const held = meetingId(PAIR, '2019-03-07', 'reported');
    expect(graph.nodes.map(n => [n.id, n.properties.status])).toEqual([[held, 'reported']]);
    expect(reportsOf(graph, held)).toEqual(['article:a', 'article:b']);
  });

  test('a plan without a day, or for another day, stays a planned meeting of its own', () => {
    const done = article('b', [`${D} met ${O} in Lisbon on Thursday.`, `${D} will meet ${O} again in May.`]);
    const graph = graphOf([done]);
    expect(graph.nodes.map(n => n.properties.status).sort()).toEqual(['planned', 'reported']);
  });
});
