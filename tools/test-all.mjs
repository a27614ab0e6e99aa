#!/usr/bin/env node
// `npm test`: every check of the project in one run (type-check, lint, contracts, unit, build,
// API end-to-end against a real PostgreSQL, browser tests in Chromium), then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };

function findPostgres() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base) && readdirSync(base).some((v) => existsSync(join(base, v, 'bin/pg_ctl')))) return true;
  return spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).status === 0;
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!process.env.TEST_DATABASE_URL && !findPostgres()) missing.push('postgresql');
if (!existsSync(chromium)) missing.push('chromium fonts-liberation fonts-noto-cjk');
if (missing.length > 0) {
  process.stderr.write(
    `The tests need a real PostgreSQL server and Chromium, and this machine lacks some of them. Install with:\n` +
      `  apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}\n` +
      `(or set TEST_DATABASE_URL to a PostgreSQL server, CHROMIUM_PATH to a Chromium binary)\n`,
  );
  process.exit(1);
}

const jestRuns = [];
const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['type-check (portal)', 'npm', ['run', '--silent', 'typecheck:web']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['contracts are fresh', 'npm', ['run', '--silent', 'contracts:check']],
  ['unit tests', 'jest', ['-c', 'jest.config.cjs']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['API end-to-end tests (PostgreSQL)', 'jest', ['-c', 'tests/e2e/jest.config.cjs']],
  ['browser tests (Chromium)', 'jest', ['-c', 'tests/browser/jest.config.cjs']],
];

const failures = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`);
  let finalArgs = args;
  let finalCommand = command;
  if (command === 'jest') {
    const report = join(reports, `${jestRuns.length}.json`);
    jestRuns.push(report);
    finalCommand = 'npx';
    finalArgs = ['jest', ...args, '--json', `--outputFile=${report}`];
  }
  const started = Date.now();
  const result = spawnSync(finalCommand, finalArgs, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    process.stdout.write(`--- ${name}: ok (${seconds} s)\n`);
  } else {
    process.stdout.write(`--- ${name}: FAILED (${seconds} s)\n`);
    failures.push(name);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of jestRuns) {
  if (!existsSync(report)) continue;
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
}
// Checks that are not jest tests (type-check, lint, contracts, build) count as one test each.
const otherSteps = steps.filter(([, command]) => command !== 'jest');
const otherFailed = otherSteps.filter(([name]) => failures.includes(name)).length;
passed += otherSteps.length - otherFailed;
failed += otherFailed;
if (failures.length > 0) process.stdout.write(`\nFailed steps: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failures.length > 0 ? 1 : 0);
