// The API limits from the environment (every one listed with its default in docs/security.md
// and the README). Kept beside the limits rather than in config.ts: these are the API's, read
// once at start-up by main.ts and handed to createApp.
import { z } from 'zod';
import { ConfigError } from '../config.js';
import { defaultLimits, type Limits } from '../yoga.js';
import { admissionLimits, type AdmissionLimits } from './admission.js';
import { defaultInputBounds, type InputBounds } from './input-bounds.js';

const empty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const whole = (min: number, max: number) =>
  z.preprocess(
    empty,
    z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .optional(),
  );

const Env = z.object({
  GRAPHQL_MAX_COST: whole(100, 100_000_000),
  GRAPHQL_CLIENT_BUDGET: whole(100, 1_000_000_000),
  GRAPHQL_CLIENT_REFILL: whole(1, 1_000_000_000),
  GRAPHQL_MAX_DEPTH: whole(2, 50),
  GRAPHQL_MAX_ALIASES: whole(1, 1000),
  GRAPHQL_MAX_TOKENS: whole(100, 1_000_000),
  GRAPHQL_MAX_BATCH: whole(1, 100),
  GRAPHQL_MAX_STRING: whole(100, 10_000_000),
  GRAPHQL_MAX_BODY_BYTES: whole(1_000, 100_000_000),
  IMPORT_MAX_BYTES: whole(1_000, 500_000_000),
  GRAPHQL_INTROSPECTION: z.preprocess(empty, z.enum(['true', 'false'], { message: 'must be true or false' }).optional()),
  CORS_ORIGINS: z.preprocess(
    empty,
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().regex(/^https?:\/\/[^/\s*]+$/, 'list origins like https://portal.example.cn (scheme and host, no path, no *)')),
      )
      .optional(),
  ),
});

export interface ApiSettings {
  limits: Limits;
  inputBounds: InputBounds;
  corsOrigins: string[];
  /** Unset: on in development, off in production. */
  introspection: boolean | undefined;
  /** Heavy operations at once, waiting, wait time and per-client share (limits/admission.ts). */
  admission: AdmissionLimits;
}

export function loadApiSettings(env: Record<string, string | undefined> = process.env): ApiSettings {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0])}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const limits: Limits = {
    maxCost: e.GRAPHQL_MAX_COST ?? defaultLimits.maxCost,
    clientBudget: e.GRAPHQL_CLIENT_BUDGET ?? defaultLimits.clientBudget,
    clientRefillPerSecond: e.GRAPHQL_CLIENT_REFILL ?? defaultLimits.clientRefillPerSecond,
    maxDepth: e.GRAPHQL_MAX_DEPTH ?? defaultLimits.maxDepth,
    maxAliases: e.GRAPHQL_MAX_ALIASES ?? defaultLimits.maxAliases,
    maxTokens: e.GRAPHQL_MAX_TOKENS ?? defaultLimits.maxTokens,
    maxDirectives: defaultLimits.maxDirectives,
    maxBatch: e.GRAPHQL_MAX_BATCH ?? defaultLimits.maxBatch,
  };
  if (limits.clientBudget < limits.maxCost) {
    throw new ConfigError([
      `GRAPHQL_CLIENT_BUDGET=${limits.clientBudget}: must be at least GRAPHQL_MAX_COST (${limits.maxCost}), or no request of the largest allowed cost could ever run`,
    ]);
  }
  let admission: AdmissionLimits;
  try {
    admission = admissionLimits(env);
  } catch (e) {
    throw new ConfigError([(e as Error).message]);
  }
  return {
    admission,
    limits,
    inputBounds: {
      ...defaultInputBounds,
      maxStringLength: e.GRAPHQL_MAX_STRING ?? defaultInputBounds.maxStringLength,
      maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES ?? defaultInputBounds.maxBodyBytes,
    },
    corsOrigins: e.CORS_ORIGINS ?? [],
    introspection: e.GRAPHQL_INTROSPECTION === undefined ? undefined : e.GRAPHQL_INTROSPECTION === 'true',
  };
}
