import type { Knex } from 'knex';

/**
 * One trigger, under the name it always had, guards UPDATE and DELETE again: `audit_events_append_only` refuses
 * every DELETE and every UPDATE except a pending event's linking into the chain. Whoever disables that one trigger
 * (a restore, a repair) lifts the whole guard, as before, rather than half of it.
 */
const linkOnly = (refuseDelete: boolean) => `
  CREATE OR REPLACE FUNCTION audit_events_link_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    last_seq  bigint;
    last_hash text;
  BEGIN${refuseDelete ? `
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'audit_events is append-only: DELETE refused' USING ERRCODE = 'insufficient_privilege';
    END IF;` : ''}
    IF OLD.seq IS NOT NULL OR NEW.seq IS NULL
       OR (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.note, NEW.ip)
          IS DISTINCT FROM
          (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.before, OLD.after, OLD.note, OLD.ip) THEN
      RAISE EXCEPTION 'audit_events is append-only: UPDATE refused (a pending event may only be linked, unchanged)'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- re-entrant for the linker, which already holds it; anyone else waits, so "the next seq" cannot move meanwhile
    PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
    SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
    IF NEW.seq <> coalesce(last_seq, 0) + 1
       OR NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64))
       OR NEW.hash IS DISTINCT FROM audit_event_hash(NEW) THEN
      RAISE EXCEPTION 'audit_events is append-only: UPDATE refused (event % is not linked as the chain''s next event)', OLD.id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END
  $$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(linkOnly(true));
  await knex.raw('DROP TRIGGER audit_events_link_only ON audit_events');
  await knex.raw('DROP TRIGGER audit_events_append_only ON audit_events');
  await knex.raw(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_link_only()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER audit_events_append_only ON audit_events');
  await knex.raw(`CREATE TRIGGER audit_events_link_only BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_link_only()`);
  await knex.raw(`CREATE TRIGGER audit_events_append_only BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
  await knex.raw(linkOnly(false));
}
