// cypher/00-constraints.cypher, 01-indexes.cypher, 02-fulltext.cypher … applied in file order, each statement
// `IF NOT EXISTS`, then the loader waits for the indexes to come online so the first MERGE already uses them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { LoaderError } from './errors';
import { runAutoCommit } from './run-auto-commit';

/** The repository's cypher/ folder (packages/loader/src -> ../../../cypher). */
export const SCHEMA_DIR = path.resolve(__dirname, '../../../cypher');

// Two ingests starting together may both create the same constraint; the loser's error means "already there".
const ALREADY_THERE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

export interface ApplySchemaOptions {
  database?: string;
  /** @default SCHEMA_DIR */
  dir?: string;
}

/** Applies every numbered .cypher file of the schema folder; safe to call any number of times. */
export async function applySchema(
  driver: Driver,
  { database, dir = SCHEMA_DIR }: ApplySchemaOptions = {},
): Promise<void> {
  for (const { file, statement } of readSchemaStatements(dir)) {
    try {
      await runAutoCommit(
        driver,
        { database, during: `applying ${file}` },
        { cypher: statement, params: {} },
      );
    } catch (error) {
      const neo4jCode = error instanceof LoaderError ? error.neo4jCode : undefined;
      if (!neo4jCode || !ALREADY_THERE.test(neo4jCode)) throw error;
    }
  }
  await runAutoCommit(
    driver,
    { database, during: 'waiting for indexes' },
    { cypher: 'CALL db.awaitIndexes(300)', params: {} },
  );
}

const APPLIED = new WeakMap<Driver, Set<string>>();

/** Applies the schema once per driver and database (what writeDocument does before its first write). */
export async function ensureSchema(driver: Driver, { database }: { database?: string } = {}): Promise<void> {
  const done = APPLIED.get(driver) ?? new Set<string>();
  if (done.has(database ?? '')) return;
  await applySchema(driver, { database });
  done.add(database ?? '');
  APPLIED.set(driver, done);
}

/** Statements of the `NN-name.cypher` files in `dir`, in file order; `//` comments removed, split on `;`. */
export function readSchemaStatements(dir: string = SCHEMA_DIR): { file: string; statement: string }[] {
  const files = readdirSync(dir)
    .filter(f => /^\d\d-.*\.cypher$/.test(f))
    .sort();
  return files.flatMap(file =>
    parseCypherScript(readFileSync(path.join(dir, file), 'utf8')).map(statement => ({ file, statement })),
  );
}

/** "// why\nCREATE …;\nCREATE …;" -> ["CREATE …", "CREATE …"] */
export function parseCypherScript(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.replace(/^\s*\/\/.*$/, ''))
    .join('\n')
    .split(';')
    .map(s => s.trim())
    .filter(s => s !== '');
}
