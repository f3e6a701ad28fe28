// The API limits read from the environment: defaults, overrides, and clear refusals.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { defaultLimits } from '../yoga.js';
import { loadApiSettings } from './settings.js';

describe('API settings from the environment', () => {
  it('defaults to the documented limits, CORS off and introspection by NODE_ENV', () => {
    const s = loadApiSettings({});
    expect(s.limits).toEqual(defaultLimits);
    expect(s.corsOrigins).toEqual([]);
    expect(s.introspection).toBeUndefined();
    expect(s.inputBounds).toMatchObject({ maxStringLength: 20_000, maxBodyBytes: 1_000_000 });
  });

  it('reads overrides and a list of origins', () => {
    const s = loadApiSettings({
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_CLIENT_BUDGET: '5000',
      GRAPHQL_CLIENT_REFILL: '10',
      GRAPHQL_INTROSPECTION: 'true',
      CORS_ORIGINS: 'https://portal.example.cn, http://localhost:5173',
    });
    expect(s.limits).toMatchObject({ maxCost: 1000, clientBudget: 5000, clientRefillPerSecond: 10 });
    expect(s.corsOrigins).toEqual(['https://portal.example.cn', 'http://localhost:5173']);
    expect(s.introspection).toBe(true);
  });

  it('refuses bad values naming the variable', () => {
    expect(() => loadApiSettings({ GRAPHQL_MAX_COST: 'lots' })).toThrow(/GRAPHQL_MAX_COST="lots": must be a number/);
    expect(() => loadApiSettings({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS="\*": list origins like/);
    expect(() => loadApiSettings({ GRAPHQL_MAX_COST: '10000', GRAPHQL_CLIENT_BUDGET: '500' })).toThrow(ConfigError);
  });
});
