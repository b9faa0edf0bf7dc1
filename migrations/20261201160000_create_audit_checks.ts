import type { Knex } from 'knex';

/**
 * Checks of the audit trail's hash chain started from the app: who started one, how far it has come, and what it
 * found. In the database, not in the process running it, so every app process shows the same check and at most one
 * runs at a time (the partial unique index). A check whose progress stops moving was left by a process that ended.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE audit_checks (
      id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      started_by       bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
      started_at       timestamptz NOT NULL DEFAULT now(),
      progress_at      timestamptz NOT NULL DEFAULT now(),
      finished_at      timestamptz,
      outcome          text CHECK (outcome IN ('intact', 'broken', 'failed')),
      events_expected  bigint NOT NULL CHECK (events_expected >= 0),
      events_checked   bigint NOT NULL DEFAULT 0 CHECK (events_checked >= 0),
      pending          bigint CHECK (pending >= 0),
      problem          text CHECK (problem IN ('altered', 'removed', 'reordered')),
      broken_event_id  bigint,
      message          text,
      CHECK ((finished_at IS NULL) = (outcome IS NULL))
    )`);
  await knex.raw('CREATE INDEX audit_checks_started_by_idx ON audit_checks (started_by)');
  await knex.raw('CREATE UNIQUE INDEX audit_checks_one_running_idx ON audit_checks ((true)) WHERE finished_at IS NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE audit_checks');
}
