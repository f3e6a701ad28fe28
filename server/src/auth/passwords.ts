// Password hashing with Node's built-in scrypt (memory-hard; no dependency). The stored string
// carries its own cost parameters — `scrypt$N$r$p$salt$hash` (base64) — so the defaults can be
// raised later without breaking old hashes, and `needsRehash` tells sign-in to upgrade them.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. 2^15 ≈ 32 MiB and ~50-100 ms per hash here. */
  N: number;
  r: number;
  p: number;
}

export const currentParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
const saltLength = 16;
/** Passwords longer than this are refused (scrypt would take them, but nobody types 1 KB). */
export const maxPasswordLength = 1024;
export const minPasswordLength = 10;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is exactly 128·N·r for N=2^15; allow headroom.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = currentParams): Promise<string> {
  if (password.length > maxPasswordLength) throw new Error(`Passwords are at most ${maxPasswordLength} characters.`);
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(encoded: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || (N & (N - 1)) !== 0) return null;
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  if (salt.length === 0 || key.length === 0) return null;
  return { params: { N, r, p }, salt, key };
}

/** True when `password` matches `encoded`; false for a wrong password or a malformed hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parse(encoded);
  if (!parsed || password.length > maxPasswordLength) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** A hash made with weaker parameters than today's (sign-in re-hashes it). */
export function needsRehash(encoded: string): boolean {
  const parsed = parse(encoded);
  if (!parsed) return true;
  const { N, r, p } = parsed.params;
  return N < currentParams.N || r < currentParams.r || p < currentParams.p;
}

let dummy: Promise<string> | undefined;
/**
 * A real hash of a random password, verified against when the username is unknown, so an
 * unknown user costs the same scrypt work as a wrong password (no timing oracle for usernames).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** A random password for the bootstrap admin and `user reset-password`: 20 base64url chars. */
export function randomPassword(): string {
  return randomBytes(15).toString('base64url');
}
