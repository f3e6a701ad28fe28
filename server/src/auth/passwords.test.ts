import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { credentialKind, hashCredential, newCredential } from './tokens.js';

describe('password hashing (scrypt)', () => {
  it('round-trips, refuses a wrong password, and salts every hash', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(needsRehash(hash)).toBe(false);
  });

  it('keeps verifying hashes made with other parameters, and flags weaker ones for re-hashing', async () => {
    const weak = await hashPassword('an older password', { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword('an older password', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it('treats a malformed stored hash as a mismatch, not a crash', async () => {
    for (const bad of ['', 'plain', 'scrypt$3$8$1$abc$def', 'bcrypt$x', 'scrypt$32768$8$1$$']) {
      expect(await verifyPassword('whatever', bad)).toBe(false);
    }
  });
});

describe('bearer credentials', () => {
  it('are 32 random bytes with a kind prefix, stored only as SHA-256', () => {
    const a = newCredential('token');
    const b = newCredential('session');
    expect(a.secret).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);
    expect(b.secret).toMatch(/^cgs_[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toBe(hashCredential(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(credentialKind(a.secret)).toBe('token');
    expect(credentialKind(b.secret)).toBe('session');
    expect(credentialKind('cgt_short')).toBeNull();
    expect(credentialKind(a.hash)).toBeNull();
  });
});
