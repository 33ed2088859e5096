// A hand-written GraphDocument that follows graph-model.md exactly, with invented people, for the strict API
// tests: every meeting and statement cites a sentence of an article text below, with exact offsets.
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';

export const FIXTURE_ARTICLES = {
  ledger1: {
    id: 'article:fixture-ledger-1',
    path: 'ledger-2016-07-20.txt',
    title: 'Finance minister met Norland envoy in Lisbon',
    publishedAt: '2016-07-20',
    outlet: 'Daily Ledger',
    text:
      'Finance Minister Marta Lindqvist met Norland ambassador Oskar Brandt in Lisbon on July 18, officials said. ' +
      'The talks covered the harbour contract.',
  },
  post: {
    id: 'article:fixture-post-1',
    path: 'post-2017-03-02.txt',
    title: 'Lindqvist denies discussing harbour deal',
    publishedAt: '2017-03-02',
    outlet: 'Northern Post',
    text:
      'Lindqvist met Brandt again in September 2016, according to two aides. ' +
      '"I never discussed the harbour contract with the ambassador," Lindqvist said on Wednesday. ' +
      'Brandt confirmed that he had met the minister twice. ' +
      'The Norland embassy declined to comment.',
  },
  ledger2: {
    id: 'article:fixture-ledger-2',
    path: 'ledger-2017-03-05.txt',
    title: 'Harbour Authority spokesman met the ambassador',
    publishedAt: '2017-03-05',
    outlet: 'Daily Ledger',
    text:
      'Harbour Authority spokesman José García met Brandt at Harbour Hall in January 2017. ' +
      'García denied that the authority had paid any fee to Norland. ' +
      'Reporter Lena Vogel accused Lindqvist of hiding the meetings. ' +
      'Lindqvist and García plan to meet in March. ' +
      'Vogel said she never met Brandt, whatever the embassy claims.',
  },
} as const;

type ArticleKey = keyof typeof FIXTURE_ARTICLES;

/** REPORTED_IN to an article, offsets computed from the sentence's position in its text. */
function reportedIn(fact: string, key: ArticleKey, sentence: string): GraphRelationship {
  const article = FIXTURE_ARTICLES[key];
  const start = article.text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" is not in ${key}`);
  return {
    type: 'REPORTED_IN',
    start: fact,
    end: article.id,
    properties: { evidence: sentence, start, end: start + sentence.length },
  };
}

const person = (id: string, name: string, aliases: string[]): GraphNode => ({
  id,
  labels: ['Person'],
  properties: { name, aliases },
});
const organization = (id: string, name: string, aliases: string[], kind: string): GraphNode => ({
  id,
  labels: ['Organization'],
  properties: { name, aliases, kind },
});
const rel = (
  type: GraphRelationship['type'],
  start: string,
  end: string,
  properties = {},
): GraphRelationship => ({
  type,
  start,
  end,
  properties,
});

export const IDS = {
  lindqvist: 'person:marta-lindqvist',
  brandt: 'person:oskar-brandt',
  garcia: 'person:jose-garcia',
  vogel: 'person:lena-vogel',
  finance: 'organization:finance-ministry',
  norland: 'organization:norland',
  harbour: 'organization:harbour-authority',
  ledger: 'organization:daily-ledger',
  lisbon: 'meeting:fixture-lisbon',
  september: 'meeting:fixture-september',
  harbourHall: 'meeting:fixture-harbour-hall',
  planned: 'meeting:fixture-planned',
  deniedMeeting: 'meeting:fixture-denied',
  neverDiscussed: 'statement:fixture-never-discussed',
  metTwice: 'statement:fixture-met-twice',
  noFee: 'statement:fixture-no-fee',
  noComment: 'statement:fixture-no-comment',
  hiding: 'statement:fixture-hiding',
  vogelNever: 'statement:fixture-vogel-never',
} as const;

export function createFixtureDocument(): GraphDocument {
  const nodes: GraphNode[] = [
    ...Object.values(FIXTURE_ARTICLES).map(({ id, path, title, publishedAt, outlet }) => ({
      id,
      labels: ['Article' as const],
      properties: { path, title, publishedAt, outlet },
    })),
    person(IDS.lindqvist, 'Marta Lindqvist', [
      'Finance Minister Marta Lindqvist',
      'Lindqvist',
      'Marta Lindqvist',
    ]),
    person(IDS.brandt, 'Oskar Brandt', ['Brandt', 'Oskar Brandt']),
    person(IDS.garcia, 'José García', ['García', 'José García']),
    person(IDS.vogel, 'Lena Vogel', ['Lena Vogel', 'Vogel']),
    organization(IDS.finance, 'Finance Ministry', ['Finance Ministry'], 'government'),
    organization(IDS.norland, 'Norland', ['Norland', 'Norland embassy'], 'state'),
    organization(IDS.harbour, 'Harbour Authority', ['Harbour Authority'], 'government'),
    organization(IDS.ledger, 'Daily Ledger', ['Daily Ledger'], 'media'),
    meeting(IDS.lisbon, '2016-07-18', 'July 18', 'Lisbon', 'reported', 'Lindqvist met Brandt in Lisbon'),
    meeting(IDS.september, '2016-09', 'September 2016', null, 'reported', 'Lindqvist met Brandt again'),
    meeting(IDS.harbourHall, '2017-01', 'January 2017', 'Harbour Hall', 'reported', 'García met Brandt'),
    meeting(IDS.planned, '2017-03', 'March', null, 'planned', 'Lindqvist and García plan to meet'),
    meeting(IDS.deniedMeeting, null, null, null, 'denied', 'Vogel met Brandt (denied)'),
    statement(
      IDS.neverDiscussed,
      'I never discussed the harbour contract with the ambassador',
      'denial',
      true,
    ),
    statement(IDS.metTwice, 'he had met the minister twice', 'confirmation', false),
    statement(IDS.noFee, 'the authority had paid any fee to Norland', 'denial', false),
    statement(IDS.noComment, 'declined to comment', 'refusal', false),
    statement(IDS.hiding, 'Lindqvist was hiding the meetings', 'accusation', false),
    statement(IDS.vogelNever, 'she never met Brandt', 'denial', false),
  ];
  const a = FIXTURE_ARTICLES;
  const relationships: GraphRelationship[] = [
    rel('AFFILIATED_WITH', IDS.lindqvist, IDS.finance, { role: 'Finance Minister' }),
    rel('AFFILIATED_WITH', IDS.brandt, IDS.norland, { role: 'ambassador' }),
    rel('AFFILIATED_WITH', IDS.garcia, IDS.harbour, { role: 'spokesman' }),
    rel('AFFILIATED_WITH', IDS.vogel, IDS.ledger, { role: 'reporter' }),
    ...participants(IDS.lisbon, [IDS.lindqvist, IDS.brandt]),
    ...participants(IDS.september, [IDS.lindqvist, IDS.brandt]),
    ...participants(IDS.harbourHall, [IDS.garcia, IDS.brandt]),
    ...participants(IDS.planned, [IDS.lindqvist, IDS.garcia]),
    ...participants(IDS.deniedMeeting, [IDS.vogel, IDS.brandt]),
    reportedIn(IDS.lisbon, 'ledger1', a.ledger1.text.split('. ')[0] + '.'),
    reportedIn(IDS.lisbon, 'post', 'Brandt confirmed that he had met the minister twice.'),
    reportedIn(
      IDS.september,
      'post',
      'Lindqvist met Brandt again in September 2016, according to two aides.',
    ),
    reportedIn(
      IDS.harbourHall,
      'ledger2',
      'Harbour Authority spokesman José García met Brandt at Harbour Hall in January 2017.',
    ),
    reportedIn(IDS.planned, 'ledger2', 'Lindqvist and García plan to meet in March.'),
    reportedIn(IDS.deniedMeeting, 'ledger2', 'Vogel said she never met Brandt, whatever the embassy claims.'),
    rel('STATED', IDS.lindqvist, IDS.neverDiscussed),
    rel('ABOUT', IDS.neverDiscussed, IDS.brandt),
    rel('ABOUT', IDS.neverDiscussed, IDS.lisbon),
    reportedIn(
      IDS.neverDiscussed,
      'post',
      '"I never discussed the harbour contract with the ambassador," Lindqvist said on Wednesday.',
    ),
    rel('STATED', IDS.brandt, IDS.metTwice),
    rel('ABOUT', IDS.metTwice, IDS.lindqvist),
    reportedIn(IDS.metTwice, 'post', 'Brandt confirmed that he had met the minister twice.'),
    rel('CONTRADICTS', IDS.neverDiscussed, IDS.metTwice),
    rel('STATED', IDS.garcia, IDS.noFee),
    rel('ABOUT', IDS.noFee, IDS.harbour),
    rel('ABOUT', IDS.noFee, IDS.norland),
    reportedIn(IDS.noFee, 'ledger2', 'García denied that the authority had paid any fee to Norland.'),
    rel('STATED', IDS.norland, IDS.noComment),
    reportedIn(IDS.noComment, 'post', 'The Norland embassy declined to comment.'),
    rel('STATED', IDS.vogel, IDS.hiding),
    rel('ABOUT', IDS.hiding, IDS.lindqvist),
    reportedIn(IDS.hiding, 'ledger2', 'Reporter Lena Vogel accused Lindqvist of hiding the meetings.'),
    rel('STATED', IDS.vogel, IDS.vogelNever),
    rel('ABOUT', IDS.vogelNever, IDS.deniedMeeting),
    reportedIn(IDS.vogelNever, 'ledger2', 'Vogel said she never met Brandt, whatever the embassy claims.'),
    ...mentions('ledger1', [
      [IDS.lindqvist, 1],
      [IDS.brandt, 1],
      [IDS.norland, 1],
    ]),
    ...mentions('post', [
      [IDS.lindqvist, 3],
      [IDS.brandt, 2],
      [IDS.norland, 1],
    ]),
    ...mentions('ledger2', [
      [IDS.garcia, 2],
      [IDS.brandt, 2],
      [IDS.lindqvist, 2],
      [IDS.vogel, 2],
      [IDS.harbour, 1],
    ]),
  ];
  return { nodes, relationships };
}

function meeting(
  id: string,
  date: string | null,
  dateText: string | null,
  place: string | null,
  status: string,
  summary: string,
): GraphNode {
  return { id, labels: ['Meeting'], properties: { date, dateText, place, summary, status } };
}

function statement(id: string, text: string, kind: string, quoted: boolean): GraphNode {
  return { id, labels: ['Statement'], properties: { text, kind, quoted, date: null } };
}

function participants(meetingId: string, who: string[]): GraphRelationship[] {
  return who.map(id => rel('PARTICIPATED_IN', id, meetingId));
}

function mentions(key: ArticleKey, counts: [string, number][]): GraphRelationship[] {
  return counts.map(([id, count]) => rel('MENTIONS', FIXTURE_ARTICLES[key].id, id, { count }));
}
