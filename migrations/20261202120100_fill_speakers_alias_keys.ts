import type { Knex } from 'knex';

/**
 * Fills the alias keys of the speakers that have aliases (see the migration before), folded in JavaScript as the app
 * folds names: written here as speakerNameKey was when this ran, so that a later change to it does not change what
 * this migration did.
 */
function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const BATCH = 1000;

export async function up(knex: Knex): Promise<void> {
  for (let after = 0; ;) {
    const rows: Array<{ id: number | string; aliases: string[] }> = await knex('speakers')
      .where('id', '>', after).whereRaw(`aliases <> '{}'`).orderBy('id').limit(BATCH).select('id', 'aliases');
    if (rows.length === 0) return;
    for (const { id, aliases } of rows) {
      const keys = [...new Set(aliases.map(nameKey).filter((k) => k !== ''))];
      await knex('speakers').where({ id }).update({ alias_keys: keys.join('\n') });
    }
    after = Number(rows.at(-1)!.id);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`UPDATE speakers SET alias_keys = '' WHERE alias_keys <> ''`);
}
