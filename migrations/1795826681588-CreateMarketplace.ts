import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMarketplace1795826681588 implements MigrationInterface {
  name = 'CreateMarketplace1795826681588';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "candidate_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "display_name" character varying(100), "family_name" character varying(100), "given_name" character varying(100), "name_reading" character varying(200), "nationality" character(2), "birth_date" date, "current_country" character(2), "current_status" character varying(40), "status_expires_at" date, "education" jsonb NOT NULL DEFAULT '[]', "language_tests" jsonb NOT NULL DEFAULT '[]', "experience" jsonb NOT NULL DEFAULT '[]', "wishes" jsonb NOT NULL DEFAULT '{}', "skills" text array NOT NULL DEFAULT '{}', "other_skills" text array NOT NULL DEFAULT '{}', "visibility" character varying(20) NOT NULL DEFAULT 'private', "jlpt_level" smallint, "topik_level" smallint, "education_level" smallint, "wish_countries" text array NOT NULL DEFAULT '{}', "wish_employment_types" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_5a3673f11918bcea56f4854960" UNIQUE ("user_id"), CONSTRAINT "PK_8e8cf5b54118601673585218cc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_candidate_profiles_user_id" ON "candidate_profiles" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_candidate_profiles_visibility" ON "candidate_profiles" ("visibility") `);
    await queryRunner.query(`CREATE TABLE "adviser_consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "adviser_user_id" uuid NOT NULL, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_03f2948e559f1ab0b1cf87d3c2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_adviser_consents_active" ON "adviser_consents" ("candidate_id", "adviser_user_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_adviser_consents_adviser" ON "adviser_consents" ("adviser_user_id", "revoked_at") `);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "names" jsonb NOT NULL, "country" character(2) NOT NULL, "registration_number" character varying(40), "size" integer, "korean_insured_staff" integer, "foreign_professional_staff" integer, "domestic_focused" boolean NOT NULL DEFAULT false, "jp_category" smallint, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "job_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "city" character varying(80), "occupation_code" character varying(12), "employment_type" character varying(12) NOT NULL, "salary_min" bigint, "salary_max" bigint, "salary_currency" character(3), "salary_period" character varying(5), "annual_salary_max" bigint, "language_requirements" jsonb NOT NULL DEFAULT '[]', "min_jlpt" smallint, "min_topik" smallint, "required_skills" text array NOT NULL DEFAULT '{}', "preferred_skills" text array NOT NULL DEFAULT '{}', "other_skills" text array NOT NULL DEFAULT '{}', "education_level" character varying(12), "sponsorship" boolean NOT NULL DEFAULT false, "start_date" date, "deadline" date, "conversion_track" jsonb, "status" character varying(10) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "search_text" text NOT NULL DEFAULT '', "search_tokens" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dda635ece382c8ad2d90a179182" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_org" ON "job_postings" ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_published" ON "job_postings" ("status", "published_at", "id") `);
    await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "candidate_id" uuid, "status" character varying(12) NOT NULL, "cover_note" text, "anonymized_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_applications_job_id" ON "applications" ("job_id") `);
    await queryRunner.query(`CREATE INDEX "ix_applications_candidate_id" ON "applications" ("candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_applications_job_candidate" ON "applications" ("job_id", "candidate_id") `);
    await queryRunner.query(`CREATE TABLE "application_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "from_status" character varying(12), "to_status" character varying(12) NOT NULL, "note" text, "actor_user_id" uuid, "actor_role" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_application_events_application" ON "application_events" ("application_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "organization_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2b39d5d072886a4d9c8105eb9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_organization_members_user_id" ON "organization_members" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_members_org_user" ON "organization_members" ("organization_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "access_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "viewer_user_id" uuid NOT NULL, "viewer_role" character varying(16) NOT NULL, "viewer_organization_id" uuid, "purpose" character varying(20) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73016a99e25b421f7bca271ca86" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_access_logs_candidate" ON "access_logs" ("candidate_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD CONSTRAINT "FK_5a3673f11918bcea56f48549603" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "adviser_consents" ADD CONSTRAINT "FK_3e3cd3fb5f5b6bc1d70f32abe57" FOREIGN KEY ("candidate_id") REFERENCES "candidate_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "adviser_consents" ADD CONSTRAINT "FK_7438051ab4d8c167cca2542e0bc" FOREIGN KEY ("adviser_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD CONSTRAINT "FK_946f36539ab94b48c27ebd7012c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_8aba14d7f098c23ba06d8693235" FOREIGN KEY ("job_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "candidate_profiles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application_events" ADD CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`);
    await queryRunner.query(`ALTER TABLE "application_events" DROP CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_b669b991b85b808f24b5734990a"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_8aba14d7f098c23ba06d8693235"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "FK_946f36539ab94b48c27ebd7012c"`);
    await queryRunner.query(`ALTER TABLE "adviser_consents" DROP CONSTRAINT "FK_7438051ab4d8c167cca2542e0bc"`);
    await queryRunner.query(`ALTER TABLE "adviser_consents" DROP CONSTRAINT "FK_3e3cd3fb5f5b6bc1d70f32abe57"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP CONSTRAINT "FK_5a3673f11918bcea56f48549603"`);
    await queryRunner.query(`DROP INDEX "public"."ix_access_logs_candidate"`);
    await queryRunner.query(`DROP TABLE "access_logs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_members_org_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_members_user_id"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_events_application"`);
    await queryRunner.query(`DROP TABLE "application_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_applications_job_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_candidate_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_job_id"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_org"`);
    await queryRunner.query(`DROP TABLE "job_postings"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_adviser_consents_adviser"`);
    await queryRunner.query(`DROP INDEX "public"."uq_adviser_consents_active"`);
    await queryRunner.query(`DROP TABLE "adviser_consents"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_profiles_visibility"`);
    await queryRunner.query(`DROP INDEX "public"."uq_candidate_profiles_user_id"`);
    await queryRunner.query(`DROP TABLE "candidate_profiles"`);
  }
}
