import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './app.factory';
import { AppConfig, ConfigError, loadConfig } from './common/config/app-config';
import { createDataSource } from './database/data-source';
import { startEmbeddedDatabase } from './database/embedded-database';
import { seedDemoIfEmpty } from './database/seed/demo-seed';

async function serve(config: AppConfig): Promise<void> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.embeddedDbDir);
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
  const app = await createApp({ config, databaseUrl });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (cluster.isPrimary) process.stdout.write(`\n${signal}: stopping hashidari\n`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.port, config.host);
  if (cluster.isPrimary) announce(config, embedded ? config.embeddedDbDir : undefined);
}

function announce(config: AppConfig, embeddedDir?: string): void {
  const origin = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  process.stdout.write(
    `hashidari is ready: portal ${origin}/  API ${origin}/api/v1  docs ${origin}/api/docs` +
      `${embeddedDir ? `  (embedded database in ${embeddedDir})` : ''}${config.apiWorkers > 1 ? `  (${config.apiWorkers} processes)` : ''}\n`,
  );
}

/**
 * With API_WORKERS > 1 the primary process migrates (and loads the demo) once, then forks workers that
 * share the port; each worker is a whole API without start-up work of its own.
 */
async function primary(config: AppConfig): Promise<void> {
  const dataSource = createDataSource({ url: config.databaseUrl as string, poolSize: 1 });
  await dataSource.initialize();
  try {
    if (config.runMigrations) await dataSource.runMigrations({ transaction: 'each' });
    if (config.seedDemoData) await seedDemoIfEmpty(dataSource);
  } finally {
    await dataSource.destroy();
  }
  for (let i = 0; i < config.apiWorkers; i += 1) {
    cluster.fork({ DB_RUN_MIGRATIONS: 'false', SEED_DEMO_DATA: 'false' });
  }
  let stopping = false;
  cluster.on('exit', (worker, code) => {
    if (!stopping) {
      process.stderr.write(`API worker ${worker.process.pid} exited (${code}); starting another\n`);
      cluster.fork({ DB_RUN_MIGRATIONS: 'false', SEED_DEMO_DATA: 'false' });
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
  announce(config);
}

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.apiWorkers > 1 && cluster.isPrimary) await primary(config);
  else await serve(config);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
