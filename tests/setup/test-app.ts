import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  database: TestDatabase;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

/** The whole Nest app on its own clean database, called over HTTP through supertest. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: database.url,
    DB_POOL_SIZE: '4',
    DB_RUN_MIGRATIONS: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
