// Neo4j Browser for real: headless Chromium opens the Browser of a local Neo4j loaded with the invented story sets,
// logs in (user neo4j, the server's password), takes cypher/style.grass by drag and drop, runs a notebook query and shows the graph,
// and plays the notebooks' guide served by the API (`:play <api>/browser-guide`), from whose slide a query runs.
// The screenshots go to test-results/browser-graph.png and browser-guide.png.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BROWSER_GUIDE_PATH,
  createApi,
  parseNotebook,
  readNotebooks,
  startApiServer,
  type StartedApiServer,
} from '@news-kg/api';
import { extractDocument } from '@news-kg/extractor';
import { writeDocument } from '@news-kg/loader';
import { findFreePort, startLocalNeo4j, type StartedLocalNeo4j } from '@news-kg/neo4j-local';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { readInventedStories } from './support/invented-corpus';
import { readTestNeo4jAddress } from './support/test-neo4j-env';

// jest reads testTimeout only at the top level of its config, not per project: set it here.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'browser-graph.png');
const GUIDE_SCREENSHOT = path.join(ROOT, 'test-results', 'browser-guide.png');
// Colours of cypher/style.grass, as the Browser renders them (fill of the node circle).
const PERSON_COLOR = '#4C8EDA';
const MEETING_COLOR = '#F79767';
const PLANNED_COLOR = '#FFE081';
const DENIED_COLOR = '#DA7194';

let ownServer: StartedLocalNeo4j | undefined;
let ownDir: string | undefined;
let boltUri: string;
let browserUrl: string;
let password: string;
let driver: Driver;
let browser: Browser;
let api: StartedApiServer;

// The Browser UI needs the HTTP port of a launcher server: the run's test server when the launcher started it
// (NEO4J_TEST_BROWSER_URL), or a throwaway one started here (the run's server may be a container or a
// developer's NEO4J_TEST_URI without a Browser address).
async function resolveServer(): Promise<void> {
  const testServer = readTestNeo4jAddress();
  if (testServer?.browserUrl) {
    boltUri = testServer.uri;
    browserUrl = testServer.browserUrl;
    password = testServer.password;
    return;
  }
  ownDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-browser-test-'));
  ownServer = await startLocalNeo4j({
    dir: ownDir,
    boltPort: await findFreePort(),
    httpPort: await findFreePort(),
  });
  boltUri = ownServer.uri;
  browserUrl = ownServer.browserUrl;
  password = ownServer.password;
}

async function loadStories(): Promise<void> {
  const articles = readInventedStories();
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  await writeDocument(driver, extractDocument(articles));
}

async function runInEditor(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="activeEditor"]').click();
  await page.keyboard.insertText(text);
  await page.locator('[data-testid="editor-Run"]').click();
}

// Drag and drop of a .grass file is how the Browser imports a style (see readme-notebooks.md).
async function dropStyleFile(page: Page, grass: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(text => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'style.grass', { type: 'text/plain' }));
    return transfer;
  }, grass);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('[data-testid="main"]', type, { dataTransfer });
  }
}

/** A Browser page logged in to the test server. */
async function openConnectedBrowser(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const connect = new URL(browserUrl);
  connect.searchParams.set('connectURL', boltUri.replace('://', '://neo4j@'));
  await page.goto(connect.toString());
  // The login form, filled in but for the password (the launcher's server has auth on).
  await page.locator('[data-testid="password"]').fill(password, { timeout: 120_000 });
  await page.locator('[data-testid="connect"]').click();
  await page.getByText('You are connected as user').waitFor({ timeout: 120_000 });
  return page;
}

beforeAll(async () => {
  await resolveServer();
  driver = neo4jDriver.driver(boltUri, neo4jDriver.auth.basic('neo4j', password));
  await loadStories();
  browser = await launchChromium();
  api = await startApiServer({ api: createApi({ driver, graphiql: false }), port: 0 });
}, 600_000);

afterAll(async () => {
  await api?.close();
  await browser?.close();
  await driver?.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  await driver?.close();
  await ownServer?.stop();
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

test('Neo4j Browser connects, takes style.grass and draws a notebook query as a styled graph', async () => {
  const page = await openConnectedBrowser();

  await dropStyleFile(page, fs.readFileSync(path.join(ROOT, 'cypher', 'style.grass'), 'utf8'));
  await page.getByText('relationship.CONTRADICTS').first().waitFor({ timeout: 30_000 }); // the :style frame

  const notebook = parseNotebook(
    fs.readFileSync(path.join(ROOT, 'cypher', 'notebooks', '01-who-met-whom.cypher'), 'utf8'),
    '01-who-met-whom.cypher',
  );
  const graphQuery = notebook.statements.find(s => /RETURN p\b/.test(s.cypher));
  expect(graphQuery).toBeDefined();
  const { records } = await driver.executeQuery(
    `CALL () { ${graphQuery?.cypher} } UNWIND nodes(p) AS n RETURN count(DISTINCT n) AS nodes, collect(DISTINCT CASE WHEN n:Person THEN n.name END) AS people`,
    {},
    { database: 'neo4j' },
  );
  const expectedNodes = records[0]?.get('nodes').toNumber() as number;
  const people = records[0]?.get('people') as string[];
  expect(expectedNodes).toBeGreaterThan(0);

  await runInEditor(page, graphQuery?.cypher ?? '');
  await page.getByText(`Displaying ${expectedNodes} nodes`).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3_000); // let the force layout settle before the screenshot
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  const fills = await page.$$eval('svg g.node circle.b-outline', circles =>
    circles.map(c => c.getAttribute('fill')),
  );
  expect(fills.map(f => f?.toUpperCase())).toEqual(expect.arrayContaining([PERSON_COLOR, MEETING_COLOR]));
  const captions = (await page.$$eval('svg g.node text', texts => texts.map(t => t.textContent ?? ''))).join(
    ' ',
  );
  const firstPerson = people[0] ?? '';
  expect(captions).toContain(firstPerson.split(' ')[0]);
  await page.close();
});

test('statements are captioned by kind and words, and planned or denied meetings are drawn apart', async () => {
  const { records } = await driver.executeQuery(
    `MATCH (s:Statement) WITH s ORDER BY s.id LIMIT 1 RETURN s.kind AS kind, s.caption AS caption,
       COUNT { MATCH (m:Meeting) WHERE m:Planned OR m:Denied } AS apart, COUNT { MATCH (m:Meeting) WHERE NOT m:Planned AND NOT m:Denied } AS reported`,
    {},
    { database: 'neo4j' },
  );
  const kind = records[0]?.get('kind') as string;
  const caption = records[0]?.get('caption') as string;
  expect(caption.startsWith(`${kind}: `)).toBe(true);
  expect(records[0]?.get('apart').toNumber()).toBeGreaterThan(0); // the story sets report planned or denied meetings
  expect(records[0]?.get('reported').toNumber()).toBeGreaterThan(0);

  const page = await openConnectedBrowser();
  await dropStyleFile(page, fs.readFileSync(path.join(ROOT, 'cypher', 'style.grass'), 'utf8'));
  await page.getByText('relationship.CONTRADICTS').first().waitFor({ timeout: 30_000 });

  await runInEditor(page, 'MATCH (s:Statement) WITH s ORDER BY s.id LIMIT 1 RETURN s');
  await page.getByText('Displaying 1 nodes').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('svg g.node text')].some(t => t.textContent),
    null,
    {
      timeout: 30_000,
    },
  );
  const texts = await page.$$eval('svg g.node text', nodes => nodes.map(t => t.textContent ?? ''));
  const shown = texts.join(' ').replace(/\s+/g, ' ').trim();
  // Browser wraps a caption over lines inside the circle and cuts it short: its kind and first words show, not
  // "true"/"false".
  expect(shown).toMatch(new RegExp(`^${kind}: ${caption.split(' ')[1]} `));

  await runInEditor(page, 'MATCH (m:Meeting) RETURN m');
  await page
    .getByText(/Displaying \d+ nodes/)
    .last()
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const fills = await page.$$eval('svg g.node circle.b-outline', circles =>
    circles.map(c => c.getAttribute('fill')?.toUpperCase()),
  );
  expect(fills).toContain(MEETING_COLOR);
  expect(fills.some(fill => fill === PLANNED_COLOR || fill === DENIED_COLOR)).toBe(true);
  await page.close();
});

test('`:play <api>/browser-guide` shows the notebooks as slides whose queries run from a click', async () => {
  const [overview] = readNotebooks();
  const firstQuestion = overview?.notebook.statements[0];
  if (!firstQuestion) throw new Error('the first notebook has no question');
  const { records } = await driver.executeQuery(firstQuestion.cypher, {}, { database: 'neo4j' });
  expect(records.length).toBeGreaterThan(0);
  const firstCell = String(records[0]?.get(0)); // "Statement": Browser shows it as "\"Statement\""

  const page = await openConnectedBrowser();
  const guideUrl = api.url.replace(/\/graphql$/, BROWSER_GUIDE_PATH);
  const runnable = page.locator('pre.runnable', { hasText: firstQuestion.cypher.split('\n')[0] }).first();
  // Browser reads the server's remote-content allowlist (the launcher adds 127.0.0.1) a moment after it connects;
  // a :play before that is refused as "Not found", as it would be for a user: play again until the slide shows.
  for (let attempt = 1; ; attempt++) {
    await runInEditor(page, `:play ${guideUrl}`);
    const shown = await runnable
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) break;
    if (attempt === 12) throw new Error(`Browser did not show the guide at ${guideUrl}`);
  }
  await page.getByText(`Try the first question now: ${firstQuestion.title}`).waitFor();
  await expect(
    page
      .getByText(`1 / ${readNotebooks().length + 1}`)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  await page.waitForTimeout(1_000); // the frame slides open
  fs.mkdirSync(path.dirname(GUIDE_SCREENSHOT), { recursive: true });
  await page.screenshot({ path: GUIDE_SCREENSHOT });

  // A click puts the query in the editor; running it answers the notebook's first question.
  await runnable.click();
  await page.locator('[data-testid="editor-Run"]').click();
  await page.getByText(`"${firstCell}"`, { exact: true }).first().waitFor({ timeout: 60_000 });
  await page.close();
});
