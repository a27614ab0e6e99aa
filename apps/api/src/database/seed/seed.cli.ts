/**
 * `npm run seed -- --postings 100000 --candidates 50000 [--employers 400] [--seed 42]`: adds large
 * realistic volumes to the database of DATABASE_URL (for benchmarks). Runs the migrations first.
 */
import 'reflect-metadata';
import { createDataSource } from '../data-source';
import { GENERATED_PASSWORD, seedVolume } from './seed-volume';

function option(name: string, fallback?: number): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const postings = option('postings', 1000) as number;
    const candidates = option('candidates', 500) as number;
    const result = await seedVolume(dataSource, {
      postings,
      candidates,
      employersPerCountry: option('employers'),
      seed: option('seed'),
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(
      `seeded ${postings} postings and ${candidates} candidates in ${result.seconds.toFixed(1)} s; ` +
        `accounts are candidate.<n>@${result.domain} and recruiter.kr-<n>@ / recruiter.jp-<n>@${result.domain} with the password "${GENERATED_PASSWORD}"\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
