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
import { MatchingRepository } from '../apps/api/src/modules/matching/matching.repository';
import { jobPoolQueryFor, POOL_SIZE } from '../apps/api/src/modules/matching/matching.service';
import { startPostgresCluster } from '../tests/setup/postgres-cluster';
import { writeBenchmarkSection } from './benchmarks-file';
import { LoadPlan, summarize, Summary } from './bench-load';

const ROOT = join(__dirname, '..');
const CONNECTIONS = 8;
/** Distinct candidates (and postings with a recruiter) the clients rotate over. */
const SAMPLE = 64;
/** API processes, as deployed on this 2-core machine (API_WORKERS); the figures say which was used. */
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? 2);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
/** Rounds per endpoint: the machine is shared and noisy, so one round is not enough to go by. */
const ROUNDS = 3;
const WARM_UP_MS = 5_000;
const SIZES = [
  { postings: 10_000, candidates: 5_000 },
  { postings: 100_000, candidates: 50_000 },
];

/** Runs the load generator (tools/bench-load.ts) in a child process and returns its summary. */
function load(requests: LoadPlan['requests'], durationMs: number): Promise<Summary> {
  const plan: LoadPlan = { requests, connections: CONNECTIONS, durationMs };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'tools/bench-load.ts')], {
      cwd: ROOT,
      env: { ...process.env, BENCH_LOAD: JSON.stringify(plan) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Summary) : reject(new Error(`load generator exited with ${code}`))));
  });
}

interface Measured {
  /** The round with the median p95 */
  median: Summary;
  rounds: Summary[];
}

/** Rounds of load per endpoint, the endpoints taking turns; answers in the order of `endpoints`. */
async function measure(endpoints: { name: string; requests: LoadPlan['requests'] }[]): Promise<Measured[]> {
  const rounds: Summary[][] = endpoints.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, endpoint] of endpoints.entries()) {
      const summary = await load(endpoint.requests, DURATION_MS);
      process.stdout.write(`    ${endpoint.name} round ${round + 1}: ${JSON.stringify(summary)}\n`);
      rounds[i].push(summary);
    }
  }
  return rounds.map((list) => ({ median: [...list].sort((a, b) => a.p95 - b.p95)[Math.floor(list.length / 2)], rounds: list }));
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
    const jobsRequests = candidateTokens.map((token) => ({ url: `${base}/api/v1/matches/jobs?limit=20`, token }));
    const candidatesRequests = jobs.map((job, i) => ({ url: `${base}/api/v1/jobs/${job.id}/matches?limit=20`, token: employerTokens[i] }));
    process.stdout.write('  warming up\n');
    await load(jobsRequests, WARM_UP_MS);
    await load(candidatesRequests, WARM_UP_MS);
    process.stdout.write('  measuring\n');
    const [matchJobs, matchCandidates] = await measure([
      { name: 'GET /matches/jobs', requests: jobsRequests },
      { name: 'GET /jobs/:id/matches', requests: candidatesRequests },
    ]);
    process.stdout.write('  measuring the baseline\n');
    const base_ = await baseline(url, candidates.map((c) => c.id), CONNECTIONS);
    process.stdout.write(`    ${JSON.stringify(base_)}\n`);
    const tradeOff = size === SIZES[SIZES.length - 1] ? await poolTradeOff(url) : undefined;
    return { size, seedSeconds: seeded.seconds, matchJobs, matchCandidates, baseline: base_, tradeOff };
  } finally {
    server.kill('SIGTERM');
  }
}

interface PoolTradeOff {
  size: number;
  candidates: number;
  overlap: number;
  scoreRatio: number;
  poolMs: number;
}

/**
 * What the pool size costs in quality: for candidates with at least 20 recommendations, the top 20 from
 * pools of several sizes against the top 20 from a pool of REFERENCE_POOL (overlap, and the mean score of
 * the top 20 relative to it), and the pool query's time (sequential, in process).
 */
const POOL_SIZES = [100, POOL_SIZE, 300];
const REFERENCE_POOL = 1000;

async function poolTradeOff(url: string): Promise<PoolTradeOff[]> {
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    const repository = new MatchingRepository(dataSource);
    const users: { user_id: string }[] = await dataSource.query('SELECT user_id FROM candidate_profiles ORDER BY md5(id::text) LIMIT 200');
    const evalDate = new Date().toISOString().slice(0, 10);
    const sums = POOL_SIZES.map((size) => ({ size, candidates: 0, overlap: 0, scoreRatio: 0, poolMs: 0 }));
    for (const { user_id } of users) {
      const profile = await repository.candidateOfUser(user_id);
      if (!profile) continue;
      const query = jobPoolQueryFor(profile);
      const candidate = toMatchCandidate(profile);
      const reference = rankJobsForCandidate(candidate, await repository.jobPool(query, REFERENCE_POOL), { evalDate, limit: 20 });
      if (reference.length < 20) continue;
      const referenceIds = new Set(reference.map((r) => r.jobId));
      const referenceMean = reference.reduce((s, r) => s + r.score, 0) / reference.length;
      for (const sum of sums) {
        const t0 = performance.now();
        const pool = await repository.jobPool(query, sum.size);
        const poolMs = performance.now() - t0;
        const top = rankJobsForCandidate(candidate, pool, { evalDate, limit: 20 });
        sum.candidates += 1;
        sum.overlap += top.filter((r) => referenceIds.has(r.jobId)).length / 20;
        sum.scoreRatio += top.reduce((s, r) => s + r.score, 0) / Math.max(1, top.length) / referenceMean;
        sum.poolMs += poolMs;
      }
    }
    return sums.map((sum) => {
      const n = Math.max(1, sum.candidates);
      return { size: sum.size, candidates: sum.candidates, overlap: sum.overlap / n, scoreRatio: sum.scoreRatio / n, poolMs: sum.poolMs / n };
    });
  } finally {
    await dataSource.destroy();
  }
}

function tradeOffTable(rows: PoolTradeOff[]): string {
  return [
    `### Pool size and what it costs in quality (${rows[0]?.candidates ?? 0} candidates of the 100,000-posting database with at least 20 recommendations)`,
    '',
    `| pool size | top-20 overlap with a pool of ${REFERENCE_POOL} | mean top-20 score vs a pool of ${REFERENCE_POOL} | pool query ms (sequential) |`,
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.size}${r.size === POOL_SIZE ? ' (used)' : ''} | ${r.overlap.toFixed(3)} | ${r.scoreRatio.toFixed(3)} | ${r.poolMs.toFixed(2)} |`),
    '',
  ].join('\n');
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
      line('`GET /matches/jobs?limit=20`', row.matchJobs.median),
      line('`GET /jobs/:id/matches?limit=20`', row.matchCandidates.median),
      line('baseline: score every posting in the app', row.baseline),
      '',
      `p95 of each round (the table shows the median round): \`/matches/jobs\` ${row.matchJobs.rounds.map((r) => r.p95).join(' / ')} ms, ` +
        `\`/jobs/:id/matches\` ${row.matchCandidates.rounds.map((r) => r.p95).join(' / ')} ms.`,
      '',
      `Speed-up of \`/matches/jobs\` over the baseline at p95: **${(row.baseline.p95 / row.matchJobs.median.p95).toFixed(0)}x**.`,
      '',
    );
  }
  if (rows.length === 2) {
    const [small, large] = rows;
    out.push(
      `Growth from ${small.size.postings.toLocaleString('en')} to ${large.size.postings.toLocaleString('en')} postings (goal: at most 3x the latency for 10x the postings):`,
      `\`/matches/jobs\` p95 x${(large.matchJobs.median.p95 / small.matchJobs.median.p95).toFixed(2)}, ` +
        `\`/jobs/:id/matches\` p95 x${(large.matchCandidates.median.p95 / small.matchCandidates.median.p95).toFixed(2)}, ` +
        `baseline p95 x${(large.baseline.p95 / small.baseline.p95).toFixed(2)}.`,
      '',
    );
  }
  const tradeOff = rows.find((row) => row.tradeOff)?.tradeOff;
  if (tradeOff) out.push(tradeOffTable(tradeOff));
  return out.join('\n');
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
    `Load: ${CONNECTIONS} concurrent clients on 127.0.0.1 in ${ROUNDS} rounds of ${DURATION_MS / 1000} s per endpoint (the endpoints taking turns) after a ${WARM_UP_MS / 1000} s warm-up; the clients rotate over ${SAMPLE} candidates (or ${SAMPLE} open postings and their recruiters); keep-alive node:http clients in a process of their own (tools/bench-load.ts).`,
    'The baseline loads every published posting and scores all of them in application code (no pre-filtering in the database), 8 calls, all in flight together.',
    '',
    table(results),
  ].join('\n');
  writeBenchmarkSection('matching', section);
  process.stdout.write(`\n${section}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
