import type { Knex } from 'knex';

/**
 * The people the claims pages offer to pick, kept ready as JSON by a trigger on the accounts: the active accounts
 * (a claim page's "Assign to", and the claims list's assignee filter) and the deactivated ones (the filter offers
 * those that still hold claims, which the page statement looks up), each labelled by name, with the email beside it
 * when another account has the same name (case aside) and "deactivated" on a deactivated one, and ranked in the
 * order of names so the two can be merged.
 *
 * why: labelling and sorting every account on every view of the list and of a claim was about a quarter of the
 * claims list's database time, yet the labels change only when an account's name, email or standing does. What
 * claims hold stays out of it: a deactivated account's last claim leaving it changes no account, and is seen at once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE reviewer_options (
      id       smallint PRIMARY KEY CHECK (id = 1),
      active   json NOT NULL,
      inactive json NOT NULL
    )`);
  await knex.raw(`INSERT INTO reviewer_options (id, active, inactive) VALUES (1, '[]', '[]')`);

  // why: the row is locked before the accounts are read: of two transactions changing accounts at once, the second
  // reads them after the first commits (each statement of the function sees what committed before it began), so
  // neither writes labels that miss the other's change
  await knex.raw(`
    CREATE FUNCTION reviewer_options_refresh() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM reviewer_options WHERE id = 1 FOR UPDATE;
      WITH shared AS (SELECT lower(name) AS name_key FROM users GROUP BY 1 HAVING count(*) > 1),
           ranked AS (
             SELECT u.id, u.active, row_number() OVER (ORDER BY u.name, u.id) AS rank,
                    u.name || CASE WHEN s.name_key IS NOT NULL AND NOT u.active THEN ' (' || u.email || ', deactivated)'
                                   WHEN s.name_key IS NOT NULL THEN ' (' || u.email || ')'
                                   WHEN NOT u.active THEN ' (deactivated)' ELSE '' END AS label
               FROM users u LEFT JOIN shared s ON s.name_key = lower(u.name))
      UPDATE reviewer_options SET
        active = (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.label, 'rank', r.rank) ORDER BY r.rank), '[]')
                    FROM (SELECT * FROM ranked WHERE active ORDER BY rank LIMIT 500) r),
        inactive = (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.label, 'rank', r.rank) ORDER BY r.rank), '[]')
                      FROM ranked r WHERE NOT r.active)
       WHERE id = 1;
    END $$`);

  // why: a sign-in writes its time on the account, many times a day; only a change of name, email or standing (or an
  // account added or removed) changes the labels
  await knex.raw(`
    CREATE FUNCTION reviewer_options_on_users() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- (each branch names only the transition tables its operation has: a statement is planned when first run)
      IF TG_OP <> 'UPDATE' THEN
        PERFORM reviewer_options_refresh();
      ELSIF EXISTS (SELECT 1 FROM old_users o JOIN new_users n ON n.id = o.id
                     WHERE o.name IS DISTINCT FROM n.name OR o.email IS DISTINCT FROM n.email OR o.active IS DISTINCT FROM n.active) THEN
        PERFORM reviewer_options_refresh();
      END IF;
      RETURN NULL;
    END $$`);
  await knex.raw(`CREATE TRIGGER users_reviewer_options_insert AFTER INSERT ON users
                  FOR EACH STATEMENT EXECUTE FUNCTION reviewer_options_on_users()`);
  await knex.raw(`CREATE TRIGGER users_reviewer_options_update AFTER UPDATE ON users REFERENCING OLD TABLE AS old_users NEW TABLE AS new_users
                  FOR EACH STATEMENT EXECUTE FUNCTION reviewer_options_on_users()`);
  await knex.raw(`CREATE TRIGGER users_reviewer_options_delete AFTER DELETE ON users
                  FOR EACH STATEMENT EXECUTE FUNCTION reviewer_options_on_users()`);

  await knex.raw('SELECT reviewer_options_refresh()');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER users_reviewer_options_delete ON users');
  await knex.raw('DROP TRIGGER users_reviewer_options_update ON users');
  await knex.raw('DROP TRIGGER users_reviewer_options_insert ON users');
  await knex.raw('DROP FUNCTION reviewer_options_on_users()');
  await knex.raw('DROP FUNCTION reviewer_options_refresh()');
  await knex.raw('DROP TABLE reviewer_options');
}
