import type { Knex } from 'knex';

/**
 * `npm run audit:verify` records its checks beside those started in the app, so the head it verified is compared
 * by the checks after it too. A check from the command line has no account that started it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE audit_checks
      ADD COLUMN started_from text NOT NULL DEFAULT 'app' CHECK (started_from IN ('app', 'command_line')),
      ALTER COLUMN started_by DROP NOT NULL,
      ADD CONSTRAINT audit_checks_started_by_in_app CHECK ((started_from = 'app') = (started_by IS NOT NULL))`);
}

export async function down(knex: Knex): Promise<void> {
  // why: removing them would forget the heads they verified, which later checks compare the chain with
  await knex.raw(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM audit_checks WHERE started_from = 'command_line') THEN
        RAISE EXCEPTION 'audit_checks holds checks run from the command line, which no account started: cannot undo this migration';
      END IF;
    END $$`);
  await knex.raw(`
    ALTER TABLE audit_checks
      DROP CONSTRAINT audit_checks_started_by_in_app,
      ALTER COLUMN started_by SET NOT NULL,
      DROP COLUMN started_from`);
}
