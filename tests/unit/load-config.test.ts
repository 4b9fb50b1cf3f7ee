import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.ts';

describe('loadConfig', () => {
  it('starts with documented defaults: local Neo4j, 127.0.0.1:4000, 5 s transactions', () => {
    expect(loadConfig({})).toMatchObject({
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jDatabase: 'neo4j',
      host: '127.0.0.1',
      port: 4000,
      nodeEnv: 'development',
      transactionTimeoutMs: 5000,
      introspection: true,
      playground: true,
      corsOrigins: [],
      adminToken: undefined,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a port number between 0 and 65535, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be a port number between 0 and 65535, got "70000"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a neo4j:// or bolt:// URI'],
    [{ NEO4J_URI: 'bolt://db:7687' }, 'NEO4J_PASSWORD must be set when NEO4J_URI is set'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test, got "staging"'],
    [{ NEO4J_TX_TIMEOUT_MS: '-5' }, 'NEO4J_TX_TIMEOUT_MS must be between 1 and 600000 milliseconds'],
    [{ CORS_ORIGINS: 'not a url' }, 'CORS_ORIGINS must be a comma-separated list of origins'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 32 characters when set, got (hidden)'],
    [{ WORKERS: '0' }, 'WORKERS must be a whole number from 1 to 64, got "0"'],
    [{ MIGRATE_ON_START: 'no' }, 'MIGRATE_ON_START must be true or false, got "no"'],
    [{ RESPONSE_CACHE_MAX_MB: '0' }, 'RESPONSE_CACHE_MAX_MB must be a number of megabytes from 1 to 4096, got "0"'],
    [{ SHUTDOWN_GRACE_MS: 'soon' }, 'SHUTDOWN_GRACE_MS must be a number of milliseconds, got "soon"'],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never shows a password it refuses', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: '' })).toThrow('NEO4J_PASSWORD must not be empty, got (hidden)');
  });

  it('turns the playground and introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, playground: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', PLAYGROUND: '1' })).toMatchObject({ introspection: true, playground: true });
  });

  it('reads a CORS allow-list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('runs one worker per available core, migrates, seeds and caches responses unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({
      workers: availableParallelism(),
      migrateOnStart: true,
      seedOnStart: true,
      responseCache: true,
      responseCacheMaxBytes: 64 * 1024 * 1024,
      shutdownGraceMs: 10_000,
    });
    expect(
      loadConfig({
        WORKERS: '3',
        MIGRATE_ON_START: 'false',
        SEED_ON_START: '0',
        RESPONSE_CACHE: 'false',
        RESPONSE_CACHE_MAX_MB: '8',
        SHUTDOWN_GRACE_MS: '30000',
      }),
    ).toMatchObject({
      workers: 3,
      migrateOnStart: false,
      seedOnStart: false,
      responseCache: false,
      responseCacheMaxBytes: 8 * 1024 * 1024,
      shutdownGraceMs: 30_000,
    });
  });
});
