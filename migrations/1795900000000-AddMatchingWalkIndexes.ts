import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching pools walk the freshest rows and filter them. These indexes carry, besides the recency
 * key, the columns the filters read (and, for postings, every column the scorer reads), so the walk is an
 * index-only scan instead of one heap page per row. They replace the plain recency indexes, whose keys
 * they share, and the visibility index, which is their prefix.
 */
export class AddMatchingWalkIndexes1795900000000 implements MigrationInterface {
  name = 'AddMatchingWalkIndexes1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_job_postings_match_walk" ON "job_postings" ("status", "published_at", "id")
        INCLUDE ("country", "city", "occupation_code", "employment_type", "salary_min", "salary_max", "salary_currency",
          "salary_period", "language_requirements", "min_jlpt", "min_topik", "required_skills", "preferred_skills",
          "education_level", "sponsorship", "start_date", "deadline")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_published"`);
    await queryRunner.query(
      `CREATE INDEX "ix_candidate_profiles_match_walk" ON "candidate_profiles" ("visibility", "updated_at", "id")
        INCLUDE ("wish_countries", "wish_employment_types", "jlpt_level", "topik_level", "skills")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_profiles_visibility_updated"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_profiles_visibility"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_candidate_profiles_visibility" ON "candidate_profiles" ("visibility")`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_profiles_visibility_updated" ON "candidate_profiles" ("visibility", "updated_at", "id")`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_profiles_match_walk"`);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_published" ON "job_postings" ("status", "published_at", "id")`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_match_walk"`);
  }
}
