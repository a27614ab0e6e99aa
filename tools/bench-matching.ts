/**
 * `npm run bench:matching`: seeds 10,000 and then 100,000 published postings (with 5,000 / 50,000
 * candidates) into a throwaway PostgreSQL server, starts the built API against each, and measures with
 * 8 concurrent clients on 127.0.0.1:
 *   - GET /api/v1/matches/jobs?limit=20      (candidate; goal p95 <= 50 ms at 100k)
 *   - GET /api/v1/jobs/:id/matches?limit=20  (employer;  goal p95 <= 100 ms at 100k)
 *   - the baseline: every published posting scored in application code, no pre-filtering in the database
 * and writes the figures into BENCHMARKS.md. It is a measurement, not a test: it never fails on slowness.
 */
import 'reflect-metadata';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { rankJobsForCandidate } from '@hashidari/matching';
import { createDataSource } from '../apps/api/src/database/data-source';
import { GENERATED_PASSWORD, seedVolume } from '../apps/api/src/database/seed/seed-volume';
import { CandidateProfileEntity } from '../apps/api/src/modules/candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../apps/api/src/modules/jobs/entities/job-posting.entity';
import { toMatchCandidate, toMatchJob } from '../apps/api/src/modules/matching/match-mappers';
import { startPostgresCluster } from '../tests/setup/postgres-cluster';

const ROOT = join(__dirname, '..');
const CONNECTIONS = 8;
/** Distinct candidates (and postings with a recruiter) the clients rotate over. */
const SAMPLE = 64;
/** API processes, as deployed on this 2-core machine (API_WORKERS); the figures say which was used. */
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? 2);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 15_000);
const WARM_UP_MS = 5_000;
const SIZES = [
  { postings: 10_000, candidates: 5_000 },
  { postings: 100_000, candidates: 50_000 },
];

interface Summary {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
}

function summarize(latencies: number[], errors: number, elapsedMs: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, n) => s + n, 0) / Math.max(1, sorted.length)),
    rps: round((sorted.length / elapsedMs) * 1000),
  };
}

/** N workers send requests back to back for a fixed time (bounded in count and time). */
async function load(next: (i: number) => () => Promise<boolean>, durationMs: number, maxRequests = 200_000): Promise<Summary> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end && issued < maxRequests) {
        const call = next(issued++);
        const t0 = performance.now();
        const ok = await call().catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  return summarize(latencies, errors, performance.now() - started);
}

// Keep-alive connections, one per client, and node:http rather than fetch: the load generator shares the
// two cores with the API and PostgreSQL, and fetch costs it about twice the CPU per request.
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function httpCall(url: string, token: string): () => Promise<boolean> {
  return () =>
    new Promise<boolean>((resolve, reject) => {
      const request = get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 200));
        response.on('error', reject);
      });
      request.on('error', reject);
    });
}

async function login(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  // the flags `npm start` runs the API with (tools/start.mjs)
  const server = spawn(process.execPath, ['--max-semi-space-size=32', join(ROOT, 'dist/api/apps/api/src/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'benchmark-secret-that-is-long-enough-0123456789',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      DB_POOL_SIZE: '10',
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      WEB_DIST_DIR: '/nonexistent',
      API_WORKERS: String(API_WORKERS),
    },
  });
  for (let i = 0; i < 100; i += 1) {
    await new Promise((r) => setTimeout(r, 200));
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok).catch(() => false);
    if (ok) return server;
  }
  server.kill();
  throw new Error('the API did not start');
}

/** The baseline: load every published posting and score them all in application code. */
async function baseline(databaseUrl: string, candidateIds: string[], iterations: number): Promise<Summary> {
  const dataSource = createDataSource({ url: databaseUrl, poolSize: CONNECTIONS });
  await dataSource.initialize();
  try {
    const today = new Date().toISOString().slice(0, 10);
    const profiles = await dataSource.manager.findByIds(CandidateProfileEntity, candidateIds);
    const latencies: number[] = [];
    const started = performance.now();
    let issued = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (issued < iterations) {
          const profile = profiles[issued++ % profiles.length];
          const t0 = performance.now();
          const jobs = await dataSource.manager.find(JobPostingEntity, { where: { status: 'published' }, relations: { organization: true } });
          rankJobsForCandidate(toMatchCandidate(profile), jobs.map(toMatchJob), { evalDate: today, limit: 20 });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    return summarize(latencies, 0, performance.now() - started);
  } finally {
    await dataSource.destroy();
  }
}

async function measureSize(adminUrl: string, size: (typeof SIZES)[number], port: number) {
  const name = `bench_${size.postings}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);

  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  process.stdout.write(`\n== ${size.postings} postings, ${size.candidates} candidates: seeding\n`);
  const seeded = await seedVolume(dataSource, { ...size, log: (line) => process.stdout.write(`  ${line}\n`) });
  const sample = async (sql: string) => (await dataSource.query(sql)) as Record<string, string>[];
  const candidates = await sample(
    `SELECT c.id, u.email FROM candidate_profiles c JOIN users u ON u.id = c.user_id ORDER BY md5(c.id::text) LIMIT ${SAMPLE}`,
  );
  const jobs = await sample(
    `SELECT j.id, u.email FROM job_postings j JOIN organization_members m ON m.organization_id = j.organization_id
       JOIN users u ON u.id = m.user_id WHERE j.status = 'published' AND (j.deadline IS NULL OR j.deadline >= current_date)
       ORDER BY md5(j.id::text) LIMIT ${SAMPLE}`,
  );
  // flush the seed's dirty pages now rather than in a checkpoint during the measurement
  await dataSource.query('CHECKPOINT');
  await dataSource.destroy();

  const server = await startServer(url, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const candidateTokens = await Promise.all(candidates.map((c) => login(base, c.email, GENERATED_PASSWORD)));
    const employerTokens = await Promise.all(jobs.map((j) => login(base, j.email, GENERATED_PASSWORD)));
    const jobsCall = (i: number) => httpCall(`${base}/api/v1/matches/jobs?limit=20`, candidateTokens[i % candidateTokens.length]);
    const candidatesCall = (i: number) =>
      httpCall(`${base}/api/v1/jobs/${jobs[i % jobs.length].id}/matches?limit=20`, employerTokens[i % employerTokens.length]);
    process.stdout.write('  warming up\n');
    await load(jobsCall, WARM_UP_MS);
    await load(candidatesCall, WARM_UP_MS);
    process.stdout.write('  measuring GET /matches/jobs\n');
    const matchJobs = await load(jobsCall, DURATION_MS);
    process.stdout.write(`    ${JSON.stringify(matchJobs)}\n  measuring GET /jobs/:id/matches\n`);
    const matchCandidates = await load(candidatesCall, DURATION_MS);
    process.stdout.write(`    ${JSON.stringify(matchCandidates)}\n  measuring the baseline\n`);
    const base_ = await baseline(url, candidates.map((c) => c.id), CONNECTIONS);
    process.stdout.write(`    ${JSON.stringify(base_)}\n`);
    return { size, seedSeconds: seeded.seconds, matchJobs, matchCandidates, baseline: base_ };
  } finally {
    server.kill('SIGTERM');
  }
}

function table(rows: Awaited<ReturnType<typeof measureSize>>[]): string {
  const line = (label: string, r: Summary) =>
    `| ${label} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.mean} | ${r.rps} | ${r.requests} | ${r.errors} |`;
  const out: string[] = [];
  for (const row of rows) {
    out.push(
      `### ${row.size.postings.toLocaleString('en')} published postings, ${row.size.candidates.toLocaleString('en')} candidates (seeded in ${row.seedSeconds.toFixed(0)} s)`,
      '',
      '| what | p50 ms | p95 ms | p99 ms | mean ms | req/s | requests | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      line('`GET /matches/jobs?limit=20`', row.matchJobs),
      line('`GET /jobs/:id/matches?limit=20`', row.matchCandidates),
      line('baseline: score every posting in the app', row.baseline),
      '',
      `Speed-up of \`/matches/jobs\` over the baseline at p95: **${(row.baseline.p95 / row.matchJobs.p95).toFixed(0)}x**.`,
      '',
    );
  }
  if (rows.length === 2) {
    const [small, large] = rows;
    out.push(
      `Growth from ${small.size.postings.toLocaleString('en')} to ${large.size.postings.toLocaleString('en')} postings (goal: at most 3x the latency for 10x the postings):`,
      `\`/matches/jobs\` p95 x${(large.matchJobs.p95 / small.matchJobs.p95).toFixed(2)}, ` +
        `\`/jobs/:id/matches\` p95 x${(large.matchCandidates.p95 / small.matchCandidates.p95).toFixed(2)}, ` +
        `baseline p95 x${(large.baseline.p95 / small.baseline.p95).toFixed(2)}.`,
      '',
    );
  }
  return out.join('\n');
}

function writeBenchmarks(section: string): void {
  const file = join(ROOT, 'BENCHMARKS.md');
  const begin = '<!-- bench:matching -->';
  const end = '<!-- /bench:matching -->';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures; each section says how to reproduce it.\n\n';
  const block = `${begin}\n${section}\n${end}`;
  const next = current.includes(begin) ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

async function main(): Promise<void> {
  process.stdout.write('building the API…\n');
  const build = spawnSync('npm', ['run', '--silent', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const cluster = await startPostgresCluster();
  const results = [];
  try {
    let port = 4100;
    for (const size of SIZES) results.push(await measureSize(cluster.adminUrl, size, port++));
  } finally {
    cluster.stop();
  }
  const cpu = cpus();
  const section = [
    '## Matching',
    '',
    `Command: \`npm run bench:matching\` · date: ${new Date().toISOString().slice(0, 10)} · machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.version}, PostgreSQL server (throwaway cluster, fsync off) on the same machine.`,
    `Server: the built API (\`node --max-semi-space-size=32 dist/api/apps/api/src/main.js\`, as \`npm start\` runs it) with API_WORKERS=${API_WORKERS}, database pool of 10 per process.`,
    `Load: ${CONNECTIONS} concurrent clients on 127.0.0.1 for ${DURATION_MS / 1000} s per endpoint after a ${WARM_UP_MS / 1000} s warm-up; the clients rotate over ${SAMPLE} candidates (or ${SAMPLE} open postings and their recruiters); keep-alive node:http clients in one process.`,
    'The baseline loads every published posting and scores all of them in application code (no pre-filtering in the database), 8 calls, all in flight together.',
    '',
    table(results),
  ].join('\n');
  writeBenchmarks(section);
  process.stdout.write(`\n${section}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
