import { MigrationInterface, QueryRunner } from 'typeorm';

/** pg_trgm backs keyword search in Japanese, Korean and English; pgcrypto gives gen_random_uuid on PGlite too. */
export class EnableExtensions1795824000000 implements MigrationInterface {
  name = 'EnableExtensions1795824000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pgcrypto');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
