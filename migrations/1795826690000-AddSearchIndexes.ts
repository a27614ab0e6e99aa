import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GIN indexes that entity decorators cannot describe: the character bigrams of postings for keyword
 * search in Japanese, Korean and English, and the skill arrays that search and matching filter on.
 */
export class AddSearchIndexes1795826690000 implements MigrationInterface {
  name = 'AddSearchIndexes1795826690000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_job_postings_search_tokens" ON "job_postings" USING gin ("search_tokens")`);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_required_skills" ON "job_postings" USING gin ("required_skills")`);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_preferred_skills" ON "job_postings" USING gin ("preferred_skills")`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_profiles_skills" ON "candidate_profiles" USING gin ("skills")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_candidate_profiles_skills"`);
    await queryRunner.query(`DROP INDEX "ix_job_postings_preferred_skills"`);
    await queryRunner.query(`DROP INDEX "ix_job_postings_required_skills"`);
    await queryRunner.query(`DROP INDEX "ix_job_postings_search_tokens"`);
  }
}
