// kg export [--out graph.json]: the database as a GraphDocument (the extractor's JSON shape), to a file or stdout.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportDocument } from '@news-kg/loader';
import {
  addConnectionOptions,
  resolveConnection,
  withDriver,
  type ConnectionFlags,
} from '../ingest-connection';

export function registerExport(program: Command): void {
  addConnectionOptions(
    program
      .command('export')
      .description('Dump the Neo4j graph as a GraphDocument JSON.')
      .option('--out <file>', 'write to this file instead of stdout')
      .option('--include-source', 'include the article texts kept for re-extraction'),
  ).action(async (flags: ConnectionFlags & { out?: string; includeSource?: boolean }) => {
    const connection = resolveConnection(flags);
    const doc = await withDriver(connection, driver =>
      exportDocument(driver, { database: connection.database, includeSource: flags.includeSource === true }),
    );
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    if (flags.out) {
      await writeFile(flags.out, json);
      console.error(
        `Wrote ${doc.nodes.length} nodes and ${doc.relationships.length} relationships to ${flags.out}.`,
      );
    } else {
      process.stdout.write(json);
    }
  });
}
