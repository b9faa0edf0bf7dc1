import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { withIndexesRebuilt } from './bulk';
import { CLAIMS_PER_ARTICLE, type SeedPlan } from './stages';

/**
 * The event history goes out of the database once, in time order, and comes back as audit events and reviews:
 * Node hashes the chain (about a microsecond an event, where a plpgsql loop took fifty) and COPY loads both tables
 * on two more connections at once, each with its indexes rebuilt after. Nothing is staged.
 */
const AUDIT_COLUMNS = 'seq, occurred_at, actor_id, action, entity_type, entity_id, before, after, note, ip, prev_hash, hash';
const REVIEW_COLUMNS = 'claim_id, reviewer_id, status, note, evidence_urls, created_at';

/**
 * Every event in time order (article imports, then each claim's assign/verdict/approval), as the nine audit columns
 * after seq, the review a verdict also writes (NULLs otherwise) and `rest`: the hashed text after seq, built by
 * jsonb itself so it is exactly what audit_event_hash() will recompute. Needs the helpers of createHelpers().
 */
export function eventRowsSql(p: SeedPlan): string {
  return `
    SELECT t, actor_id, action, entity_type, entity_id, before, after, note, ip,
           CASE WHEN verdict THEN ${p.base.claim} + n END, CASE WHEN verdict THEN pg_temp.verdict(n, j) END,
           CASE WHEN verdict THEN ARRAY['https://evidence.example.org/' || n] END,
           substr(jsonb_build_array(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                    actor_id, action, entity_type, entity_id, before, after, note, ip)::text, 2)
      FROM (SELECT e.t, e.n, e.j, e.kind = 1 AND e.j NOT IN (0, 2) AS verdict,
                   CASE WHEN e.kind = 0 THEN pg_temp.actor(e.n, 1) ELSE pg_temp.actor(e.n, e.j) END AS actor_id,
                   CASE WHEN e.kind = 0 THEN 'article.create' WHEN e.j = 0 THEN 'claim.assign'
                        WHEN e.j = 2 THEN 'claim.attribution_approve' ELSE 'claim.verdict' END AS action,
                   CASE WHEN e.kind = 0 THEN 'article' ELSE 'claim' END AS entity_type,
                   (CASE WHEN e.kind = 0 THEN ${p.base.article} ELSE ${p.base.claim} END + e.n)::text AS entity_id,
                   CASE WHEN e.kind = 0 THEN NULL
                        WHEN e.j = 0 THEN jsonb_build_object('assignee_id', NULL, 'version', 1)
                        WHEN e.j = 2 THEN jsonb_build_object('attribution_status', 'proposed', 'version', 3)
                        ELSE jsonb_build_object('status', pg_temp.status_after(e.n, e.j - 1), 'version', e.j + 1) END AS before,
                   CASE WHEN e.kind = 0 THEN jsonb_build_object('title', e.title, 'claims', ${CLAIMS_PER_ARTICLE})
                        WHEN e.j = 0 THEN jsonb_build_object('assignee_id', pg_temp.actor(e.n, 1), 'version', 2)
                        WHEN e.j = 2 THEN jsonb_build_object('attribution_status', 'approved', 'version', 4)
                        ELSE jsonb_build_object('status', pg_temp.verdict(e.n, e.j), 'version', e.j + 2,
                                                'evidence_urls', jsonb_build_array('https://evidence.example.org/' || e.n)) END AS after,
                   CASE WHEN e.kind = 1 AND e.j NOT IN (0, 2) AND pg_temp.verdict(e.n, e.j) <> 'verified'
                        THEN 'Checked against the published record' END AS note,
                   '203.0.113.' || (1 + pg_temp.rnd(e.n + e.j) % 250) AS ip
              FROM (SELECT t, kind, n, j, title
                      FROM (SELECT created_at AS t, 0 AS kind, a AS n, -1 AS j, title FROM seed_articles
                            UNION ALL
                            SELECT c.article_created_at + (j + 1) * c.step, 1, c.n, j, NULL
                              FROM seed_claims c, generate_series(0, c.k - 1) j) u
                     ORDER BY t, kind, n, j OFFSET 0) e) x`;
}

interface ChainHead {
  seq: number;
  hash: string;
}

/** Loads the history as audit events and reviews; `connect` opens the two loading connections. */
export async function loadEventHistory(
  db: pg.Client,
  p: SeedPlan,
  connect: () => Promise<pg.Client>,
): Promise<{ events: number; reviews: number }> {
  const auditDb = await connect();
  const reviewDb = await connect();
  const auditRows = new PassThrough({ highWaterMark: 1 << 20 });
  const reviewRows = new PassThrough({ highWaterMark: 1 << 20 });
  let chainHead: (head: ChainHead) => void = () => undefined;
  let noHead: (error: unknown) => void = () => undefined;
  const head = new Promise<ChainHead>((resolve, reject) => {
    chainHead = resolve;
    noHead = reject;
  });
  const fail = (error: unknown) => {
    noHead(error);
    auditRows.destroy(error as Error);
    reviewRows.destroy(error as Error);
    throw error;
  };
  try {
    const settled = await Promise.allSettled([
      head.then((h) => streamEvents(db.query(copyTo(`COPY (${eventRowsSql(p)}) TO STDOUT`)), h, auditRows, reviewRows)).catch(fail),
      withIndexesRebuilt(auditDb, ['audit_events'], async () => {
        chainHead(await lockChain(auditDb));
        await pipeline(auditRows, auditDb.query(copyFrom(`COPY audit_events (${AUDIT_COLUMNS}) FROM STDIN`)));
      }).catch(fail),
      withIndexesRebuilt(reviewDb, ['claim_reviews'], async () => {
        const { rows: [last] } = await reviewDb.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM claim_reviews');
        await pipeline(reviewRows, reviewDb.query(copyFrom(`COPY claim_reviews (${REVIEW_COLUMNS}) FROM STDIN`)));
        await countReviewDays(reviewDb, Number(last!.id));
      }).catch(fail),
    ]);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return (settled[0] as PromiseFulfilledResult<{ events: number; reviews: number }>).value;
  } finally {
    await Promise.all([auditDb.end(), reviewDb.end()]);
  }
}

/** Takes the chain's advisory lock, the one every linker takes, so nothing is linked meanwhile, and reads its end. */
async function lockChain(db: pg.Client): Promise<ChainHead> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('audit_events_chain'))`);
  const { rows: [last] } = await db.query<{ seq: string; hash: string }>(`
    SELECT coalesce(max(seq), 0) AS seq,
           coalesce((SELECT hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1), repeat('0', 64)) AS hash
      FROM audit_events`);
  return { seq: Number(last!.seq), hash: last!.hash };
}

/** The dashboard's reviews-per-day counters, which the (now skipped) statement trigger keeps for ordinary inserts. */
async function countReviewDays(db: pg.Client, afterId: number): Promise<void> {
  await db.query(`
    INSERT INTO claim_review_days AS d (day, shard, reviews)
    SELECT (created_at AT TIME ZONE 'UTC')::date, id % 16, count(*) FROM claim_reviews WHERE id > $1 GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, shard) DO UPDATE SET reviews = d.reviews + EXCLUDED.reviews`, [afterId]);
}

/**
 * Reads the rows of eventRowsSql() in COPY text form and writes each as the chain's next link, computing its hash
 * exactly as audit_event_hash() does: sha256 of `["prev_hash", seq, rest`.
 */
export async function streamEvents(
  source: Readable,
  head: ChainHead,
  auditRows: Writable,
  reviewRows: Writable,
): Promise<{ events: number; reviews: number }> {
  const decoder = new StringDecoder('utf8');
  let { seq, hash: prev } = head;
  let partial = '';
  let reviews = 0;
  const first = seq;
  const write = async (stream: Writable, text: string) => {
    if (text && !stream.write(text)) await once(stream, 'drain');
  };
  for await (const chunk of source) {
    const lines = (partial + decoder.write(chunk as Buffer)).split('\n');
    partial = lines.pop()!;
    let audit = '';
    let review = '';
    for (const line of lines) {
      const f = line.split('\t');
      seq++;
      const hash = createHash('sha256').update(`["${prev}", ${seq}, ${unescapeCopyText(f[12]!)}`).digest('hex');
      audit += `${seq}\t${f.slice(0, 9).join('\t')}\t${prev}\t${hash}\n`;
      prev = hash;
      if (f[9] !== '\\N') {
        review += `${f[9]}\t${f[1]}\t${f[10]}\t${f[7]}\t${f[11]}\t${f[0]}\n`;
        reviews++;
      }
    }
    await write(auditRows, audit);
    await write(reviewRows, review);
  }
  if (partial + decoder.end()) throw new Error('the event history ended in the middle of a row');
  auditRows.end();
  reviewRows.end();
  return { events: seq - first, reviews };
}

const COPY_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A field of COPY's text format back to its value (the hashed text only ever holds these escapes). */
export function unescapeCopyText(field: string): string {
  return field.includes('\\') ? field.replace(/\\(.)/g, (_, c: string) => COPY_ESCAPES[c] ?? c) : field;
}
