import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a read through a named prepared statement on the connection pool, so that PostgreSQL parses and
 * plans it once per connection rather than on every call. For the few queries every request of a hot
 * path sends (identity check, matching); the text must be fixed for a given name. Outside transactions only.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as PgPool;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

/** A statement name for a query whose text is built from a few optional parts: one name per text. */
export function statementName(prefix: string, text: string): string {
  return `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
}
