// node --import tsx test/support/ingest-slowly.ts <blockMs> <lockTtlMs> <file...>
// One `kg ingest` as a process of its own, into NEO4J_URI, with the real extractor made slower than the lease the
// way a big batch is: the thread is blocked (no timer fires) for blockMs before extracting. Prints one JSON line:
// { waited, articlesExtracted }.
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { createDriver, ingestArticles } from '@news-kg/loader';
import { readInputs } from '@news-kg/cli';

async function main(): Promise<void> {
  const [blockMs = '0', lockTtlMs = '30000', ...files] = process.argv.slice(2);
  const driver = createDriver({
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
  });
  const slowExtract = (inputs: readonly ArticleInput[]) => {
    const until = Date.now() + Number(blockMs);
    while (Date.now() < until) {
      // busy: a synchronous extraction holds the thread just like this
    }
    return extractDocument(inputs);
  };
  let waited = false;
  try {
    const summary = await ingestArticles(driver, readInputs(files).articles, {
      extract: slowExtract,
      lockTtlMs: Number(lockTtlMs),
      onProgress: progress => (waited ||= progress.phase === 'wait'),
    });
    console.log(JSON.stringify({ waited, articlesExtracted: summary.articlesExtracted }));
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
