import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPostingModeration1795920000000 implements MigrationInterface {
  name = 'AddPostingModeration1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "reporter_user_id" uuid, "reason" character varying(20) NOT NULL, "note" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolution" character varying(12), "resolved_by_user_id" uuid, CONSTRAINT "PK_473b95d2edd59348f7ea1f4e992" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_job_reports_reporter" ON "job_reports" ("reporter_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_reports_open" ON "job_reports" ("job_id", "created_at") WHERE resolved_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_job_reports_job_reporter" ON "job_reports" ("job_id", "reporter_user_id") `);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD "moderation_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD "moderated_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD "moderated_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD CONSTRAINT "FK_0470b489b548ea5364767183ce5" FOREIGN KEY ("moderated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "job_reports" ADD CONSTRAINT "FK_75df0d9bd5a2d360eb564f3dfed" FOREIGN KEY ("job_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "job_reports" ADD CONSTRAINT "FK_474a26784dda45d3ab196046014" FOREIGN KEY ("reporter_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "job_reports" ADD CONSTRAINT "FK_fb7b3b5dec0230e307f168de847" FOREIGN KEY ("resolved_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_reports" DROP CONSTRAINT "FK_fb7b3b5dec0230e307f168de847"`);
    await queryRunner.query(`ALTER TABLE "job_reports" DROP CONSTRAINT "FK_474a26784dda45d3ab196046014"`);
    await queryRunner.query(`ALTER TABLE "job_reports" DROP CONSTRAINT "FK_75df0d9bd5a2d360eb564f3dfed"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "FK_0470b489b548ea5364767183ce5"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP COLUMN "moderated_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP COLUMN "moderated_at"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP COLUMN "moderation_reason"`);
    await queryRunner.query(`DROP INDEX "public"."ux_job_reports_job_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_reports_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_reports_reporter"`);
    await queryRunner.query(`DROP TABLE "job_reports"`);
  }
}
