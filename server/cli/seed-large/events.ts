import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { eventHash } from '../../audit/event-hash';
import { withIndexesRebuilt } from './bulk';
import { CLAIMS_PER_ARTICLE, type SeedPlan } from './stages';

/**
 * The event history is read once, in time order, as a few numbers an event, and comes back as audit events and
 * reviews: Node writes each event's JSON and hashes the chain (a few microseconds an event, where building jsonb in
 * SQL took twenty and a plpgsql loop hashing them fifty), and COPY loads both tables on two more connections at
 * once, each with its indexes rebuilt after. Nothing is staged.
 */
const AUDIT_COLUMNS = 'seq, occurred_at, actor_id, action, entity_type, entity_id, before, after, note, ip, prev_hash, hash';
const REVIEW_COLUMNS = 'claim_id, reviewer_id, status, note, evidence_urls, created_at';
/** Indexes the rows arrive in the key order of: appended to as they come, they need no heap scan and sort after. */
const IN_LOAD_ORDER = ['audit_events_seq_key', 'audit_events_occurred_at_id_idx', 'claim_reviews_created_at_idx'];
const VERDICTS = ['verified', 'disputed', 'needs_translation_review'] as const;
const NOTE = 'Checked against the published record';

/**
 * Every event in time order: article imports (kind 0), then each claim's events (kind 1), j-th of its history:
 * 0 assigns, 2 approves the attribution, the others are verdicts. With the values that come from the seed's hash
 * of row numbers (actor, assignee, ip); the rest follows from n and j. Needs the helpers of createHelpers().
 */
export function eventKeysSql(): string {
  return `
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), kind, n, j, title,
           CASE WHEN kind = 0 THEN pg_temp.actor(n, 1) ELSE pg_temp.actor(n, j) END,
           CASE WHEN kind = 1 AND j = 0 THEN pg_temp.actor(n, 1) END,
           1 + pg_temp.rnd(n + j) % 250
      FROM (SELECT t, kind, n, j, title
              FROM (SELECT created_at AS t, 0 AS kind, a AS n, -1 AS j, title FROM seed_articles
                    UNION ALL
                    SELECT c.article_created_at + (j + 1) * c.step, 1, c.n, j, NULL
                      FROM seed_claims c, generate_series(0, c.k - 1) j) u
             ORDER BY t, kind, n, j OFFSET 0) e`;
}

interface SeededEvent {
  action: string;
  entityType: string;
  entityId: number;
  before: string | null;
  after: string;
  note: string | null;
  verdict: string | null;
}

/**
 * An event's content; before and after as jsonb prints them (keys by length, then bytes; ", " and ": "). Every
 * event is built with the same fields in the same order: objects of one shape keep the hot loop fast.
 */
export function seededEvent(p: Pick<SeedPlan, 'base'>, kind: number, n: number, j: number, title: string, assignee: string): SeededEvent {
  if (kind === 0) {
    const after = `{"title": ${JSON.stringify(title)}, "claims": ${CLAIMS_PER_ARTICLE}}`;
    return { action: 'article.create', entityType: 'article', entityId: p.base.article + n, before: null, after, note: null, verdict: null };
  }
  const claim = p.base.claim + n;
  if (j === 0) return claimEvent(claim, 'claim.assign', '{"version": 1, "assignee_id": null}', `{"version": 2, "assignee_id": ${assignee}}`, null, null);
  if (j === 2) {
    return claimEvent(claim, 'claim.attribution_approve', '{"version": 3, "attribution_status": "proposed"}',
      '{"version": 4, "attribution_status": "approved"}', null, null);
  }
  const verdict = VERDICTS[(n + j) % 3]!;
  const previous = j === 1 ? 'unreviewed' : VERDICTS[(n + (j === 3 ? 1 : j - 1)) % 3]!;
  const evidence = `["https://evidence.example.org/${n}"]`;
  return claimEvent(claim, 'claim.verdict', `{"status": "${previous}", "version": ${j + 1}, "evidence_urls": ${j === 1 ? '[]' : evidence}}`,
    `{"status": "${verdict}", "version": ${j + 2}, "evidence_urls": ${evidence}}`,
    verdict === 'verified' ? null : NOTE, verdict);
}

function claimEvent(entityId: number, action: string, before: string, after: string, note: string | null, verdict: string | null): SeededEvent {
  return { action, entityType: 'claim', entityId, before, after, note, verdict };
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
      head.then((h) => streamEvents(p, db.query(copyTo(`COPY (${eventKeysSql()}) TO STDOUT`)), h, auditRows, reviewRows)).catch(fail),
      withIndexesRebuilt(auditDb, ['audit_events'], async () => {
        chainHead(await lockChain(auditDb));
        await pipeline(auditRows, auditDb.query(copyFrom(`COPY audit_events (${AUDIT_COLUMNS}) FROM STDIN`)));
      }, IN_LOAD_ORDER).catch(fail),
      withIndexesRebuilt(reviewDb, ['claim_reviews'], async () => {
        const { rows: [last] } = await reviewDb.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM claim_reviews');
        await pipeline(reviewRows, reviewDb.query(copyFrom(`COPY claim_reviews (${REVIEW_COLUMNS}) FROM STDIN`)));
        await countReviewDays(reviewDb, Number(last!.id));
      }, IN_LOAD_ORDER).catch(fail),
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
 * Reads the rows of eventKeysSql() in COPY text form and writes each event as the chain's next link, hashed as the
 * verifier hashes it (eventHash, the text audit_event_hash() hashes): before and after are already jsonb's text.
 */
export async function streamEvents(
  p: Pick<SeedPlan, 'base'>,
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
      const [at, kind, n, j, title, actor, assignee, ip] = line.split('\t') as [string, string, string, string, string, string, string, string];
      const e = seededEvent(p, Number(kind), Number(n), Number(j), unescapeCopyText(title), assignee);
      seq++;
      const hash = eventHash({
        prevHash: prev, seq, occurredAt: at, actorId: actor, action: e.action, entityType: e.entityType, entityId: String(e.entityId),
        before: e.before, after: e.after, note: e.note, ip: `203.0.113.${ip}`,
      });
      audit += `${seq}\t${at}\t${actor}\t${e.action}\t${e.entityType}\t${e.entityId}\t${copyText(e.before)}\t${copyText(e.after)}\t` +
        `${copyText(e.note)}\t203.0.113.${ip}\t${prev}\t${hash}\n`;
      prev = hash;
      if (e.verdict) {
        review += `${e.entityId}\t${actor}\t${e.verdict}\t${copyText(e.note)}\t{https://evidence.example.org/${n}}\t${at}\n`;
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

/** A field of COPY's text format back to its value (COPY writes only these escapes). */
export function unescapeCopyText(field: string): string {
  return field.includes('\\') ? field.replace(/\\(.)/g, (_, c: string) => COPY_ESCAPES[c] ?? c) : field;
}

/** A value as a field of COPY's text format. */
export function copyText(value: string | null): string {
  return value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}
