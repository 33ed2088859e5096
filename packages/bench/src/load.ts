// pnpm bench load [--articles 1000,10000] [--runs 2] [--batch-size 5000] [--seed 1] [--uri bolt://…]
// For each size: a synthetic GraphDocument (generate-synthetic-document.ts) loaded by writeDocument into an empty
// database, reloaded (must report zero changes), then the same rows through plain `UNWIND … CREATE` into an empty
// database: the fastest the transactional path can go. Prints rows/s for both, the ratio, and per-article cost.
// Both paths first load a small warm-up document (so query planning is not timed), and each is timed --runs times,
// best run kept: the machine is shared, and the best run is the least disturbed one.
import type { Driver } from 'neo4j-driver';
import type { GraphDocument, NodeLabel } from '@news-kg/graph-model';
import {
  applySchema,
  buildCreateNodes,
  buildCreateRelationships,
  createDriver,
  isUnchanged,
  normalizeDocument,
  resetDatabase,
  toNeo4jProperties,
  writeDocument,
} from '@news-kg/loader';
import { generateSyntheticDocument } from './generate-synthetic-document';
import { DEFAULT_DIR, readLocalPassword } from '@news-kg/neo4j-local';

interface LoadBenchOptions {
  sizes: number[];
  runs: number;
  batchSize: number;
  seed: number;
  uri: string;
  user: string;
  password: string;
}

interface SizeResult {
  articles: number;
  rows: number;
  loaderMs: number;
  reloadMs: number;
  createMs: number;
}

export async function runLoadBench(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  const driver = createDriver(options);
  const results: SizeResult[] = [];
  try {
    console.log(
      `bench load: Neo4j at ${options.uri}, batch size ${options.batchSize} rows, seed ${options.seed}`,
    );
    for (const articles of options.sizes) results.push(await benchSize(driver, articles, options));
  } finally {
    await resetDatabase(driver).catch(() => undefined);
    await driver.close();
  }
  printTable(results);
}

async function benchSize(
  driver: Driver,
  articles: number,
  { batchSize, seed, runs }: LoadBenchOptions,
): Promise<SizeResult> {
  const doc = normalizeDocument(generateSyntheticDocument({ articles, seed }));
  const rows = doc.nodes.length + doc.relationships.length;
  console.log(
    `\n${articles} articles: ${doc.nodes.length} nodes + ${doc.relationships.length} relationships = ${rows} rows`,
  );

  let loaderMs = Infinity;
  let createMs = Infinity;
  let reloadMs = Infinity;
  for (let run = 1; run <= runs; run++) {
    await resetDatabase(driver);
    await applySchema(driver);
    let t = performance.now();
    let lastTenth = 0;
    const summary = await writeDocument(driver, doc, {
      batchSize,
      onProgress: p => {
        const tenth = Math.floor((p.articlesDone / p.articlesTotal) * 10);
        if (tenth > lastTenth)
          console.log(`  run ${run} loader: ${p.articlesDone}/${p.articlesTotal} articles`);
        lastTenth = tenth;
      },
    });
    const ms = performance.now() - t;
    loaderMs = Math.min(loaderMs, ms);
    console.log(
      `  run ${run} loader: ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships created in ${(ms / 1000).toFixed(1)} s`,
    );

    t = performance.now();
    const reload = await writeDocument(driver, doc, { batchSize });
    reloadMs = Math.min(reloadMs, performance.now() - t);
    console.log(
      `  run ${run} reload: ${isUnchanged(reload) ? 'zero changes' : `CHANGES ${JSON.stringify(reload)}`} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    await resetDatabase(driver);
    t = performance.now();
    await createPlain(driver, doc, batchSize);
    createMs = Math.min(createMs, performance.now() - t);
    console.log(`  run ${run} plain CREATE: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { articles, rows, loaderMs, reloadMs, createMs };
}

/** The same rows, same batch size, through `UNWIND … CREATE` in managed transactions. */
async function createPlain(driver: Driver, doc: GraphDocument, batchSize: number): Promise<void> {
  const labelOf = new Map(doc.nodes.map(n => [n.id, n.labels[0] as NodeLabel]));
  const queries = [];
  for (const label of new Set(labelOf.values())) {
    const rows = doc.nodes
      .filter(n => n.labels[0] === label)
      .map(n => ({ id: n.id, properties: toNeo4jProperties(n.properties) }));
    for (let i = 0; i < rows.length; i += batchSize)
      queries.push(buildCreateNodes(label, rows.slice(i, i + batchSize)));
  }
  const shapes = new Map<
    string,
    {
      type: GraphDocument['relationships'][number]['type'];
      startLabel: NodeLabel;
      endLabel: NodeLabel;
      rows: { start: string; end: string; properties: Record<string, unknown> }[];
    }
  >();
  for (const r of doc.relationships) {
    const shape = {
      type: r.type,
      startLabel: labelOf.get(r.start) as NodeLabel,
      endLabel: labelOf.get(r.end) as NodeLabel,
    };
    const key = JSON.stringify(shape);
    const entry = shapes.get(key) ?? { ...shape, rows: [] };
    entry.rows.push({ start: r.start, end: r.end, properties: toNeo4jProperties(r.properties) });
    shapes.set(key, entry);
  }
  for (const { rows, ...shape } of shapes.values()) {
    for (let i = 0; i < rows.length; i += batchSize)
      queries.push(buildCreateRelationships(shape, rows.slice(i, i + batchSize)));
  }
  const session = driver.session();
  try {
    for (const { cypher, params } of queries) await session.executeWrite(tx => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

function printTable(results: SizeResult[]): void {
  console.log(
    '\narticles |    rows | loader rows/s | CREATE rows/s | loader/CREATE | loader ms/article | reload s',
  );
  for (const r of results) {
    const loaderRate = r.rows / (r.loaderMs / 1000);
    const createRate = r.rows / (r.createMs / 1000);
    console.log(
      `${String(r.articles).padStart(8)} | ${String(r.rows).padStart(7)} | ${loaderRate.toFixed(0).padStart(13)} | ${createRate.toFixed(0).padStart(13)} | ${(loaderRate / createRate).toFixed(2).padStart(13)} | ${(r.loaderMs / r.articles).toFixed(2).padStart(17)} | ${(r.reloadMs / 1000).toFixed(1).padStart(8)}`,
    );
  }
  const [small, large] = [results[0], results.at(-1)];
  if (small && large && small !== large) {
    const ratio = large.loaderMs / large.articles / (small.loaderMs / small.articles);
    console.log(
      `per-article cost at ${large.articles} vs ${small.articles}: ${ratio.toFixed(2)}x (target <= 1.3x)`,
    );
  }
  console.log('targets: loader/CREATE >= 0.5; reload: zero changes');
}

function parseArgs(argv: string[]): LoadBenchOptions {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get('--articles') ?? '1000,10000').split(',').map(Number);
  if (sizes.some(n => !Number.isInteger(n) || n < 1))
    throw new Error(`--articles expects sizes like 1000,10000; got "${get('--articles')}"`);
  return {
    sizes,
    runs: Number(get('--runs') ?? 2),
    batchSize: Number(get('--batch-size') ?? 5000),
    seed: Number(get('--seed') ?? 1),
    uri: get('--uri') ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? readLocalPassword(DEFAULT_DIR) ?? 'password',
  };
}
