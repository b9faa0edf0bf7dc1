import type { Knex } from 'knex';

/*
 * Audit events are linked into the hash chain after they commit instead of while they are inserted.
 *
 * The insert trigger used to take the chain's advisory lock and keep it until COMMIT, so every audited write in the
 * system waited for the previous one's WAL flush: no two could commit together. Now an event is inserted *pending*
 * (seq, prev_hash and hash NULL) in the same transaction as the change it records, and audit_events_link_pending()
 * links committed pending events in batches under the same lock, taken with a try so only one linker works at a
 * time and the others return at once. App processes call it after each audited commit and on a short timer.
 *
 * Chain order is the order events were linked: ids are handed out at insert, before commit, so two concurrent
 * writers may commit, and be linked, in the other order than their ids. seq is the chain's order; id only says
 * which insert began first.
 *
 * The table stays append-only: DELETE and TRUNCATE are refused, and UPDATE only for that one transition —
 * a pending event becoming the chain's next link, its content untouched and its hash correct.
 */
const LOCK = "hashtext('audit_events_chain')";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE audit_events
      ALTER COLUMN seq DROP NOT NULL,
      ALTER COLUMN prev_hash DROP NOT NULL,
      ALTER COLUMN hash DROP NOT NULL,
      ADD CONSTRAINT audit_events_linked_whole CHECK ((seq IS NULL) = (prev_hash IS NULL) AND (seq IS NULL) = (hash IS NULL))`);
  await knex.raw('CREATE INDEX audit_events_pending_idx ON audit_events (id) WHERE seq IS NULL');

  await knex.raw(`
    CREATE FUNCTION audit_events_insert_pending() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit_events: an event is inserted pending; only the chain links it (seq and hashes refused)'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $$`);
  await knex.raw(`
    CREATE FUNCTION audit_events_link_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      last_seq  bigint;
      last_hash text;
    BEGIN
      IF OLD.seq IS NOT NULL OR NEW.seq IS NULL
         OR (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.note, NEW.ip)
            IS DISTINCT FROM
            (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.before, OLD.after, OLD.note, OLD.ip) THEN
        RAISE EXCEPTION 'audit_events is append-only: UPDATE refused (a pending event may only be linked, unchanged)'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      -- re-entrant for the linker, which already holds it; anyone else waits, so "the next seq" cannot move meanwhile
      PERFORM pg_advisory_xact_lock(${LOCK});
      SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
      IF NEW.seq <> coalesce(last_seq, 0) + 1
         OR NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64))
         OR NEW.hash IS DISTINCT FROM audit_event_hash(NEW) THEN
        RAISE EXCEPTION 'audit_events is append-only: UPDATE refused (event % is not linked as the chain''s next event)', OLD.id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $$`);
  await knex.raw('DROP TRIGGER audit_events_chain ON audit_events');
  await knex.raw('DROP TRIGGER audit_events_append_only ON audit_events');
  await knex.raw(`CREATE TRIGGER audit_events_insert_pending BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_insert_pending()`);
  await knex.raw(`CREATE TRIGGER audit_events_link_only BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_link_only()`);
  await knex.raw(`CREATE TRIGGER audit_events_append_only BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);

  // Returns how many events it linked, or NULL when another linker holds the lock (without wait_for_lock).
  await knex.raw(`
    CREATE FUNCTION audit_events_link_pending(batch integer, wait_for_lock boolean DEFAULT false) RETURNS integer
    LANGUAGE plpgsql AS $$
    DECLARE
      last_seq  bigint;
      last_hash text;
      e         audit_events;
      linked    integer := 0;
    BEGIN
      IF wait_for_lock THEN
        PERFORM pg_advisory_xact_lock(${LOCK});
      ELSIF NOT pg_try_advisory_xact_lock(${LOCK}) THEN
        RETURN NULL;
      END IF;
      SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
      last_seq := coalesce(last_seq, 0);
      last_hash := coalesce(last_hash, repeat('0', 64));
      FOR e IN SELECT * FROM audit_events WHERE seq IS NULL ORDER BY id LIMIT batch FOR UPDATE LOOP
        e.seq := last_seq + 1;
        e.prev_hash := last_hash;
        e.hash := audit_event_hash(e);
        UPDATE audit_events SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
        last_seq := e.seq;
        last_hash := e.hash;
        linked := linked + 1;
      END LOOP;
      RETURN linked;
    END
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM audit_events WHERE seq IS NULL) THEN
        PERFORM audit_events_link_pending(2147483647, true);
      END IF;
    END $$`);
  await knex.raw('DROP FUNCTION audit_events_link_pending(integer, boolean)');
  await knex.raw('DROP TRIGGER audit_events_append_only ON audit_events');
  await knex.raw('DROP TRIGGER audit_events_link_only ON audit_events');
  await knex.raw('DROP TRIGGER audit_events_insert_pending ON audit_events');
  await knex.raw(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
  await knex.raw(`CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
  await knex.raw('DROP FUNCTION audit_events_link_only()');
  await knex.raw('DROP FUNCTION audit_events_insert_pending()');
  await knex.raw('DROP INDEX audit_events_pending_idx');
  await knex.raw(`
    ALTER TABLE audit_events
      DROP CONSTRAINT audit_events_linked_whole,
      ALTER COLUMN seq SET NOT NULL,
      ALTER COLUMN prev_hash SET NOT NULL,
      ALTER COLUMN hash SET NOT NULL`);
}
