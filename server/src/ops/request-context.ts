// What the server knows about the request being handled, wherever it is in the call chain:
// the request id (x-request-id) for logs and for Neo4j transaction metadata. Kept in
// AsyncLocalStorage so the executor and loggers need no extra parameters threaded through
// yoga, resolvers and loaders.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's id is kept when it is short and plain (it ends up in logs and metadata). */
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id to use for a request: the caller's x-request-id if acceptable, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && acceptable.test(given) ? given : randomUUID();
}

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
