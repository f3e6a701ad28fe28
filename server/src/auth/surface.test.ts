import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { accessSurface } from './surface.js';

describe('the access surface', () => {
  it('is the committed list (test/public-surface.txt): what anonymous requests may read, and which role each scoped field needs', () => {
    const committed = readFileSync(new URL('../../test/public-surface.txt', import.meta.url), 'utf8');
    expect(`${accessSurface(schema).join('\n')}\n`).toBe(committed);
  });
  it('leaves every mutation but signing in and out behind a role', () => {
    const open = accessSurface(schema).filter((l) => l.startsWith('Mutation.') && !/: (viewer|analyst|editor|admin)/.test(l));
    expect(open).toEqual(['Mutation.signIn: public', 'Mutation.signOut: public']);
  });
});
