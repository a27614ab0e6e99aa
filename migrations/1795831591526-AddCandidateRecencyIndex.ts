import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCandidateRecencyIndex1795831591526 implements MigrationInterface {
  name = 'AddCandidateRecencyIndex1795831591526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_candidate_profiles_visibility_updated" ON "candidate_profiles" ("visibility", "updated_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_profiles_visibility_updated"`);
  }
}
