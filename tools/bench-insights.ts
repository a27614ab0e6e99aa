/**
 * `npm run bench:insights`: seeds 10,000 and then 100,000 published postings into a throwaway PostgreSQL
 * server and times GET /insights/market's work (InsightsService: the codes query, the crosswalk, the
 * one-pass aggregate) for both markets, one call after another, and writes the figures into
 * BENCHMARKS.md. No issue names a goal for it; it shows what a public, uncached aggregate costs as the
 * postings grow. A measurement, not a test: it never fails on slowness.
 */
import 'reflect-metadata';
import { cpus, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createDataSource } from '../apps/api/src/database/data-source';
import { seedVolume } from '../apps/api/src/database/seed/seed-volume';
import { InsightsRepository } from '../apps/api/src/modules/insights/insights.repository';
import { InsightsService } from '../apps/api/src/modules/insights/insights.service';
import { startPostgresCluster } from '../tests/setup/postgres-cluster';
import { writeBenchmarkSection } from './benchmarks-file';

const SIZES = [10_000, 100_000];
const WARM_UP = 3;
const CALLS = 30;

interface Row {
  postings: number;
  open: number;
  groups: number;
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function measure(adminUrl: string, postings: number): Promise<Row> {
  const name = `insights_${postings}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = createDataSource({ url: adminUrl.replace(/\/postgres$/, `/${name}`), poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(`\n== ${postings} postings: seeding\n`);
    await seedVolume(dataSource, { postings, candidates: 1_000, log: (line) => process.stdout.write(`  ${line}\n`) });
    await dataSource.query('ANALYZE');
    // the computation itself: no cache (the API keeps an answer for INSIGHTS_CACHE_SECONDS)
    const service = new InsightsService(new InsightsRepository(dataSource), { insightsCacheSeconds: 0 });
    let answer = await service.market(undefined);
    for (let i = 1; i < WARM_UP; i += 1) answer = await service.market(undefined);
    const times: number[] = [];
    for (let i = 0; i < CALLS; i += 1) {
      const started = performance.now();
      await service.market(undefined);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      postings,
      open: answer.markets.reduce((sum, market) => sum + market.postings, 0),
      groups: answer.markets.reduce((sum, market) => sum + market.groups.length, 0),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1] ?? 0,
    };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const cluster = await startPostgresCluster();
  const rows: Row[] = [];
  try {
    for (const postings of SIZES) rows.push(await measure(cluster.adminUrl, postings));
  } finally {
    cluster.stop();
  }
  const cpu = cpus();
  const ms = (value: number) => value.toFixed(1);
  const growth = rows.length === 2 && rows[0] && rows[1] ? (rows[1].p50 / rows[0].p50).toFixed(1) : '—';
  const section = [
    '## Market insights',
    '',
    `Command: \`npm run bench:insights\` · date: ${new Date().toISOString().slice(0, 10)} · machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}, PostgreSQL server (throwaway cluster) on the same machine.`,
    `What: the work of \`GET /api/v1/insights/market\` for both markets (InsightsService in process, no HTTP, its cache off), ${CALLS} calls one after another after ${WARM_UP} warm-up calls. No issue sets a goal; the figures show what the aggregate costs as postings grow (×10 postings cost ×${growth} at the median). That cost is why each API process keeps an answer for INSIGHTS_CACHE_SECONDS (60 s by default): a visitor waits for it at most once a minute per process and market.`,
    '',
    '| postings | open postings counted | groups | p50 ms | p95 ms | max ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.postings.toLocaleString('en')} | ${r.open.toLocaleString('en')} | ${r.groups} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`),
  ].join('\n');
  writeBenchmarkSection('insights', section);
  process.stdout.write(`\n${section}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
