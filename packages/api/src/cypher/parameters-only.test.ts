// Every builder takes user values as parameters: a hostile name or text never reaches the Cypher text.
import { toNameInput } from './resolve-entity';
import { buildCountMeetings, buildFindMeetings } from './find-meetings';
import { buildCountStatements, buildFindStatements } from './find-statements';
import { buildFindPaths } from './find-paths';
import { buildCountWhoMet, buildWhoMet } from './who-met';
import { buildCountTimeline, buildTimeline } from './timeline';
import { buildCountArticles, buildFindArticles } from './find-articles';
import { buildCountSearch, buildSearch, escapeLucene } from './search';
import { buildLookupEntity } from './lookup-entity';
import { buildAliasCandidates } from './resolve-entity';
import type { CypherQuery } from './cypher-query';

const HOSTILE = "Ana'}) DETACH DELETE n //";
const TEXT = "x' OR 1=1 CALL dbms.killQueries";

const name = () => toNameInput('name', HOSTILE);
const window = { skip: 0, first: 5 };
const queries: CypherQuery[] = [
  buildWhoMet({ name: name(), statuses: ['reported'] }, window),
  buildCountWhoMet({ name: name(), statuses: null }),
  buildFindMeetings(
    { participants: [name(), name()], from: '2016', to: null, place: TEXT, statuses: null },
    window,
  ),
  buildCountMeetings({ participants: [name()], from: null, to: '2017', place: TEXT, statuses: null }),
  buildFindStatements({ speaker: name(), about: name(), kind: 'denial', text: TEXT }, window),
  buildCountStatements({ speaker: null, about: name(), kind: null, text: TEXT }),
  buildFindPaths({ from: name(), to: name(), maxHops: 4, first: 5 }),
  buildTimeline(name(), window),
  buildCountTimeline(name()),
  buildFindArticles({ outlet: TEXT, mentioning: name() }, window),
  buildCountArticles({ outlet: TEXT, mentioning: null }),
  buildSearch(TEXT, { nameIndex: 'entity_names', textIndex: 'statement_text' }, window),
  buildCountSearch(TEXT, { nameIndex: 'entity_names', textIndex: 'statement_text' }),
  buildLookupEntity(name()),
  buildAliasCandidates([name()], 'entity_names'),
];

test.each(queries.map((q, i) => [i, q] as const))(
  'query %i carries user values only as parameters',
  (_i, query) => {
    for (const value of [HOSTILE, TEXT, 'DETACH', 'killQueries', "Ana'"])
      expect(query.cypher).not.toContain(value);
    expect(JSON.stringify(query.params)).toMatch(/DETACH|killQueries|ana/i);
  },
);

test('no builder writes', () => {
  for (const { cypher } of queries) expect(cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE)\b/);
});

test('Lucene syntax in search text is escaped', () => {
  expect(escapeLucene('Duarte: "no deal" (AND) *')).toBe('Duarte\\: \\"no deal\\" \\(and\\) \\*');
});
