import { PasswordHasher } from '../../modules/auth/password-hasher';
import type { DataSource } from 'typeorm';
import { Random } from './random';
import { generateCandidates, generateEmployers, generatePostings } from './seed-generator';
import { writeCandidates, writeEmployers, writePostings } from './seed-writer';
import { marketDay } from '@hashidari/domain-core';

export interface SeedVolumeOptions {
  postings: number;
  candidates: number;
  employersPerCountry?: number;
  seed?: number;
  /** e-mails are <role>.<n>@<domain>; the password of every generated account is GENERATED_PASSWORD */
  domain?: string;
  log?: (line: string) => void;
}

export const GENERATED_PASSWORD = 'generated-password';

/** Adds large realistic volumes in chunks (each chunk one transaction), then refreshes the planner's statistics. */
export async function seedVolume(dataSource: DataSource, options: SeedVolumeOptions): Promise<{ domain: string; seconds: number }> {
  const log = options.log ?? (() => undefined);
  const domain = options.domain ?? `gen-${Date.now().toString(36)}.hashidari.test`;
  const employersPerCountry = options.employersPerCountry ?? Math.max(16, Math.ceil(options.postings / 250));
  const today = marketDay(new Date());
  const random = new Random(options.seed ?? 42);
  const passwordHash = await new PasswordHasher().hash(GENERATED_PASSWORD);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
  const employers = generateEmployers(employersPerCountry, domain);
  const { organizationIdByKey } = await dataSource.transaction((em) => writeEmployers(em, employers, passwordHash));
  const chunk = 5000;
  for (let done = 0; done < options.postings; done += chunk) {
    const batch = generatePostings(employers, Math.min(chunk, options.postings - done), today, random);
    await dataSource.transaction((em) => writePostings(em, batch, organizationIdByKey));
    log(`postings ${Math.min(done + chunk, options.postings)}/${options.postings} (${seconds()} s)`);
  }
  for (let done = 0; done < options.candidates; done += chunk) {
    const batch = generateCandidates(Math.min(chunk, options.candidates - done), today, domain, random, done);
    await dataSource.transaction((em) => writeCandidates(em, batch, passwordHash));
    log(`candidates ${Math.min(done + chunk, options.candidates)}/${options.candidates} (${seconds()} s)`);
  }
  await dataSource.query('VACUUM ANALYZE');
  return { domain, seconds: (Date.now() - started) / 1000 };
}
