// kg reset --yes: empties the database (constraints and indexes stay). Refuses without --yes.
import type { Command } from 'commander';
import { resetDatabase } from '@news-kg/loader';
import {
  addConnectionOptions,
  resolveConnection,
  withDriver,
  type ConnectionFlags,
} from '../ingest-connection';

export function registerReset(program: Command): void {
  addConnectionOptions(
    program
      .command('reset')
      .description('Delete every node and relationship in the Neo4j database (needs --yes).')
      .option('--yes', 'confirm: really empty the database'),
  ).action(async (flags: ConnectionFlags & { yes?: boolean }) => {
    const connection = resolveConnection(flags);
    if (!flags.yes) {
      throw new Error(`refusing to empty the database at ${connection.uri} without --yes (kg reset --yes)`);
    }
    const { nodesDeleted, relationshipsDeleted } = await withDriver(connection, driver =>
      resetDatabase(driver, connection),
    );
    console.log(
      `Emptied the database at ${connection.uri}: ${nodesDeleted} nodes and ${relationshipsDeleted} relationships deleted.`,
    );
  });
}
