// The kg command. Thin edge: argv and env in, packages called, exit code out. The only place that exits.
import { Command } from 'commander';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';
import { registerExport } from './commands/export';
import { registerReset } from './commands/reset';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';

function createProgram(): Command {
  const program = new Command('kg')
    .description('News articles in, a sourced knowledge graph out (Neo4j + GraphQL).')
    .showHelpAfterError();
  for (const register of [
    registerExtract,
    registerIngest,
    registerExport,
    registerReset,
    registerServe,
    registerStart,
  ]) {
    register(program);
  }
  return program;
}

createProgram()
  .parseAsync(process.argv)
  .then(() => {
    if (process.exitCode === undefined) process.exitCode = 0;
  })
  .catch((error: unknown) => {
    console.error(`kg: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
