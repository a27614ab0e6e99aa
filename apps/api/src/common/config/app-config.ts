import { isAbsolute, resolve } from 'node:path';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting the API reads. Nothing else in the app touches process.env. */
export interface AppConfig {
  nodeEnv: (typeof NODE_ENVS)[number];
  host: string;
  port: number;
  /** undefined: start the embedded PGlite database in embeddedDbDir */
  databaseUrl: string | undefined;
  embeddedDbDir: string;
  dbPoolSize: number;
  runMigrations: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  rateLimitPerMinute: number;
  authRateLimitPerMinute: number;
  webDistDir: string;
  seedDemoData: boolean;
  /** API processes sharing the port (one per core); more than one needs an external DATABASE_URL */
  apiWorkers: number;
  /** How long each API process keeps the market insights it computed (0: not at all) */
  insightsCacheSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws one ConfigError naming every bad or missing setting. */
export function loadConfig(env: Env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const databaseUrl = read.optionalString('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET is required and must be at least 32 characters (npm start generates one in .data/)');
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS entry "${origin}" is not an origin like https://example.com`);
  }
  const config: AppConfig = {
    nodeEnv,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 3000, 0, 65535),
    databaseUrl,
    embeddedDbDir: absolute(read.string('EMBEDDED_DB_DIR', '.data/pglite'), cwd),
    dbPoolSize: read.integer('DB_POOL_SIZE', 10, 1, 100),
    runMigrations: read.boolean('DB_RUN_MIGRATIONS', true),
    jwtSecret,
    accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlDays: read.integer('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    corsOrigins,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    rateLimitPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    authRateLimitPerMinute: read.integer('AUTH_RATE_LIMIT_PER_MINUTE', 10, 1, 1_000_000),
    webDistDir: absolute(read.string('WEB_DIST_DIR', 'dist/web'), cwd),
    seedDemoData: read.boolean('SEED_DEMO_DATA', nodeEnv !== 'test'),
    apiWorkers: read.integer('API_WORKERS', 1, 1, 64),
    insightsCacheSeconds: read.integer('INSIGHTS_CACHE_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 86_400),
  };
  if (config.apiWorkers > 1 && !databaseUrl) {
    problems.push('API_WORKERS above 1 needs DATABASE_URL: the embedded database lives inside one process');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optionalString(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.optionalString(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optionalString(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return fallback;
  }
}
