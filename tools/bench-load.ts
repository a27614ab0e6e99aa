/**
 * The load generator of `npm run bench:matching`, run as a child process of its own so that the
 * benchmark's seeding and baseline (gigabytes of rows in its heap) do not slow the clients down.
 * Input: the BENCH_LOAD environment variable, JSON of {@link LoadPlan}. Output: one line of JSON, a
 * {@link Summary}. Keep-alive connections, one per client, and node:http rather than fetch: the clients
 * share the two cores with the API and PostgreSQL, and fetch costs them about twice the CPU per request.
 */
import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadPlan {
  /** Requests the clients take in turn: a GET of `url` with the bearer `token` */
  requests: { url: string; token: string }[];
  connections: number;
  durationMs: number;
}

export interface Summary {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
}

export function summarize(latencies: number[], errors: number, elapsedMs: number): Summary {
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

function call(agent: Agent, url: string, token: string): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const request = get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** The clients send requests back to back for a fixed time (bounded in count and time). */
async function run(plan: LoadPlan, maxRequests = 200_000): Promise<Summary> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const end = started + plan.durationMs;
  await Promise.all(
    Array.from({ length: plan.connections }, async () => {
      while (performance.now() < end && issued < maxRequests) {
        const { url, token } = plan.requests[issued++ % plan.requests.length];
        const t0 = performance.now();
        const ok = await call(agent, url, token).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  agent.destroy();
  return summarize(latencies, errors, performance.now() - started);
}

if (require.main === module) {
  run(JSON.parse(process.env.BENCH_LOAD ?? '{}') as LoadPlan)
    .then((summary) => process.stdout.write(`${JSON.stringify(summary)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
