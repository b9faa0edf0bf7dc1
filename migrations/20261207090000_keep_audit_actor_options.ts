import type { Knex } from 'knex';

/** The trigger function on accounts, rebuilding the audit page's actor list after the claims pages' lists or not. */
function onUsersFunction(withActors: boolean): string {
  const refresh = withActors ? 'PERFORM reviewer_options_refresh(); PERFORM audit_actor_options_refresh();' : 'PERFORM reviewer_options_refresh();';
  return `
    CREATE OR REPLACE FUNCTION reviewer_options_on_users() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- (each branch names only the transition tables its operation has: a statement is planned when first run)
      IF TG_OP <> 'UPDATE' THEN
        ${refresh}
      ELSIF EXISTS (SELECT 1 FROM old_users o JOIN new_users n ON n.id = o.id
                     WHERE o.name IS DISTINCT FROM n.name OR o.email IS DISTINCT FROM n.email OR o.active IS DISTINCT FROM n.active) THEN
        ${refresh}
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * Beside the claims pages' pick lists, the audit page's actor filter: every account, active or not, in the order of
 * names (the first 500), with its email, kept by the same trigger on the accounts (migration keep_reviewer_options).
 *
 * why: the audit page read and sorted the accounts by a statement of its own on every view, a second round trip for a
 * list that changes only when an account is added, removed, renamed, given another email or (de)activated. Kept here,
 * a view reads one row.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE reviewer_options ADD COLUMN actors json NOT NULL DEFAULT '[]'`);
  // (the row is locked first, as reviewer_options_refresh does, so two transactions changing accounts at once write
  // the list one after the other, the second from what the first committed)
  await knex.raw(`
    CREATE FUNCTION audit_actor_options_refresh() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM reviewer_options WHERE id = 1 FOR UPDATE;
      UPDATE reviewer_options SET
        actors = (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name, u.id), '[]')
                    FROM (SELECT id, name, email FROM users ORDER BY name, id LIMIT 500) u)
       WHERE id = 1;
    END $$`);
  await knex.raw(onUsersFunction(true));
  await knex.raw('SELECT audit_actor_options_refresh()');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(onUsersFunction(false));
  await knex.raw('DROP FUNCTION audit_actor_options_refresh()');
  await knex.raw('ALTER TABLE reviewer_options DROP COLUMN actors');
}
