import { MigrationInterface, QueryRunner } from 'typeorm';

/** verified_at at millisecond precision, like the other timestamps: keyset cursors carry JavaScript dates. */
export class VerifiedAtMilliseconds1795910000000 implements MigrationInterface {
  name = 'VerifiedAtMilliseconds1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "verified_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ALTER COLUMN "verified_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
