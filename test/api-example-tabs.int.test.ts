// GraphiQL's ready-made tabs on a graph that is not the example corpus (the invented story sets): the names they
// ask about come from that graph, and every tab answers with data, not with NOT_FOUND or an empty list. In
// Chromium, the default tab runs as opened, and the Explorer plugin opens from the sidebar.
import type { Browser } from 'playwright-core';
import { createApi, startApiServer, type Api, type StartedApiServer } from '@news-kg/api';
import { buildExampleQueries } from '@news-kg/api';
import { pickExampleNames } from '@news-kg/api';
import { createRead } from '@news-kg/api';
import { extractDocument } from '@news-kg/extractor';
import { loadDocument, postQuery } from './api-support';
import { launchChromium } from './support/chromium';
import { readInventedStories } from './support/invented-corpus';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let api: Api;
let server: StartedApiServer;

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, extractDocument(readInventedStories()));
  api = createApi({ driver: neo.driver });
  server = await startApiServer({ api, port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => {
  await server?.close();
  await neo.stop();
});

/** True when a GraphQL answer holds at least one non-empty list or non-null leaf below its root fields. */
function hasData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.some(hasData);
  if (value && typeof value === 'object') return Object.values(value).some(hasData);
  return value !== null && value !== undefined && value !== 0;
}

test('every tab asks about names of the graph served and answers with data', async () => {
  const names = await pickExampleNames(createRead({ driver: neo.driver }));
  const people = await neo.driver.executeQuery('MATCH (e) WHERE e.name IN $names RETURN count(e) AS n', {
    names: [names.busiest, names.other],
  });
  expect(people.records[0]?.get('n').toNumber()).toBe(2);
  for (const { title, query } of buildExampleQueries(names)) {
    const { data, errors } = await postQuery(api, query);
    expect({ title, errors }).toEqual({ title, errors: undefined });
    expect({ title, answered: hasData(data) }).toEqual({ title, answered: true });
  }
});

test('GraphiQL opens on the first tab, which answers; the Explorer opens from the sidebar', async () => {
  const names = await pickExampleNames(createRead({ driver: neo.driver }));
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('"totalCount"').waitFor({ timeout: 30_000 });
    const text = (await result.innerText()).replace(/\u00a0/g, ' ');
    expect(text).not.toContain('"errors"');
    expect(text).toMatch(/"totalCount": [1-9]/);
    const editor = (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
    expect(editor).toContain(`whoMet(name: "${names.busiest}"`);
    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    await page.locator('.graphiql-explorer-root').first().waitFor({ timeout: 30_000 });
  } finally {
    await browser?.close();
  }
});
