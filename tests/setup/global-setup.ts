import { startPostgresCluster, PostgresCluster } from './postgres-cluster';

declare global {
  var __HASHIDARI_PG__: PostgresCluster | undefined;
}

/** Starts one throwaway PostgreSQL server for the whole run, unless TEST_DATABASE_URL names one. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const cluster = await startPostgresCluster();
  globalThis.__HASHIDARI_PG__ = cluster;
  process.env.TEST_DATABASE_URL = cluster.adminUrl;
}
