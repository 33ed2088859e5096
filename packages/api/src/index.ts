// Public API of @news-kg/api: the GraphQL server over the news graph, as a yoga instance and a listener.
export { createApi, schema, type Api, type CreateApiOptions } from './create-api';
export { startApiServer, type StartApiServerOptions, type StartedApiServer } from './start-api-server';
export { createRead, type ReadFn, type CreateReadOptions } from './read';
export type { CypherQuery } from './cypher/cypher-query';
export type { ApiContext } from './context';
export { typeDefs } from './type-defs';
export { EXAMPLE_QUERIES, buildExampleQueries, type ExampleQuery } from './example-queries';
export { pickExampleNames } from './example-tabs';
export {
  ARMOR_CONFIG,
  MAX_HOPS,
  MAX_PAGE_SIZE,
  MAX_QUERY_COST,
  MAX_REQUEST_BYTES,
  MAX_RESULTS,
  DEFAULT_PAGE_SIZE,
} from './limits';
export { BROWSER_GUIDE_PATH } from './browser-guide/use-browser-guide';
export { renderBrowserGuide, type GuideNotebook } from './browser-guide/render-browser-guide';
export { readNotebooks, NOTEBOOK_DIR } from './browser-guide/read-notebooks';
export {
  parseNotebook,
  type Notebook,
  type NotebookParam,
  type NotebookStatement,
} from './browser-guide/parse-notebook';
