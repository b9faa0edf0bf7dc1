import type { Knex } from 'knex';

/**
 * The database stamps an audit event's time itself: a plain INSERT naming an `occurred_at` of its choosing (a
 * back-dated event, linked into the chain like any other) gets its transaction's time instead. Transaction time,
 * as the column's default always gave: every event of one change bears one time, the time that change's other rows
 * (a review's `created_at`) bear too. Statement time would set the events of one change apart, and no time at insert
 * can be that of the link: events are linked after they commit.
 *
 * It is the insert guard's trigger that stamps, as it refuses chain values: whoever lifts that one trigger (a bulk
 * load of history with `session_replication_role = replica`, as `seed:large` does) lifts the whole guard of inserts.
 */
const insertPending = (stamp: boolean) => `
  CREATE OR REPLACE FUNCTION audit_events_insert_pending() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
      RAISE EXCEPTION 'audit_events: an event is inserted pending; only the chain links it (seq and hashes refused)'
        USING ERRCODE = 'insufficient_privilege';
    END IF;${stamp ? `
    NEW.occurred_at := transaction_timestamp();` : ''}
    RETURN NEW;
  END
  $$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(insertPending(true));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(insertPending(false));
}
