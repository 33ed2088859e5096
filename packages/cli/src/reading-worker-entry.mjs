// The file piscina starts in each worker thread of the reading pool. Worker threads load files with Node's own
// loader, so this plain module loads the TypeScript task (reading-worker.ts) through tsx, as `pnpm kg` runs the CLI.
import { tsImport } from 'tsx/esm/api';

const loaded = await tsImport('./reading-worker.ts', import.meta.url);
const runReadingTask = loaded.runReadingTask ?? loaded.default?.runReadingTask;

export default function run(task) {
  return runReadingTask(task);
}
