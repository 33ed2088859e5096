// kg export [-o graph.json | -o facts.csv]: the database as a GraphDocument (the extractor's JSON shape), or as
// CSV of its meetings and statements with their sources (one row per fact and source, for a spreadsheet), to a file
// or stdout. The format is --format, else the --out file's extension, else JSON.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { exportDocument } from '@news-kg/loader';
import { toFactsCsv } from '../facts-csv';
import {
  addConnectionOptions,
  resolveConnection,
  withDriver,
  type ConnectionFlags,
} from '../ingest-connection';

type ExportFormat = 'json' | 'csv';

interface ExportFlags extends ConnectionFlags {
  out?: string;
  format?: ExportFormat;
  includeSource?: boolean;
}

function parseFormat(value: string): ExportFormat {
  if (value === 'json' || value === 'csv') return value;
  throw new InvalidArgumentError('expected "json" or "csv"');
}

export function formatOf({ format, out }: Pick<ExportFlags, 'format' | 'out'>): ExportFormat {
  return format ?? (out && extname(out).toLowerCase() === '.csv' ? 'csv' : 'json');
}

export function registerExport(program: Command): void {
  addConnectionOptions(
    program
      .command('export')
      .description('Dump the Neo4j graph as a GraphDocument JSON, or its meetings and statements as CSV.')
      .option('-o, --out <file>', 'write to this file instead of stdout (a .csv file gets CSV)')
      .option(
        '--format <json|csv>',
        'json: the whole graph; csv: one row per meeting or statement and source',
        parseFormat,
      )
      .option('--include-source', 'include the article texts kept for re-extraction (JSON)'),
  ).action(async (flags: ExportFlags) => {
    const connection = resolveConnection(flags);
    const format = formatOf(flags);
    const doc = await withDriver(connection, driver =>
      exportDocument(driver, { database: connection.database, includeSource: flags.includeSource === true }),
    );
    const body = format === 'csv' ? toFactsCsv(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    if (flags.out) {
      await writeFile(flags.out, body);
      const facts = doc.nodes.filter(
        n => n.labels.includes('Meeting') || n.labels.includes('Statement'),
      ).length;
      console.error(
        format === 'csv'
          ? `Wrote ${facts} meetings and statements (one row per source) to ${flags.out}.`
          : `Wrote ${doc.nodes.length} nodes and ${doc.relationships.length} relationships to ${flags.out}.`,
      );
    } else {
      process.stdout.write(body);
    }
  });
}
