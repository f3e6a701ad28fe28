// Upgrade step, run at every start (a no-op once done): accounts, API tokens and sessions that
// earlier versions kept as nodes in the graph move to the credential store, then leave the
// graph. Copy first, delete second, both keyed by id: a crash in between leaves the graph copy,
// and the next start copies it again (same ids, same values) and deletes it. Everyone keeps
// their password, tokens and sessions.
import path from 'node:path';
import { migrationsDir } from '../db/migrate.js';
import type { Executor } from '../db/executor.js';

/** Schema migrations of the credential store (cypher/migrations/auth/). */
export const accountMigrationsDir = path.join(migrationsDir, 'auth');

export interface Moved {
  users: number;
  tokens: number;
  sessions: number;
  /** Nodes removed from the graph (may include orphans: a token without an owner). */
  deleted: number;
}

type Props = Record<string, unknown> & { id?: string };

export class CredentialMoveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialMoveError';
  }
}

export async function moveCredentials(graph: Executor, store: Executor): Promise<Moved> {
  const rows = await graph.read<{ kind: 'user' | 'token' | 'session' | 'orphan'; props: Props; owner: string | null }>('auth/legacy-read');
  if (rows.length === 0) return { users: 0, tokens: 0, sessions: 0, deleted: 0 };
  const users = rows.filter((r) => r.kind === 'user').map((r) => r.props);
  const tokens = rows.filter((r) => r.kind === 'token').map((r) => ({ props: r.props, owner: r.owner }));
  const sessions = rows.filter((r) => r.kind === 'session').map((r) => r.props);

  const [copied] = await store.write<{ users: number; tokens: number; sessions: number }>('auth/legacy-import', {
    users,
    tokens,
    sessions,
  });
  if (!copied || copied.users !== users.length || copied.tokens !== tokens.length || copied.sessions !== sessions.length) {
    throw new CredentialMoveError(
      `Moving credentials to the credential store did not copy everything (${JSON.stringify(copied)} of ` +
        `${users.length} users, ${tokens.length} tokens, ${sessions.length} sessions); the graph keeps them, nothing was deleted.`,
    );
  }
  const ids = [...users, ...tokens.map((t) => t.props), ...sessions].map((p) => p.id).filter((id): id is string => typeof id === 'string');
  const [deleted] = await graph.write<{ deleted: number }>('auth/legacy-delete', { ids });
  return { users: users.length, tokens: tokens.length, sessions: sessions.length, deleted: deleted?.deleted ?? 0 };
}

export function formatMoved(m: Moved): string {
  return `${m.users} account(s), ${m.tokens} API token(s), ${m.sessions} session(s)`;
}
