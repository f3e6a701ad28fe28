// Stopping without dropping work: the listener closes (new connections are refused), idle
// keep-alive connections are closed at once and busy ones as soon as their response is sent,
// so every request already received is answered. After `timeoutMs` whatever is still open is
// cut. The caller then closes the database driver.
import type { Server } from 'node:http';

export interface CloseResult {
  /** Connections that were still busy at the deadline and were cut. */
  forced: boolean;
  ms: number;
}

export function closeGracefully(server: Server, timeoutMs: number): Promise<CloseResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let forced = false;
    // A connection that finishes its response becomes idle: close it before a new request
    // arrives on it (keep-alive), checked often so the stop is quick.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ forced, ms: performance.now() - started });
    });
    server.closeIdleConnections();
  });
}
