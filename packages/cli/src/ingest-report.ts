// The closing summary of kg ingest:
//   Ingested 5 of 5 articles (2 new; graph extracted from 12) in 3.2 s into bolt://127.0.0.1:7687
//     nodes:         40 created, 3 updated, 1 deleted
//     relationships: 120 created, 0 updated, 2 deleted
//     properties set: 410
//   Failed (1):
//     notes/empty.txt: the file is empty; …
import type { IngestSummary } from '@news-kg/loader';
import type { InputFailure } from './input-failure';

export function formatIngestReport(
  summary: IngestSummary,
  { failed, seconds, uri }: { failed: InputFailure[]; seconds: number; uri: string },
): string {
  const lines = [
    `Ingested ${summary.articlesInput - summary.failed.length} of ${summary.articlesInput} articles ` +
      `(${summary.articlesNew} new; graph extracted from ${summary.articlesExtracted}) in ${seconds.toFixed(1)} s into ${uri}`,
    `  nodes:          ${summary.nodesCreated} created, ${summary.nodesUpdated} updated, ${summary.nodesDeleted} deleted`,
    `  relationships:  ${summary.relationshipsCreated} created, ${summary.relationshipsUpdated} updated, ${summary.relationshipsDeleted} deleted`,
    `  properties set: ${summary.propertiesSet}; transactions: ${summary.transactions}`,
  ];
  // Input failures already start with their path ("notes/empty.txt: the file is empty…").
  const messages = [...failed.map(f => f.message), ...summary.failed.map(f => `${f.path}: ${f.message}`)];
  if (messages.length > 0) lines.push(`Failed (${messages.length}):`, ...messages.map(m => `  ${m}`));
  return lines.join('\n');
}
