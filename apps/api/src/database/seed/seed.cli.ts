/**
 * `npm run seed -- --postings 100000 --candidates 50000 [--employers 400]`: adds large realistic volumes
 * to the database of DATABASE_URL (for benchmarks). Runs the migrations first.
 */
import 'reflect-metadata';
import * as argon2 from 'argon2';
import { createDataSource } from '../data-source';
import { Random } from './random';
import { generateCandidates, generateEmployers, generatePostings } from './seed-generator';
import { writeCandidates, writeEmployers, writePostings } from './seed-writer';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const postings = option('postings', 1000);
  const candidates = option('candidates', 500);
  const employersPerCountry = option('employers', Math.max(16, Math.ceil(postings / 250)));
  const runId = `${Date.now().toString(36)}`;
  const domain = `gen-${runId}.hashidari.test`;
  const today = new Date().toISOString().slice(0, 10);
  const random = new Random(option('seed', 42));
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const passwordHash = await argon2.hash('generated-password', { type: argon2.argon2id });
    const started = Date.now();
    const employers = generateEmployers(employersPerCountry, domain);
    const { organizationIdByKey } = await dataSource.transaction((em) => writeEmployers(em, employers, passwordHash));
    const chunk = 5000;
    for (let done = 0; done < postings; done += chunk) {
      const batch = generatePostings(employers, Math.min(chunk, postings - done), today, random);
      await dataSource.transaction((em) => writePostings(em, batch, organizationIdByKey));
      process.stdout.write(`postings ${Math.min(done + chunk, postings)}/${postings} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    for (let done = 0; done < candidates; done += chunk) {
      const batch = generateCandidates(Math.min(chunk, candidates - done), today, domain, random, done);
      await dataSource.transaction((em) => writeCandidates(em, batch, passwordHash));
      process.stdout.write(`candidates ${Math.min(done + chunk, candidates)}/${candidates} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    await dataSource.query('ANALYZE');
    process.stdout.write(`seeded ${employers.length} employers, ${postings} postings, ${candidates} candidates in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
