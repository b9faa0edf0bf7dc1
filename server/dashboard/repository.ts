import { LITERAL, type Db } from '../db/knex';
import { QUEUE_ORDER } from '../claims/repository';
import { UNCERTAIN_SQL } from '../claims/uncertain';

export interface QueueItem {
  id: number;
  quote: string;
  speaker_name: string | null;
  article_id: number;
  article_title: string;
}

/** The first unreviewed claims of this reviewer's queue, in queue order, from the partial queue index. */
export async function myQueue(db: Db, userId: number, limit: number): Promise<QueueItem[]> {
  return db('claims as c')
    .join('articles as a', 'a.id', 'c.article_id')
    .where({ 'c.assignee_id': userId, 'c.status': 'unreviewed' })
    // why: the queue page and Next go in this order; the dashboard's first item is the one Next opens
    .orderBy(['c.assignee_id', ...QUEUE_ORDER.columns.map((c) => `c.${c}`)])
    .limit(limit, LITERAL)
    .select('c.id', 'c.quote', 'c.speaker_name', 'c.article_id', 'a.title as article_title');
}

/**
 * How many claims have a speaker the engine guessed and no editor has settled, counted up to `cap` + 1 from their
 * partial index (migration 20261207150000): a count of a larger backlog costs no more than one of that size.
 */
export async function uncertainSpeakers(db: Db, cap: number): Promise<number> {
  const { rows } = await db.raw<{ rows: { n: number }[] }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM claims c WHERE ${UNCERTAIN_SQL} LIMIT ${cap + 1}) u`);
  return rows[0]?.n ?? 0;
}

/**
 * How many articles hold a claim with no verdict yet, counted up to `cap` + 1 from the index of such claims by article
 * (migration 20261207200000), read in article order: a few entries an article, never a claim.
 */
export async function articlesBeingChecked(db: Db, cap: number): Promise<number> {
  const { rows } = await db.raw<{ rows: { n: number }[] }>(
    `SELECT count(*)::int AS n FROM (SELECT DISTINCT c.article_id FROM claims c WHERE c.status = 'unreviewed' LIMIT ${cap + 1}) a`,
  );
  return rows[0]?.n ?? 0;
}

export interface ActivityItem {
  id: number;
  /** Null until the event is linked into the chain. */
  seq: number | null;
  occurred_at: Date;
  action: string;
  entity_type: string;
  entity_id: string | null;
  note: string | null;
  /** The status a verdict gave ("disputed"), for a line that says which verdict. */
  verdict: string | null;
  actor_name: string | null;
}

/**
 * Workflow kinds of record; account events (sign-ins, password changes) are not everyone's business. The partial
 * index `audit_events_activity_idx` holds exactly these kinds: a change here needs a migration that changes it.
 */
export const ACTIVITY_ENTITIES = ['article', 'claim', 'speaker'] as const;

const KINDS = ACTIVITY_ENTITIES.map((kind) => `'${kind}'`).join(', ');

/**
 * The latest workflow events, newest written first (an event has its id at once; its seq only once linked into the
 * chain). An event that is part of another (`recordAuditWithParts`: each claim an article's removal, a speaker merge or
 * a deactivation took with it) is left
 * out: the article's or the merge's one event says it, where thousands of its claims' events would fill the list.
 * One backwards walk of a partial index that holds only the events listed, so a removal of ten thousand claims costs
 * the walk nothing; the kinds and the limit are written into the statement for the planner to match that index.
 */
export async function recentActivity(db: Db, limit: number): Promise<ActivityItem[]> {
  const { rows } = await db.raw(
    `SELECT e.id, e.seq, e.occurred_at, e.action, e.entity_type, e.entity_id, e.note, e.verdict, u.name AS actor_name
       FROM (SELECT id, seq, occurred_at, action, entity_type, entity_id, note, actor_id,
                    CASE WHEN action = 'claim.verdict' THEN after ->> 'status' END AS verdict
               FROM audit_events
              WHERE entity_type IN (${KINDS}) AND (after -> 'part_of_event') IS NULL
              ORDER BY id DESC LIMIT ${Math.max(0, Math.trunc(limit))}) e
       LEFT JOIN users u ON u.id = e.actor_id
      ORDER BY e.id DESC`,
  );
  return rows as ActivityItem[];
}

/** Reviews per UTC day since `from`, from the trigger-kept day counters (16 small rows a day). */
export async function reviewsPerDay(db: Db, from: Date): Promise<Map<string, number>> {
  const { rows } = await db.raw(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(reviews)::int AS n FROM claim_review_days WHERE day >= ?::date GROUP BY day`,
    [from.toISOString().slice(0, 10)],
  );
  return new Map((rows as Array<{ day: string; n: number }>).map((r) => [r.day, r.n]));
}
