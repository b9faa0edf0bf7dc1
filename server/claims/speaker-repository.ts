import type { Trx } from '../db/knex';

export interface SpeakerRef {
  id: number;
  name: string;
  name_key: string;
}

/** Lower-cased, without diacritics or punctuation, single-spaced: how one person's name matches across articles. */
export function speakerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The live speaker for an id: a merged speaker's claims belong to the speaker it was merged into. */
export async function findLiveSpeaker(trx: Trx, id: number): Promise<SpeakerRef | undefined> {
  const row: (SpeakerRef & { merged_into_id: number | null }) | undefined = await trx('speakers')
    .where({ id })
    .first('id', 'name', 'name_key', 'merged_into_id');
  if (!row) return undefined;
  if (row.merged_into_id !== null && row.merged_into_id !== id) return findLiveSpeaker(trx, row.merged_into_id);
  return { id: row.id, name: row.name, name_key: row.name_key };
}

export async function findLiveSpeakerByKey(trx: Trx, nameKey: string): Promise<SpeakerRef | undefined> {
  return trx('speakers').where({ name_key: nameKey }).whereNull('merged_into_id').first('id', 'name', 'name_key');
}

/** The live speaker with this name key, created when there is none (a concurrent creator's row is reused). */
export async function findOrCreateSpeaker(trx: Trx, name: string, createdBy: number): Promise<{ speaker: SpeakerRef; created: boolean }> {
  const nameKey = speakerNameKey(name);
  const inserted = await trx.raw(
    `INSERT INTO speakers (name, name_key, created_by) VALUES (?, ?, ?)
     ON CONFLICT (name_key) WHERE merged_into_id IS NULL DO NOTHING
     RETURNING id, name, name_key`,
    [name, nameKey, createdBy],
  );
  const row = (inserted.rows as SpeakerRef[])[0];
  if (row) return { speaker: row, created: true };
  const existing = await findLiveSpeakerByKey(trx, nameKey);
  if (!existing) throw new Error(`speaker "${nameKey}" neither inserted nor found`);
  return { speaker: existing, created: false };
}
