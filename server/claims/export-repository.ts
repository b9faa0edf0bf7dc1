import { servesOneSession } from '../db/one-session';
import type { Db, Trx } from '../db/knex';
import type { ClaimExportRow } from './export-csv';
import type { ClaimListQuery } from './list-query';
import { loadClaimListPage } from './list-repository';

/** Claims read and written at a time: memory holds about one batch whatever the count (1,000 are 0.3–1 MB of CSV). */
export const EXPORT_BATCH = 1000;
/** Downloads of one process that may each hold a connection for their snapshot; the pool has 10 (DEFAULT_POOL_MAX). */
const MOST_SNAPSHOTS = 2;
const SNAPSHOT = { isolationLevel: 'repeatable read', readOnly: true } as const;
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

type Details = Pick<ClaimExportRow, 'id' | 'quote' | 'kind' | 'speaker_mention' | 'article_outlet' | 'article_published' | 'verdict_note' | 'evidence_urls' | 'verdict_by' | 'verdict_at'>;

/**
 * What the list's row lacks, for a batch of claims in one statement: the whole quote (the list reads its first 181
 * characters), its kind, the article's outlet and date, and the verdict the claim holds. A claim whose words moved since
 * its verdict is unreviewed and holds none (as writeVerdict reads it): its old verdict stays on its page, not here.
 */
async function detailsOf(conn: Trx, ids: number[]): Promise<Map<number, Details>> {
  const { rows } = await conn.raw<{ rows: Details[] }>(
    `SELECT c.id, c.quote, c.kind, c.mention_text AS speaker_mention, a.outlet AS article_outlet,
            to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS article_published,
            v.note AS verdict_note, coalesce(v.evidence_urls, '{}') AS evidence_urls,
            (SELECT name FROM users WHERE id = v.reviewer_id) AS verdict_by,
            to_char(v.created_at AT TIME ZONE 'UTC', ${ISO_MS}) AS verdict_at
       FROM claims c
       JOIN articles a ON a.id = c.article_id
       LEFT JOIN LATERAL (SELECT r.reviewer_id, r.note, r.evidence_urls, r.created_at
                            FROM claim_reviews r
                           WHERE r.claim_id = c.id
                           ORDER BY r.created_at DESC, r.id DESC LIMIT 1) v ON c.status <> 'unreviewed'
      WHERE c.id = ANY (?::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** One batch in the list's order from the list's own keyset page, with the details of its claims. */
async function readBatch(conn: Trx, query: ClaimListQuery, size: number) {
  // (the words elsewhere tested on every claim in the list's order, not on the newest ELSEWHERE_WALK: a file holds them all)
  const { rows, more } = await loadClaimListPage(conn, query, size, undefined, undefined, Infinity);
  const details = await detailsOf(conn, rows.map((r) => r.id));
  const claims = rows.map((r): ClaimExportRow => {
    const d = details.get(r.id)!;
    return {
      id: r.id, article_id: r.article_id, article_title: r.article_title, article_outlet: d.article_outlet, article_published: d.article_published,
      quote: d.quote, kind: d.kind, speaker_id: r.speaker_id, speaker_name: r.speaker_name, speaker_mention: d.speaker_mention, source: r.source, status: r.status,
      attribution_status: r.attribution_status, confidence: r.confidence, assignee_name: r.assignee_name, verdict_note: d.verdict_note, evidence_urls: d.evidence_urls, verdict_by: d.verdict_by,
      verdict_at: d.verdict_at, updated_at: r.updated_at,
    };
  });
  return { claims, more, last: rows.at(-1)?.sort_key };
}

let snapshotsHeld = 0;

/**
 * why: a download of many batches should read one state of the claims: a verdict given meanwhile moves its claim to the
 * top of the default order (last change, newest first), behind the download's cursor, and it would be missing from the
 * file. On a PostgreSQL server a REPEATABLE READ READ ONLY transaction across the batches gives that for the price of
 * one pooled connection while the download lasts (writers are not blocked). On the embedded database every connection
 * shares one session, so a transaction left open between batches (while the client reads) would hold up every other
 * request of the newsroom: there, and past MOST_SNAPSHOTS downloads at once, each batch is read in a transaction of its
 * own, consistent in itself, and a claim changed between batches may be missing or appear twice.
 */
async function wholeSnapshot(db: Db): Promise<Trx | null> {
  if (snapshotsHeld >= MOST_SNAPSHOTS || (await servesOneSession(db))) return null;
  snapshotsHeld++;
  try {
    return await db.transaction(SNAPSHOT);
  } catch (err) {
    snapshotsHeld--;
    throw err;
  }
}

/**
 * Every claim the list shows for `query`, all its pages, in its order: batches of the list's keyset pages, each
 * after the last row of the one before. The next batch is read only when asked for, so a client reading slowly is
 * not read ahead of, and one that leaves (return()) ends the reading and the snapshot.
 */
export async function* claimExportBatches(db: Db, query: ClaimListQuery, size = EXPORT_BATCH): AsyncGenerator<ClaimExportRow[], void, undefined> {
  const snapshot = await wholeSnapshot(db);
  try {
    const page: ClaimListQuery = { ...query, cursor: null };
    for (;;) {
      const batch = snapshot ? await readBatch(snapshot, page, size) : await db.transaction((trx) => readBatch(trx, page, size), SNAPSHOT);
      if (batch.claims.length) yield batch.claims;
      if (!batch.more || !batch.last) return;
      page.cursor = { after: batch.last };
    }
  } finally {
    if (snapshot) {
      snapshotsHeld--;
      await snapshot.commit();
    }
  }
}
