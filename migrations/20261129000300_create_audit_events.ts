import type { Knex } from 'knex';

/*
 * Append-only and tamper-evident: each event's hash covers its content and the previous event's hash.
 * The chain is extended inside the database under a transaction-scoped advisory lock, so concurrent
 * writers are serialised and `seq` has no gaps; UPDATE, DELETE and TRUNCATE are refused.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE audit_events (
      id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      seq          bigint NOT NULL UNIQUE,
      occurred_at  timestamptz NOT NULL DEFAULT now(),
      actor_id     bigint REFERENCES users (id) ON DELETE RESTRICT,
      action       text NOT NULL CHECK (action ~ '^[a-z][a-z_]*\\.[a-z][a-z_]*$'),
      entity_type  text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
      entity_id    text,
      before       jsonb,
      after        jsonb,
      note         text,
      ip           text,
      prev_hash    text NOT NULL,
      hash         text NOT NULL UNIQUE
    )`);
  await knex.raw('CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)');
  await knex.raw('CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, seq DESC)');
  await knex.raw('CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at DESC, seq DESC)');

  await knex.raw(`
    CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
    LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(jsonb_build_array(
        e.prev_hash, e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_id, e.action, e.entity_type, e.entity_id, e.before, e.after, e.note, e.ip
      )::text, 'UTF8')), 'hex')
    $$`);
  await knex.raw(`
    CREATE FUNCTION audit_events_chain() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      last_seq  bigint;
      last_hash text;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
      SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
      NEW.seq := coalesce(last_seq, 0) + 1;
      NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
      NEW.hash := audit_event_hash(NEW);
      RETURN NEW;
    END
    $$`);
  await knex.raw(`
    CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$`);
  await knex.raw(`CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
  await knex.raw(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
  await knex.raw(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION audit_event_hash(audit_events)');
  await knex.raw('DROP TABLE audit_events');
  await knex.raw('DROP FUNCTION audit_events_chain()');
  await knex.raw('DROP FUNCTION audit_events_refuse_change()');
}
