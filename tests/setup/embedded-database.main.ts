/** Child process of startEmbeddedDatabaseProcess: prints the URL, stops the database on SIGTERM. */
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-database';

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase(process.argv[2]);
  process.stdout.write(`${database.url}\n`);
  process.once('SIGTERM', () => {
    void database.stop().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
