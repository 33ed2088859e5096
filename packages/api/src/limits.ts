// Limits that keep one request small: page sizes, path lengths and the graphql-armor validation rules.
import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest `first` accepted on any list. */
export const MAX_PAGE_SIZE = 100;
/** Largest `maxHops` of `connection`; also the literal bound of its Cypher pattern. */
export const MAX_HOPS = 6;
/** Largest `first` of `connection` (number of shortest paths returned). */
export const MAX_PATHS = 25;
/** Largest request body accepted (bytes): a query within maxTokens with its variables is a few kilobytes. */
export const MAX_REQUEST_BYTES = 1_000_000;
/**
 * Largest estimated cost of a query (query-cost.ts: armor's model on the request's coerced arguments). Was 20 000
 * when `first: $n` counted 1; counted right, a page of 50 people with their roles, five statements each and
 * their meetings (api-round-trips.int.test.ts) costs 40 000, while a page of 100 inside a page of 100 costs
 * 650 000. What a query really returns is capped by MAX_RESULTS.
 */
export const MAX_QUERY_COST = 100_000;
/** Most results one request may return (result-budget.ts); the deepest example question with pages of 100
 * returns a few thousand. */
export const MAX_RESULTS = 50_000;
/** Longest name or text argument accepted. */
export const MAX_TEXT_LENGTH = 200;

/** graphql-armor: refuse hostile documents before any resolver runs. */
export const ARMOR_CONFIG: ArmorConfig = {
  // Deep enough for person -> met -> edges -> meetings -> sources -> article -> title (and GraphiQL's examples).
  maxDepth: { n: 10 },
  // Off: armor counts `first` only as a literal. use-query-cost-limit.ts keeps armor's model (1.5x per level,
  // times `first`) on the request's variables and defaults: who met whom down to each source's article costs
  // about 65 per result, so a page of 100 (6.5k) passes and a page of 100 inside a page of 100 (650k) does not.
  costLimit: { enabled: false },
  maxAliases: { n: 15 },
  maxTokens: { n: 1000 },
  maxDirectives: { n: 10 },
  blockFieldSuggestion: { enabled: true },
};
