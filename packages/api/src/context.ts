// What every resolver gets: a read function (the only door to Neo4j), the index names, and this request's loaders.
import { createLoaders, type Loaders } from './loaders';
import type { ReadFn } from './read';
import { createResultBudget, type ResultBudget } from './result-budget';

export interface ApiContext {
  read: ReadFn;
  /** Full-text index over Person/Organization name + aliases. */
  nameIndex: string;
  /** Full-text index over Statement text. */
  textIndex: string;
  loaders: Loaders;
  /** What this request may still return (result-budget.ts). */
  results: ResultBudget;
}

export interface CreateContextOptions {
  read: ReadFn;
  nameIndex: string;
  textIndex: string;
  /** Most results (list items, page edges, resolved fields) one request may return. */
  maxResults: number;
}

/** A fresh context per request: DataLoaders must not share results across requests. */
export function createContext({ read, nameIndex, textIndex, maxResults }: CreateContextOptions): ApiContext {
  return {
    read,
    nameIndex,
    textIndex,
    loaders: createLoaders(read),
    results: createResultBudget(maxResults),
  };
}
