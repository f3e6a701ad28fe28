// Structured logs: one JSON object per line on stdout (pino), each line of a request carrying
// its request id. LOG_LEVEL sets the level (default info).
import { pino, type Logger } from 'pino';
import { currentRequest } from './request-context.js';

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof levels)[number];

export function isLogLevel(v: string): v is LogLevel {
  return (levels as readonly string[]).includes(v);
}

function create(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'chain-graph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // The request id of the request being handled, when there is one.
      mixin: () => {
        const r = currentRequest();
        return r ? { reqId: r.requestId } : {};
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password'], censor: '[hidden]' },
    },
    destination,
  );
}

let root: Logger = create(isLogLevel(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as LogLevel) : 'info');

/** The process logger. */
export function logger(): Logger {
  return root;
}

/** Replaces the process logger (start-up with the configured level; tests capture lines). */
export function setLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  root = create(level, destination);
  return root;
}
