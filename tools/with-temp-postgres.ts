/** Runs a command with DATABASE_URL set to a fresh throwaway PostgreSQL cluster, then removes the cluster. */
import { spawnSync } from 'node:child_process';
import { startPostgresCluster } from '../tests/setup/postgres-cluster';

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-temp-postgres <command> [args...]');
  const cluster = await startPostgresCluster();
  try {
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: cluster.adminUrl },
    });
    process.exitCode = result.status ?? 1;
  } finally {
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
