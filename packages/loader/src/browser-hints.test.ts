import type { GraphDocument } from '@news-kg/graph-model';
import { toExcerpt, withBrowserHints } from './browser-hints';

const doc: GraphDocument = {
  nodes: [
    {
      id: 'statement:1',
      labels: ['Statement'],
      properties: { kind: 'denial', quoted: true, text: 'I never met him', date: null },
    },
    {
      id: 'meeting:1',
      labels: ['Meeting'],
      properties: { status: 'planned', date: '2021-03', place: 'Lisbon', summary: 's' },
    },
    {
      id: 'meeting:2',
      labels: ['Meeting'],
      properties: { status: 'reported', date: null, place: null, summary: 's' },
    },
    {
      id: 'meeting:3',
      labels: ['Meeting'],
      properties: { status: 'denied', date: '2020', place: null, summary: 's' },
    },
    { id: 'person:a', labels: ['Person'], properties: { name: 'A', aliases: ['A'] } },
  ],
  relationships: [],
};

test('statements are captioned by kind and words, never by the quoted flag', () => {
  const [statement] = withBrowserHints(doc).nodes;
  expect(statement?.properties.caption).toBe('denial: I never met him');
  expect(statement?.labels).toEqual(['Statement']);
});

test('planned and denied meetings get a label of their own and say their status in the caption', () => {
  const [, planned, reported, denied, person] = withBrowserHints(doc).nodes;
  expect(planned).toMatchObject({
    labels: ['Meeting', 'Planned'],
    properties: { caption: 'planned 2021-03 Lisbon' },
  });
  expect(reported).toMatchObject({ labels: ['Meeting'], properties: { caption: 'undated' } });
  expect(denied).toMatchObject({ labels: ['Meeting', 'Denied'], properties: { caption: 'denied 2020' } });
  expect(person).toBe(doc.nodes[4]);
});

test('a long text is cut at a word with an ellipsis', () => {
  expect(toExcerpt('one two three four five six', 14)).toBe('one two three…');
  expect(toExcerpt('  short\n text ')).toBe('short text');
});
