import type { Knex } from 'knex';

/**
 * Each intact check records the head it verified, the chain's last link (seq and hash), and every later check
 * compares the chain with the heads recorded: a chain cut short is as valid as the whole, and only such an anchor
 * shows the events cut off its end. Two new problems a check can find: the chain ends before a head a check verified
 * (truncated), or it holds another event at that head's seq (replaced).
 */
const PROBLEMS_BEFORE = "('altered', 'removed', 'reordered')";
const PROBLEMS = "('altered', 'removed', 'reordered', 'truncated', 'replaced')";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE audit_checks
      ADD COLUMN head_seq bigint CHECK (head_seq > 0),
      ADD COLUMN head_hash text CHECK (head_hash ~ '^[0-9a-f]{64}$'),
      ADD CONSTRAINT audit_checks_head_whole CHECK ((head_seq IS NULL) = (head_hash IS NULL)),
      ADD CONSTRAINT audit_checks_head_of_intact CHECK (head_seq IS NULL OR outcome = 'intact'),
      DROP CONSTRAINT audit_checks_problem_check,
      ADD CONSTRAINT audit_checks_problem_check CHECK (problem IN ${PROBLEMS})`);
}

export async function down(knex: Knex): Promise<void> {
  // why: a check that found the chain truncated or replaced has no problem the old column can hold, and its finding
  // is not something to forget quietly
  await knex.raw(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM audit_checks WHERE problem IN ('truncated', 'replaced')) THEN
        RAISE EXCEPTION 'audit_checks holds checks that found the chain truncated or replaced: cannot undo this migration';
      END IF;
    END $$`);
  await knex.raw(`
    ALTER TABLE audit_checks
      DROP CONSTRAINT audit_checks_problem_check,
      ADD CONSTRAINT audit_checks_problem_check CHECK (problem IN ${PROBLEMS_BEFORE}),
      DROP CONSTRAINT audit_checks_head_of_intact,
      DROP CONSTRAINT audit_checks_head_whole,
      DROP COLUMN head_hash,
      DROP COLUMN head_seq`);
}
