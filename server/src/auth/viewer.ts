// Who is asking, and what they may do. The request's viewer is decided once, in the context;
// fields declare the role they need (`authScopes`, checked by the scope-auth plugin in builder.ts).
import { userRoles } from '../domain/vocabulary.js';

/** Roles in increasing power; each includes the ones before it (domain/vocabulary.ts). */
export const roles = userRoles.values;
export type Role = (typeof roles)[number];

export interface Viewer {
  /** null for an anonymous request. */
  role: Role | null;
  /** The signed-in user's id (User node), or the token's owner. */
  userId: string | null;
  /** A display name for audit records ("admin", "token:ci"). */
  name: string;
  /** The credential the request carried (sign-out ends this session). */
  credential?: { kind: 'session' | 'token'; id: string };
}

export const anonymous: Viewer = { role: null, userId: null, name: 'anonymous' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** The weaker of two roles (an API token never grants more than its owner has). */
export function weakerRole(a: Role, b: Role): Role {
  return roles.indexOf(a) <= roles.indexOf(b) ? a : b;
}

export function hasRole(viewer: Viewer, needed: Role): boolean {
  return viewer.role !== null && roles.indexOf(viewer.role) >= roles.indexOf(needed);
}
