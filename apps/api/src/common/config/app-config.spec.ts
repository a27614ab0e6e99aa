import { ConfigError, loadConfig } from './app-config';

const SECRET = 's'.repeat(32);

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ JWT_SECRET: SECRET }, '/srv/app');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      embeddedDbDir: '/srv/app/.data/pglite',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      corsOrigins: [],
      authRateLimitPerMinute: 10,
    });
  });

  it.each([
    [{}, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_SECRET: SECRET, PORT: 'eighty' }, 'PORT'],
    [{ JWT_SECRET: SECRET, PORT: '70000' }, 'PORT'],
    [{ JWT_SECRET: SECRET, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: SECRET, NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: SECRET, DB_RUN_MIGRATIONS: 'maybe' }, 'DB_RUN_MIGRATIONS'],
    [{ JWT_SECRET: SECRET, CORS_ORIGINS: 'https://ok.example, not a url' }, 'CORS_ORIGINS'],
    [{ JWT_SECRET: SECRET, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: SECRET, API_WORKERS: '2' }, 'API_WORKERS'],
  ])('stops with a message naming the bad setting (%j)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('names every bad setting at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(' ')[0]).sort()).toEqual(['JWT_SECRET', 'LOG_LEVEL', 'PORT']);
    }
  });

  it('reads lists and booleans', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, CORS_ORIGINS: 'https://a.example, http://localhost:5173', SEED_DEMO_DATA: 'no' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.seedDemoData).toBe(false);
  });
});
