// Stopping a child process we started (the embedded Neo4j's JVM, a server under a drill, test or
// benchmark): SIGTERM, then its exit or a deadline, whichever comes first.
import type { ChildProcess } from 'node:child_process';

/** Whether the child still runs. No pid means spawn itself failed (e.g. java not found): there is nothing to stop. */
export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/**
 * Sends SIGTERM and waits for the child's exit, at most `timeoutMs`; resolves to whether it
 * exited in time (true also when it was not running). The deadline's timer is cleared: left
 * pending, it holds the caller's process open for its full length after a quick stop.
 */
export async function terminate(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (!isRunning(child)) return true;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([exited, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
  clearTimeout(timer);
  return inTime;
}
