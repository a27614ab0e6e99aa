import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** The SQL that would bring the database in line with the entities: empty when migrations are complete. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaDiff> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query).reverse(),
  };
}
