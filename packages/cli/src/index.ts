// Public API of @news-kg/cli: the `kg` command itself is packages/cli/src/main.ts; this is what other tools may reuse.
export { readInputs } from './read-inputs';
