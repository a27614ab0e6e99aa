import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The checklist audit trail cannot be edited by anyone, the application included: UPDATE is refused,
 * and DELETE only happens through the cascade when the candidate's plan goes (erasure of their account).
 */
export class MakePlanAuditTrailAppendOnly1795826970000 implements MigrationInterface {
  name = 'MakePlanAuditTrailAppendOnly1795826970000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit trail rows cannot be changed (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER plan_item_events_append_only BEFORE UPDATE OR DELETE ON "plan_item_events"
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER plan_item_events_append_only ON "plan_item_events"`);
    await queryRunner.query(`DROP FUNCTION refuse_audit_change()`);
  }
}
