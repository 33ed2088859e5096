// pnpm bench ingest [--sizes 0,1000,10000] [--uri bolt://…] [--heap-mb 8192] [--ingest-args "--strategy merge"]
// What a newsroom pays to add today's articles to an archive that only grows. For each archive size: an empty
// database, the archive (the first N generated articles, generate-articles.ts: distinct story worlds, so entities do
// not collapse across stories) ingested with one `kg ingest`, then the next 10 articles added with another `kg
// ingest`, timed. Both are the public `kg` command in a process of their own (run-kg.ts), so whatever the ingest
// does inside (a per-article result cache, a worker pool) is what is measured: "extractions" is the number of
// articles the add extracted, as `kg ingest` reports it (its per-article stage's reads when it reports them,
// else "graph extracted from N"). Prints a table and, last,
// `growth: X.XX` = time to add 10 at the largest size / at size 0 (target <= 2.0). Never asserts timings.
// Without --uri it starts a throwaway Neo4j of the repo's launcher (Java 17+ and Maven) on free ports; with --uri
// (user and password from NEO4J_USER / NEO4J_PASSWORD) it EMPTIES that database before each size.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { createDriver, resetDatabase } from '@news-kg/loader';
import { findFreePort, startLocalNeo4j } from '@news-kg/neo4j-local';
import { formatLoad, parseSizes, valueOf } from './extract-scale';
import { generateArticles } from './generate-articles';
import { runKg } from './run-kg';
import { writeArticles } from './write-articles';

/** Articles added to each archive. */
const ADDED = 10;

interface Connection {
  uri: string;
  user: string;
  password: string;
}

interface IngestRow {
  archive: number;
  buildSeconds: number | null;
  buildRssMb: number | null;
  addSeconds: number;
  addCpuSeconds: number;
  extractions: number | null;
  addRssMb: number;
  load: string;
}

export async function runIngestBench(argv: string[]): Promise<void> {
  const sizes = parseSizes(valueOf(argv, '--sizes') ?? '0,1000,10000', 0);
  const heapMb = Number(valueOf(argv, '--heap-mb') ?? 8192);
  const extra = (valueOf(argv, '--ingest-args') ?? '').split(/\s+/).filter(Boolean);
  const given = valueOf(argv, '--uri');
  const server = given ? null : await startThrowawayNeo4j();
  const connection: Connection = server?.connection ?? {
    uri: given!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'password',
  };
  console.log(
    `bench ingest: sizes ${sizes.join(', ')}, ${ADDED} articles added to each; Neo4j ${connection.uri}` +
      `${server ? ' (throwaway)' : ' (emptied before each size)'}; ${os.cpus().length} cores, load average ${formatLoad()}`,
  );
  const rows: IngestRow[] = [];
  try {
    await warmUp(connection, heapMb);
    for (const archive of sizes) rows.push(await benchSize(archive, connection, { heapMb, extra }));
  } finally {
    await server?.stop();
    // the sizes done so far, even when a later one fails (the growth line then says so)
    printTable(rows, rows.length === sizes.length);
  }
}

async function benchSize(
  archive: number,
  connection: Connection,
  { heapMb, extra }: { heapMb: number; extra: string[] },
): Promise<IngestRow> {
  const driver = createDriver(connection);
  try {
    await resetDatabase(driver);
  } finally {
    await driver.close();
  }
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'kg-bench-ingest-'));
  const conn = ['--uri', connection.uri, '--user', connection.user, '--password', connection.password];
  try {
    let build = null;
    if (archive > 0) {
      writeArticles(join(dir, 'archive'), generateArticles({ count: archive }));
      build = await runKg(['ingest', join(dir, 'archive'), ...conn, ...extra], { heapMb });
      console.log(
        `  archive of ${archive}: ingested in ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s, peak RSS ${build.maxRssMb.toFixed(0)} MB)`,
      );
    }
    // the next articles of the same generator: today's stories, after the archive's
    writeArticles(join(dir, 'new'), generateArticles({ from: archive, count: ADDED }));
    const add = await runKg(['ingest', join(dir, 'new'), ...conn, ...extra], { heapMb });
    const extracted = countExtractions(add.stdout);
    const load = formatLoad();
    console.log(
      `  add ${ADDED} to ${archive}: ${add.seconds.toFixed(1)} s (CPU ${add.cpuSeconds.toFixed(1)} s, peak RSS ${add.maxRssMb.toFixed(0)} MB), ${extracted ?? '?'} extracted; load average ${load}`,
    );
    return {
      archive,
      buildSeconds: build?.seconds ?? null,
      buildRssMb: build?.maxRssMb ?? null,
      addSeconds: add.seconds,
      addCpuSeconds: add.cpuSeconds,
      extractions: extracted,
      addRssMb: add.maxRssMb,
      load,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One untimed `kg ingest` of a few articles before the first size: the first `kg` run after the sources changed
 * fills tsx's transform cache (about a second of CPU), which would otherwise be charged to the size-0 add only and
 * lower `growth`. The database is emptied again before each size. */
async function warmUp(connection: Connection, heapMb: number): Promise<void> {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'kg-bench-warm-'));
  try {
    writeArticles(dir, generateArticles({ count: 2 }));
    const conn = ['--uri', connection.uri, '--user', connection.user, '--password', connection.password];
    await runKg(['ingest', dir, ...conn], { heapMb });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Articles the ingest read with the extractor: the per-article stage's count when `kg ingest` reports one
 * ("Per-article stage: 10 article(s) read, 2 re-read …", with a per-article result cache), else the articles the
 * graph was extracted from ("graph extracted from 1010"). */
export function countExtractions(stdout: string): number | null {
  const stage = /Per-article stage: (\d+) article\(s\) read, (\d+) re-read/.exec(stdout);
  if (stage) return Number(stage[1]) + Number(stage[2]);
  const graph = /graph extracted from (\d+)/.exec(stdout);
  return graph ? Number(graph[1]) : null;
}

async function startThrowawayNeo4j(): Promise<{ connection: Connection; stop(): Promise<void> }> {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'kg-bench-neo4j-'));
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  const server = await startLocalNeo4j({ dir, boltPort, httpPort });
  return {
    connection: { uri: server.uri, user: server.user, password: server.password },
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function printTable(rows: IngestRow[], complete: boolean): void {
  if (rows.length === 0) return;
  const pad = (value: string, width: number) => value.padStart(width);
  console.log(
    `\narchive | archive ingest s | archive peak RSS MB | add ${ADDED}: s | add CPU s | extractions | add peak RSS MB | added articles/s | load average (1/5/15 min)`,
  );
  for (const r of rows) {
    console.log(
      [
        pad(String(r.archive), 7),
        pad(r.buildSeconds === null ? '-' : r.buildSeconds.toFixed(1), 16),
        pad(r.buildRssMb === null ? '-' : r.buildRssMb.toFixed(0), 19),
        pad(r.addSeconds.toFixed(1), 9),
        pad(r.addCpuSeconds.toFixed(1), 9),
        pad(r.extractions === null ? '?' : String(r.extractions), 11),
        pad(r.addRssMb.toFixed(0), 15),
        pad((ADDED / r.addSeconds).toFixed(2), 16),
        ` ${r.load}`,
      ].join(' | '),
    );
  }
  const [first, last] = [rows[0], rows.at(-1)];
  if (first && last) {
    if (first.archive !== 0)
      console.log(`(growth is relative to the smallest size, ${first.archive}, not 0)`);
    if (!complete) console.log(`(incomplete: the sizes after ${last.archive} did not finish)`);
    console.log(
      `growth by CPU of the kg process: ${(last.addCpuSeconds / first.addCpuSeconds).toFixed(2)} (steadier on a shared machine)`,
    );
    console.log(`growth: ${(last.addSeconds / first.addSeconds).toFixed(2)}`);
  }
}
