import type { Knex } from 'knex';

/**
 * The speaker list's search finds a speaker by their role too ("rapporteur", "professor emeritus"): how an article
 * described them when it gave their name with an apposition, the one description a speaker keeps (its other
 * descriptions, "the general", stand for a person in one article only and are not kept as aliases). The role's key is
 * folded as names are, by the app that writes the role (speakerNameKey); here the existing roles are folded as
 * speakerNameKey folded when this ran, so that a later change to it does not change what this migration did.
 *
 * search_keys is generated from the keys, so it is made again with the role's key on its last line, and its trigram
 * index with it.
 */
function nameKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const BATCH = 5000;

const searchKeys = (withRole: boolean) => `
  ALTER TABLE speakers ADD COLUMN search_keys text NOT NULL GENERATED ALWAYS AS (
    name_key || CASE WHEN alias_keys = '' THEN '' ELSE E'\\n' || alias_keys END
             || CASE WHEN merged_name_keys = '' THEN '' ELSE E'\\n' || merged_name_keys END${withRole ? `
             || CASE WHEN role_key = '' THEN '' ELSE E'\\n' || role_key END` : ''}) STORED`;

async function rebuildSearchKeys(knex: Knex, withRole: boolean): Promise<void> {
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'pg_trgm'",
  );
  await knex.raw('DROP INDEX speakers_search_keys_trgm_idx');
  await knex.raw('ALTER TABLE speakers DROP COLUMN search_keys');
  await knex.raw(searchKeys(withRole));
  // as 20261204090400 made it: no pending list, which the embedded database would never clean
  await knex.raw(`CREATE INDEX speakers_search_keys_trgm_idx ON speakers USING gin (search_keys ${rows[0]!.schema}.gin_trgm_ops)
                  WITH (fastupdate = off) WHERE merged_into_id IS NULL`);
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE speakers ADD COLUMN role_key text NOT NULL DEFAULT ''`);
  for (let after = 0; ;) {
    const rows: Array<{ id: number | string; role: string }> = await knex('speakers')
      .where('id', '>', after).whereNotNull('role').orderBy('id').limit(BATCH).select('id', 'role');
    if (rows.length === 0) break;
    await knex.raw(
      `UPDATE speakers s SET role_key = k.key FROM unnest(?::bigint[], ?::text[]) AS k (id, key) WHERE s.id = k.id`,
      [rows.map((r) => String(r.id)), rows.map((r) => nameKey(r.role))],
    );
    after = Number(rows.at(-1)!.id);
  }
  await rebuildSearchKeys(knex, true);
}

export async function down(knex: Knex): Promise<void> {
  await rebuildSearchKeys(knex, false);
  await knex.raw('ALTER TABLE speakers DROP COLUMN role_key');
}
