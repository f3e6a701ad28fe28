// Streams a JSON-lines file: one record per line with its 1-based line number; a line that is not
// JSON comes through as an error for that line (the rest still reads). Blank lines are skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawRecord } from './pipeline.js';

export async function* readJsonLines(file: string): AsyncGenerator<RawRecord> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, raw: JSON.parse(text) as unknown };
    } catch (e) {
      yield { line, error: `not valid JSON: ${(e as Error).message}` };
    }
  }
}

/** Counts the non-blank lines of a file (for a progress bar's total) without holding it. */
export async function countLines(file: string): Promise<number> {
  let n = 0;
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of rl) if (text.trim()) n++;
  return n;
}
