// Every statement of cypher/notebooks runs on a real Neo4j loaded with the invented story sets (extractDocument +
// writeDocument) and returns the rows it promises: checked against simpler independent queries, not just "no error".
// Parameters come from the graph (a person with the most facts, a pair who met, the best-sourced fact), never from
// names typed into this file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNotebook, type Notebook } from '@news-kg/api';
// The extractor's index also loads its HTML reader (linkedom, ESM-only under jest); the pipeline alone is enough here.
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { writeDocument } from '@news-kg/loader';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { readInventedStories } from './support/invented-corpus';
import { clearDatabase, startTestNeo4j, type TestNeo4j } from './support/neo4j';

// jest reads testTimeout only at the top level of its config, not per project: set it here.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const NOTEBOOKS = path.join(ROOT, 'cypher', 'notebooks');

type Row = Record<string, unknown>;

let neo4j: TestNeo4j;
let articles: ArticleInput[];

function readNotebook(name: string): Notebook {
  return parseNotebook(fs.readFileSync(path.join(NOTEBOOKS, name), 'utf8'), name);
}

function toPlain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    if ('toNumber' in value && typeof (value as { toNumber: unknown }).toNumber === 'function') {
      return (value as { toNumber(): number }).toNumber();
    }
    if (Array.isArray(value)) return value.map(toPlain);
    if (value.constructor === Object)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

async function query(
  cypher: string,
  params: Row = {},
): Promise<{ rows: Row[]; records: Neo4jRecord[]; keys: string[] }> {
  const { records, keys } = await neo4j.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return { rows: records.map(r => toPlain(r.toObject()) as Row), records, keys: keys.map(String) };
}

async function count(cypher: string, params: Row = {}): Promise<number> {
  const { rows } = await query(cypher, params);
  return Number(rows[0]?.n ?? 0);
}

/** Runs statement i of a notebook with its :param values (evaluated by the server, as Browser does) or overrides. */
async function runStatement(notebook: Notebook, i: number, overrides: Row = {}) {
  const statement = notebook.statements[i];
  if (!statement) throw new Error(`the notebook has no statement ${i + 1}`);
  const params: Row = {};
  for (const { name, expression } of notebook.params) {
    params[name] =
      name in overrides ? overrides[name] : (await query(`RETURN ${expression} AS value`)).rows[0]?.value;
  }
  return query(statement.cypher, params);
}

async function runAll(notebook: Notebook, overrides: Row = {}) {
  const results = [];
  for (let i = 0; i < notebook.statements.length; i++)
    results.push(await runStatement(notebook, i, overrides));
  return results;
}

beforeAll(async () => {
  neo4j = await startTestNeo4j();
  await clearDatabase(neo4j.driver);
  articles = readInventedStories();
  await writeDocument(neo4j.driver, extractDocument(articles));
}, 600_000);

afterAll(async () => {
  if (!neo4j) return;
  await clearDatabase(neo4j.driver);
  await neo4j.stop();
});

describe('every notebook', () => {
  const files = fs.readdirSync(NOTEBOOKS).filter(f => f.endsWith('.cypher'));

  test('there are notebooks, each statement titled', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      for (const s of readNotebook(file).statements) expect(`${file}:${s.line} ${s.title}`).toMatch(/\S+ \S/);
    }
  });

  test.each(files)('%s: every :param evaluates and every statement runs', async file => {
    const notebook = readNotebook(file);
    expect(notebook.statements.length).toBeGreaterThan(0);
    for (const { expression } of notebook.params) {
      expect((await query(`RETURN ${expression} AS value`)).rows[0]?.value).toBeDefined();
    }
    await expect(runAll(notebook)).resolves.toHaveLength(notebook.statements.length);
  });
});

describe('00-overview', () => {
  test('counts labels and types, lists the articles, ranks people by articles', async () => {
    const notebook = readNotebook('00-overview.cypher');
    const [labels, types, articleRows, people] = await runAll(notebook);
    expect(labels?.rows).toContainEqual({ label: 'Article', nodes: articles.length });
    expect(labels?.rows.reduce((sum, r) => sum + Number(r.nodes), 0)).toBe(
      await count('MATCH (n) RETURN count(n) AS n'),
    );
    expect(types?.rows.map(r => r.type)).toEqual(expect.arrayContaining(['MENTIONS', 'REPORTED_IN']));
    expect(articleRows?.rows).toHaveLength(articles.length);
    expect(articleRows?.rows.reduce((sum, r) => sum + Number(r.facts), 0)).toBe(
      await count('MATCH (:Article)<-[r:REPORTED_IN]-() RETURN count(r) AS n'),
    );
    expect(people?.rows.length).toBeGreaterThan(0);
    expect(people?.rows[0]?.articles).toBe(
      await count('MATCH (a:Article)-[:MENTIONS]->(p:Person) WITH p, count(a) AS n RETURN max(n) AS n'),
    );
  });
});

describe('01-who-met-whom', () => {
  test('one row per meeting with its participants and sources; each pair once; paths for the graph view', async () => {
    const [meetings, pairs, paths] = await runAll(readNotebook('01-who-met-whom.cypher'));
    const meetingCount = await count('MATCH (m:Meeting) RETURN count(m) AS n');
    expect(meetingCount).toBeGreaterThan(0); // the story sets report meetings
    expect(meetings?.rows).toHaveLength(meetingCount);
    for (const row of meetings?.rows ?? []) expect(row.sources).toBeGreaterThanOrEqual(1); // no fact without a source
    expect(meetings?.keys).toEqual([
      'date',
      'dateAsWritten',
      'place',
      'status',
      'participants',
      'sources',
      'outlets',
      'summary',
      'id',
    ]);
    const pairCount = await count(
      'MATCH (a)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(b) WHERE a.name < b.name RETURN count(DISTINCT [a, b]) AS n',
    );
    expect(pairs?.rows).toHaveLength(pairCount);
    expect(pairCount).toBeGreaterThan(0);
    expect(pairs?.rows[0]).toEqual(
      expect.objectContaining({ person: expect.any(String), metWith: expect.any(String) }),
    );
    expect(paths?.rows.length).toBe(
      await count(
        'MATCH (x)-[:PARTICIPATED_IN]->(:Meeting)-[r:REPORTED_IN]->(:Article) RETURN count(*) AS n',
      ),
    );
  });
});

describe('02-person-timeline', () => {
  test('finds the person by a differently-cased name and lists their meetings and statements in date order', async () => {
    const busiest = await query(
      'MATCH (p:Person)-[r:PARTICIPATED_IN|STATED]->() RETURN p.name AS name, p.id AS id, count(r) AS n ORDER BY n DESC, name LIMIT 1',
    );
    const person = busiest.rows[0];
    expect(person).toBeDefined();
    const notebook = readNotebook('02-person-timeline.cypher');
    expect(notebook.params.map(p => p.name)).toEqual(['person']);
    const [match, affiliations, timeline] = await runAll(notebook, {
      person: String(person?.name).toUpperCase(),
    });
    expect(match?.rows).toEqual([expect.objectContaining({ name: person?.name, id: person?.id })]);
    expect(affiliations?.rows).toHaveLength(
      await count('MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->() RETURN count(r) AS n', {
        id: person?.id,
      }),
    );
    expect(timeline?.rows).toHaveLength(Number(person?.n));
    const dates = (timeline?.rows ?? []).map(r => r.date as string | null);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every(d => d === null)).toBe(true); // undated facts last
    for (const row of timeline?.rows ?? []) expect(row.sources).toBeGreaterThanOrEqual(1);
  });
});

describe('03-denials', () => {
  test('who denied what, by speaker, about meetings, denied meetings, refusals', async () => {
    const [denials, bySpeaker, aboutMeetings, deniedMeetings, refusals] = await runAll(
      readNotebook('03-denials.cypher'),
    );
    const denialPairs = await count(
      "MATCH (x)-[:STATED]->(s:Statement {kind: 'denial'}) RETURN count(*) AS n",
    );
    expect(denialPairs).toBeGreaterThan(0); // the story sets have denials
    expect(denials?.rows).toHaveLength(denialPairs);
    expect(denials?.rows[0]).toEqual(
      expect.objectContaining({
        who: expect.any(String),
        denied: expect.any(String),
        quoted: expect.any(Boolean),
      }),
    );
    expect(bySpeaker?.rows).toHaveLength(
      await count("MATCH (x)-[:STATED]->(:Statement {kind: 'denial'}) RETURN count(DISTINCT x) AS n"),
    );
    expect(bySpeaker?.rows.reduce((sum, r) => sum + Number(r.denials), 0)).toBe(denialPairs);
    expect(aboutMeetings?.rows).toHaveLength(
      await count(
        "MATCH (x)-[:STATED]->(:Statement {kind: 'denial'})-[:ABOUT]->(:Meeting) RETURN count(*) AS n",
      ),
    );
    // Meetings with status 'denied' may be absent from the story sets; the count must still match.
    expect(deniedMeetings?.rows).toHaveLength(
      await count("MATCH (m:Meeting {status: 'denied'}) RETURN count(m) AS n"),
    );
    expect(refusals?.rows).toHaveLength(
      await count("MATCH (x)-[:STATED]->(:Statement {kind: 'refusal'}) RETURN count(*) AS n"),
    );
  });
});

describe('04-contradictions', () => {
  test('marked contradictions with both sides, denials against reported meetings, graph paths', async () => {
    const [marked, againstMeetings, aboutMet, paths] = await runAll(readNotebook('04-contradictions.cypher'));
    const pairs = await query(
      'MATCH (a:Statement)-[:CONTRADICTS]->(b:Statement) RETURN a.id AS id, b.id AS otherId',
    );
    expect(marked?.rows.length).toBeGreaterThanOrEqual(pairs.rows.length);
    for (const pair of pairs.rows) expect(marked?.rows).toContainEqual(expect.objectContaining(pair));
    expect(againstMeetings?.rows).toHaveLength(
      await count(
        "MATCH (x)-[:STATED]->(:Statement {kind: 'denial'})-[:ABOUT]->(m:Meeting {status: 'reported'}) WHERE (m)-[:REPORTED_IN]->() RETURN count(*) AS n",
      ),
    );
    expect(aboutMet?.rows).toHaveLength(
      await count(
        "MATCH (x)-[:STATED]->(d:Statement {kind: 'denial'})-[:ABOUT]->(y) WHERE EXISTS { (x)-[:PARTICIPATED_IN]->(:Meeting {status: 'reported'})<-[:PARTICIPATED_IN]-(y) } RETURN count(*) AS n",
      ),
    );
    expect(paths?.rows).toHaveLength(
      await count(
        'MATCH (w1)-[:STATED]->(:Statement)-[:CONTRADICTS]->(:Statement)<-[:STATED]-(w2) RETURN count(*) AS n',
      ),
    );
  });
});

describe('05-best-sourced-facts', () => {
  test('ranks facts by sources, lists single-source facts, and the histogram covers every fact', async () => {
    const [ranked, single, histogram] = await runAll(readNotebook('05-best-sourced-facts.cypher'));
    const facts = await count('MATCH (f) WHERE f:Meeting OR f:Statement RETURN count(f) AS n');
    expect(ranked?.rows).toHaveLength(Math.min(25, facts));
    const articleCounts = (ranked?.rows ?? []).map(r => Number(r.articles));
    expect(articleCounts).toEqual([...articleCounts].sort((a, b) => b - a));
    expect(articleCounts[0]).toBe(
      await count(
        'MATCH (f)-[:REPORTED_IN]->(a:Article) WHERE f:Meeting OR f:Statement WITH f, count(DISTINCT a) AS n RETURN max(n) AS n',
      ),
    );
    expect(single?.rows).toHaveLength((histogram?.rows.find(r => r.sources === 1)?.facts as number) ?? 0);
    // Every Meeting and Statement has at least one REPORTED_IN, so the histogram sums to all facts.
    expect(histogram?.rows.reduce((sum, r) => sum + Number(r.facts), 0)).toBe(facts);
  });
});

describe('06-how-connected', () => {
  test('shortest chains between two people who met, as paths and as text, and the articles naming both', async () => {
    let pair = (
      await query(
        'MATCH (a:Person)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(b:Person) WHERE a.name < b.name RETURN a.name AS a, b.name AS b ORDER BY a, b LIMIT 1',
      )
    ).rows[0];
    pair ??= (
      await query(
        'MATCH (a:Person)-[:STATED]->(:Statement)-[:ABOUT]->(b:Person) WHERE a <> b RETURN a.name AS a, b.name AS b ORDER BY a, b LIMIT 1',
      )
    ).rows[0];
    expect(pair).toBeDefined();
    const notebook = readNotebook('06-how-connected.cypher');
    const [paths, chains, together] = await runAll(notebook, { personA: pair?.a, personB: pair?.b });
    expect(paths?.rows.length).toBeGreaterThan(0);
    const first = paths?.records[0]?.get('p');
    expect(first.start.properties.name).toBe(pair?.a);
    expect(first.end.properties.name).toBe(pair?.b);
    expect(chains?.rows.length).toBe(paths?.rows.length);
    expect(chains?.rows[0]?.via).toEqual(
      expect.arrayContaining([`Person: ${pair?.a}`, `Person: ${pair?.b}`]),
    );
    expect(together?.rows).toHaveLength(
      await count(
        'MATCH (a:Person {name: $a})<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Person {name: $b}) RETURN count(art) AS n',
        { a: pair?.a, b: pair?.b },
      ),
    );
  });
});

describe('07-sources-of-a-fact', () => {
  test('finds the best-sourced fact by a word of it, and lists its evidence sentences at their exact offsets', async () => {
    const best = (
      await query(
        'MATCH (f)-[:REPORTED_IN]->(a:Article) WHERE f:Meeting OR f:Statement WITH f, count(DISTINCT a) AS n RETURN f.id AS id, coalesce(f.text, f.summary) AS text, n ORDER BY n DESC, id LIMIT 1',
      )
    ).rows[0];
    expect(best).toBeDefined();
    const word =
      String(best?.text)
        .split(/[^\p{L}]+/u)
        .find(w => w.length >= 5) ?? String(best?.text);
    const notebook = readNotebook('07-sources-of-a-fact.cypher');
    const [found, fact, sources] = await runAll(notebook, {
      factWords: word.toLowerCase(),
      factId: best?.id,
    });
    expect(found?.rows.map(r => r.id)).toContain(best?.id);
    expect(fact?.rows).toHaveLength(1);
    expect((fact?.rows[0]?.actors as string[]).length).toBeGreaterThan(0);
    expect(sources?.rows).toHaveLength(
      await count('MATCH ({id: $id})-[r:REPORTED_IN]->() RETURN count(r) AS n', { id: best?.id }),
    );
    expect(sources?.rows.length).toBe(best?.n);
    for (const row of sources?.rows ?? []) {
      const article = articles.find(a => a.path === row.path);
      expect(article).toBeDefined();
      expect(article?.text.slice(Number(row.start), Number(row.end))).toBe(row.evidence);
    }
  });
});

describe('08-possible-duplicates', () => {
  // Invented entities that a reviewer should be shown: a shared alias, an initial, a bare surname, a longer org name.
  const PLANTED = [
    { id: 'person:test-ana-duarte', label: 'Person', name: 'Ana Duarte', aliases: ['Ana Duarte', 'Duarte'] },
    { id: 'person:test-a-duarte', label: 'Person', name: 'A. Duarte', aliases: ['A. Duarte', 'Duarte'] },
    { id: 'person:test-duarte', label: 'Person', name: 'Duarte', aliases: ['Duarte'] },
    {
      id: 'organization:test-ruritanian-foreign-ministry',
      label: 'Organization',
      name: 'Ruritanian Foreign Ministry',
      aliases: [],
    },
    {
      id: 'organization:test-foreign-ministry-x',
      label: 'Organization',
      name: 'Foreign Ministry X',
      aliases: [],
    },
    {
      id: 'organization:test-ruritanian',
      label: 'Organization',
      name: 'Ruritanian Foreign Ministry Office',
      aliases: [],
    },
  ];

  afterAll(async () => {
    await neo4j.driver.executeQuery(
      'MATCH (n) WHERE n.id STARTS WITH $prefix OR n.id IN $ids DETACH DELETE n',
      {
        prefix: 'person:test-',
        ids: PLANTED.map(p => p.id),
      },
    );
  });

  test('on the corpus graph: runs, and every candidate row names at least two distinct nodes', async () => {
    const [shared, surnames, short, orgs] = await runAll(readNotebook('08-possible-duplicates.cypher'));
    for (const row of shared?.rows ?? []) expect(new Set(row.ids as string[]).size).toBeGreaterThan(1);
    for (const row of surnames?.rows ?? []) expect(new Set(row.ids as string[]).size).toBeGreaterThan(1);
    for (const row of short?.rows ?? []) expect(row.shortId).not.toBe(row.fullId);
    for (const row of orgs?.rows ?? []) expect(row.shorterId).not.toBe(row.longerId);
  });

  test('with planted look-alikes: each query shows the pair a reviewer must see', async () => {
    for (const p of PLANTED) {
      await neo4j.driver.executeQuery(
        `CREATE (n:${p.label} { id: $id, name: $name, aliases: $aliases, kind: 'other' })`,
        { id: p.id, name: p.name, aliases: p.aliases },
      );
    }
    const [shared, surnames, short, orgs] = await runAll(readNotebook('08-possible-duplicates.cypher'));
    expect(shared?.rows).toContainEqual(
      expect.objectContaining({
        sharedName: 'duarte',
        ids: expect.arrayContaining(['person:test-ana-duarte', 'person:test-a-duarte', 'person:test-duarte']),
      }),
    );
    expect(surnames?.rows).toContainEqual(
      expect.objectContaining({
        surname: 'duarte',
        initial: 'a',
        names: expect.arrayContaining(['Ana Duarte', 'A. Duarte']),
      }),
    );
    expect(short?.rows).toContainEqual(
      expect.objectContaining({ shortName: 'Duarte', fullName: 'Ana Duarte' }),
    );
    expect(orgs?.rows).toContainEqual(
      expect.objectContaining({
        shorter: 'Ruritanian Foreign Ministry',
        longer: 'Ruritanian Foreign Ministry Office',
      }),
    );
  });
});
