import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './common/config/app-config';
import { startEmbeddedDatabase } from './database/embedded-database';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.embeddedDbDir);
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
  const app = await createApp({ config, databaseUrl });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping hashidari\n`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.port, config.host);
  const origin = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  process.stdout.write(
    `hashidari is ready: portal ${origin}/  API ${origin}/api/v1  docs ${origin}/api/docs` +
      `${embedded ? `  (embedded database in ${config.embeddedDbDir})` : ''}\n`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
