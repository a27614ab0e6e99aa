import { AxeBuilder } from '@axe-core/playwright';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createApp } from '../../../apps/api/src/app.factory';
import { loadConfig } from '../../../apps/api/src/common/config/app-config';
import { startPostgresCluster, type PostgresCluster } from '../../setup/postgres-cluster';

export const WEB_DIST_DIR = resolve(__dirname, '../../../dist/web');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const MISSING_BUILD_HELP =
  `The built portal was not found at ${WEB_DIST_DIR}/index.html. Run the web build first:\n` +
  '  npx vite build -c apps/web/vite.config.mts';
export const MISSING_CHROMIUM_HELP =
  `Chromium was not found at ${CHROMIUM_PATH}. install Chromium: apt-get install -y --no-install-recommends chromium fonts-liberation`;

/** A running stack: PostgreSQL, the API serving the built portal, and a headless Chromium. */
export interface Portal {
  baseUrl: string;
  databaseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own storage) and page, English by default, closed after the test file. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

interface RunningPortal extends Portal {
  stop(): Promise<void>;
}

/** Resolves or rejects like `promise`, but rejects after `ms` if it has not settled by then. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Gave up after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startPortal(): Promise<RunningPortal> {
  if (!existsSync(resolve(WEB_DIST_DIR, 'index.html'))) throw new Error(MISSING_BUILD_HELP);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM_HELP);

  let cluster: PostgresCluster | undefined;
  let app: NestExpressApplication | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  let clusterStopped = false;
  const stopCluster = () => {
    if (clusterStopped || !cluster) return;
    clusterStopped = true;
    cluster.stop();
  };
  // Safety net: if a teardown hook times out, jest exits anyway; the cluster must not outlive it.
  process.once('exit', stopCluster);

  const stop = async () => {
    try {
      for (const context of contexts) await within(5_000, context.close()).catch(() => undefined);
      await within(10_000, browser?.close() ?? Promise.resolve()).catch(() => undefined);
    } finally {
      try {
        await within(10_000, app?.close() ?? Promise.resolve());
      } finally {
        stopCluster();
        process.removeListener('exit', stopCluster);
      }
    }
  };

  try {
    cluster = await startPostgresCluster();
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: cluster.adminUrl,
      WEB_DIST_DIR,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      PORT: '0',
    });
    app = await createApp({ config, databaseUrl: cluster.adminUrl });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('The API did not report a TCP address');
    const baseUrl = `http://127.0.0.1:${address.port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const launched = browser;
    return {
      baseUrl,
      databaseUrl: cluster.adminUrl,
      browser: launched,
      async newPage(options = {}) {
        const context = await launched.newContext({
          baseURL: baseUrl,
          locale: 'en-US',
          viewport: { width: 1280, height: 900 },
          ...options,
        });
        contexts.push(context);
        context.setDefaultTimeout(10_000);
        return context.newPage();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts the stack before the file's tests and stops it after them; call at the top of a spec file. */
export function usePortal(): () => Portal {
  let portal: RunningPortal | undefined;
  beforeAll(async () => {
    portal = await startPortal();
  }, 120_000);
  afterAll(async () => {
    await portal?.stop();
  }, 60_000);
  return () => {
    if (!portal) throw new Error('The portal is not running (did beforeAll fail?)');
    return portal;
  };
}

let counter = 0;
/** An e-mail address no other test uses. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

/** Runs axe-core on the page and returns the serious and critical violations, described for a failure message. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/** Gives a registered user another role directly in the database (admins cannot register themselves). */
export async function setRole(databaseUrl: string, email: string, role: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query('UPDATE users SET role = $1 WHERE email = $2', [role, email.toLowerCase()]);
    if (result.rowCount !== 1) throw new Error(`No user ${email} to make ${role}`);
  } finally {
    await client.end();
  }
}
