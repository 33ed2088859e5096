// The kg command. Thin edge: argv and env in, packages called, exit code out. The only place that exits.
import { Command } from 'commander';

type Register = (program: Command) => void;

// Each command's module loads what it runs (the loader and Neo4j's driver, the GraphQL API), so only the command
// asked for is loaded: `kg extract` does not pay for the others (about half a second of CPU before its reading pool
// starts). Help, and a name that is no command, get them all.
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  export: async () => (await import('./commands/export.js')).registerExport,
  reset: async () => (await import('./commands/reset.js')).registerReset,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  start: async () => (await import('./commands/start.js')).registerStart,
};

async function createProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('kg')
    .description('News articles in, a sourced knowledge graph out (Neo4j + GraphQL).')
    .showHelpAfterError();
  const asked = argv.slice(2).find(arg => !arg.startsWith('-'));
  const names = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);
  for (const name of names) (await (COMMANDS[name] as () => Promise<Register>)())(program);
  return program;
}

createProgram(process.argv)
  .then(program => program.parseAsync(process.argv))
  .then(() => {
    if (process.exitCode === undefined) process.exitCode = 0;
  })
  .catch((error: unknown) => {
    console.error(`kg: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
