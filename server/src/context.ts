// What every resolver gets: a per-request executor (its own statement counter) and the
// request's DataLoaders, so a field asked for on many objects costs one query, not one each.
import type { Executor } from './db/executor.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  db: Executor;
  loaders: Loaders;
}

export function createContext(executor: Executor): Context {
  const db = executor.fork();
  return { db, loaders: createLoaders(db) };
}
