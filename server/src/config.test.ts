import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      neo4j: {
        mode: 'embedded',
        boltPort: 7687,
        dataDir: path.join(repoRoot, '.data', 'neo4j'),
        heap: '1g',
        pagecache: '512m',
        database: undefined,
      },
      accounts: {
        mode: 'embedded',
        boltPort: 7688,
        dataDir: path.join(repoRoot, '.data', 'neo4j-auth'),
        heap: '256m',
        pagecache: '16m',
        database: undefined,
      },
      queryTimeoutMs: 15000,
      logQueries: false,
      seedsDir: path.join(repoRoot, 'seeds'),
      listedDatasetDir: path.join(repoRoot, '..', 'shared', 'datasets', 'a-share-industry-kg'),
      port: 4000,
      host: '127.0.0.1',
      nodeEnv: 'development',
      ops: { logLevel: 'info', metricsToken: undefined, shutdownTimeoutMs: 20000 },
      auth: { publicRead: 'chain-map', adminPassword: undefined, sessionTtlSeconds: 12 * 3600 },
    });
  });

  it('reads the operations settings and never echoes the metrics token', () => {
    const c = loadConfig({ LOG_LEVEL: 'warn', METRICS_TOKEN: 'a-scraper-token-0123', SHUTDOWN_TIMEOUT_MS: '5000' });
    expect(c.ops).toEqual({ logLevel: 'warn', metricsToken: 'a-scraper-token-0123', shutdownTimeoutMs: 5000 });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud": must be a pino level/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(/METRICS_TOKEN=\(hidden\): must be at least 16/);
  });

  it('reads the sign-in settings and refuses bad ones', () => {
    const c = loadConfig({ PUBLIC_READ: 'none', ADMIN_PASSWORD: 'a long admin pass', AUTH_SESSION_HOURS: '0.5' });
    expect(c.auth).toEqual({ publicRead: 'none', adminPassword: 'a long admin pass', sessionTtlSeconds: 1800 });
    expect(() => loadConfig({ PUBLIC_READ: 'everything' })).toThrow(/PUBLIC_READ="everything": must be none, chain-map or all/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD=\(hidden\): must be at least 10 characters/);
  });

  it('keeps the credential store beside the graph, or on AUTH_NEO4J_URI', () => {
    const c = loadConfig({ NEO4J_DATA_DIR: '/tmp/x/graph', NEO4J_BOLT_PORT: '9000' });
    expect(c.accounts).toMatchObject({ mode: 'embedded', dataDir: '/tmp/x/graph-auth', boltPort: 9001 });
    expect(loadConfig({ AUTH_NEO4J_DATA_DIR: '/tmp/y', AUTH_NEO4J_BOLT_PORT: '9100' }).accounts).toMatchObject({
      dataDir: '/tmp/y',
      boltPort: 9100,
    });
    const ext = loadConfig({ AUTH_NEO4J_URI: 'bolt://auth.example:7687', AUTH_NEO4J_PASSWORD: 'pw', AUTH_NEO4J_DATABASE: 'accounts' });
    expect(ext.accounts).toEqual({
      mode: 'external',
      uri: 'bolt://auth.example:7687',
      username: 'neo4j',
      password: 'pw',
      database: 'accounts',
    });
    expect(() => loadConfig({ AUTH_NEO4J_URI: 'bolt://auth.example:7687' })).toThrow(/AUTH_NEO4J_PASSWORD: required/);
  });

  it('uses an external server when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(c.neo4j).toEqual({ mode: 'external', uri: 'neo4j+s://db.example:7687', username: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('has no default password for an external server', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD: required when NEO4J_URI is set/);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({
        NEO4J_URI: 'http://x',
        NEO4J_PASSWORD: 'p',
        PORT: 'abc',
        NEO4J_HEAP: 'lots',
        NEO4J_QUERY_TIMEOUT_MS: '5',
        NODE_ENV: 'staging',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const names = (e as ConfigError).problems.map((p) => p.split('=')[0]);
      expect(names.sort()).toEqual(['NEO4J_HEAP', 'NEO4J_QUERY_TIMEOUT_MS', 'NEO4J_URI', 'NODE_ENV', 'PORT']);
    }
  });

  it('treats empty strings as unset and parses booleans and numbers', () => {
    const c = loadConfig({ NEO4J_URI: '', PORT: '8080', NEO4J_LOG_QUERIES: 'true', NEO4J_DATA_DIR: '/var/lib/x', NEO4J_BOLT_PORT: '' });
    expect(c.neo4j).toMatchObject({ mode: 'embedded', dataDir: '/var/lib/x', boltPort: 7687 });
    expect(c.port).toBe(8080);
    expect(c.logQueries).toBe(true);
  });
});
