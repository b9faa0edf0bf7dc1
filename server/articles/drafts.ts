import { randomUUID } from 'node:crypto';
import type { Db } from '../db/knex';
import type { ImportTab } from './pages';
import type { ArticleInput } from './service';

/** How long a preview can be gone back to; after that its page sends the person to the import form. */
const KEEP_HOURS = 24;
/** The previews an account keeps at most: its latest, whatever their age. */
const KEEP_PER_ACCOUNT = 20;
const DRAFT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Keeps what an import's preview is made of (the text, a file's or page's HTML, the facts typed) under a new random
 * id, for `loadDraft` by the same account. Previews older than a day, and the account's beyond its latest twenty, go
 * in the same transaction: the table holds about what the people importing at the moment have previewed.
 */
export async function saveDraft(db: Db, account: number, input: ArticleInput, tab: ImportTab): Promise<string> {
  const id = randomUUID();
  // (a page's HTML is read for its head's facts only; JSON in PostgreSQL cannot hold the NUL character, nor can the
  // article's text, which the forms refuse with it)
  const kept = input.html === undefined ? input : { ...input, html: input.html.replace(/\u0000/g, '') };
  await db.transaction(async (trx) => {
    await trx.raw(`DELETE FROM import_drafts WHERE created_at < now() - interval '${KEEP_HOURS} hours'`);
    await trx('import_drafts').insert({ id, account_id: account, tab, input: JSON.stringify(kept) });
    await trx.raw(
      `DELETE FROM import_drafts WHERE account_id = ? AND id NOT IN
         (SELECT id FROM import_drafts WHERE account_id = ? ORDER BY created_at DESC, id LIMIT ${KEEP_PER_ACCOUNT})`,
      [account, account],
    );
  });
  return id;
}

/** The preview kept under `id` for this account and not yet a day old; undefined for any other id. */
export async function loadDraft(db: Db, account: number, id: string): Promise<{ input: ArticleInput; tab: ImportTab } | undefined> {
  if (!DRAFT_ID.test(id)) return undefined;
  const row: { input: ArticleInput | string; tab: ImportTab } | undefined = await db('import_drafts')
    .where({ id, account_id: account })
    .whereRaw(`created_at >= now() - interval '${KEEP_HOURS} hours'`)
    .first('input', 'tab');
  if (!row) return undefined;
  return { input: typeof row.input === 'string' ? (JSON.parse(row.input) as ArticleInput) : row.input, tab: row.tab };
}
