import type { Knex } from 'knex';

/** The trigger's rebuild of the lists, keeping the shared names beside them or not (as before this migration). */
function refreshFunction(keepSharedNames: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION reviewer_options_refresh() RETURNS void LANGUAGE plpgsql AS $$
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
                      FROM ranked r WHERE NOT r.active)${keepSharedNames ? `,
        shared_names = (SELECT coalesce(json_agg(name_key ORDER BY name_key), '[]') FROM shared)` : ''}
       WHERE id = 1;
    END $$`;
}

/**
 * Beside the people the claims pages offer to pick, the names (case aside) that more than one account has, kept by the
 * same trigger: a claim's assignee is labelled with the email beside such a name wherever claims are listed, and
 * finding those names by grouping every account was done once per view of the claims list and of a claim.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE reviewer_options ADD COLUMN shared_names json NOT NULL DEFAULT '[]'`);
  await knex.raw(refreshFunction(true));
  await knex.raw('SELECT reviewer_options_refresh()');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(refreshFunction(false));
  await knex.raw('ALTER TABLE reviewer_options DROP COLUMN shared_names');
}
