// What every resolver gets: a read function (the only door to Neo4j), the index names, and this request's loaders.
import { createLoaders, type Loaders } from './loaders';
import type { ReadFn } from './read';

export interface ApiContext {
  read: ReadFn;
  /** Full-text index over Person/Organization name + aliases. */
  nameIndex: string;
  /** Full-text index over Statement text. */
  textIndex: string;
  loaders: Loaders;
}

export interface CreateContextOptions {
  read: ReadFn;
  nameIndex: string;
  textIndex: string;
}

/** A fresh context per request: DataLoaders must not share results across requests. */
export function createContext({ read, nameIndex, textIndex }: CreateContextOptions): ApiContext {
  return { read, nameIndex, textIndex, loaders: createLoaders(read) };
}
