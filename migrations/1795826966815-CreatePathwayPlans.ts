import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePathwayPlans1795826966815 implements MigrationInterface {
  name = 'CreatePathwayPlans1795826966815';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pathway_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "candidate_id" uuid NOT NULL, "pathway_id" character varying(60) NOT NULL, "target_job_id" uuid, "inputs" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79a45f393802e8e3fc50c73226d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_pathway_plans_candidate_id" ON "pathway_plans" ("candidate_id") `);
    await queryRunner.query(`CREATE TABLE "plan_checklist_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "stage_id" character varying(60) NOT NULL, "item_key" character varying(80) NOT NULL, "label" jsonb NOT NULL, "provider" character varying(20) NOT NULL, "kind" character varying(10) NOT NULL, "rule_id" character varying(40) NOT NULL, "source" text NOT NULL, "unverified" boolean NOT NULL DEFAULT false, "position" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'todo', "note" text, "reviewer_note" text, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a46e788e52de32ca6fc4cfb07ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_checklist_items_key" ON "plan_checklist_items" ("plan_id", "stage_id", "item_key") `);
    await queryRunner.query(`CREATE TABLE "plan_item_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "item_id" uuid NOT NULL, "actor_user_id" uuid, "actor_role" character varying(10) NOT NULL, "action" character varying(10) NOT NULL, "from_status" character varying(10) NOT NULL, "to_status" character varying(10) NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc7f5f184122950c16708673519" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_plan_item_events_plan" ON "plan_item_events" ("plan_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "pathway_plans" ADD CONSTRAINT "FK_d5a93a35fdddc2381ba65a396c0" FOREIGN KEY ("candidate_id") REFERENCES "candidate_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pathway_plans" ADD CONSTRAINT "FK_5029d5fd04c9a912138567da2fd" FOREIGN KEY ("target_job_id") REFERENCES "job_postings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_checklist_items" ADD CONSTRAINT "FK_0247ddc8335e253805cb2353e61" FOREIGN KEY ("plan_id") REFERENCES "pathway_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_events" ADD CONSTRAINT "FK_925f9aa478ebacb1633257e6741" FOREIGN KEY ("plan_id") REFERENCES "pathway_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item_events" DROP CONSTRAINT "FK_925f9aa478ebacb1633257e6741"`);
    await queryRunner.query(`ALTER TABLE "plan_checklist_items" DROP CONSTRAINT "FK_0247ddc8335e253805cb2353e61"`);
    await queryRunner.query(`ALTER TABLE "pathway_plans" DROP CONSTRAINT "FK_5029d5fd04c9a912138567da2fd"`);
    await queryRunner.query(`ALTER TABLE "pathway_plans" DROP CONSTRAINT "FK_d5a93a35fdddc2381ba65a396c0"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_item_events_plan"`);
    await queryRunner.query(`DROP TABLE "plan_item_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_checklist_items_key"`);
    await queryRunner.query(`DROP TABLE "plan_checklist_items"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pathway_plans_candidate_id"`);
    await queryRunner.query(`DROP TABLE "pathway_plans"`);
  }
}
