// What every resolver gets: a per-request executor (its own statement counter) and the
// request's DataLoaders, so a field asked for on many objects costs one query, not one each.
import { anonymous, type Viewer } from './auth/viewer.js';
import type { Executor } from './db/executor.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  db: Executor;
  /**
   * The credential store (accounts, sessions, token hashes), a database of its own so analyst
   * Cypher on `db` can never read a secret. Only the auth code uses it.
   */
  authDb: Executor;
  loaders: Loaders;
  /** Who is asking (anonymous unless the request carried valid credentials). */
  viewer: Viewer;
}

export function createContext(executor: Executor, authExecutor: Executor, viewer: Viewer = anonymous): Context {
  const db = executor.fork();
  return { db, authDb: authExecutor.fork(), loaders: createLoaders(db), viewer };
}
