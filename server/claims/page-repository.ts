import type { Db, Trx } from '../db/knex';
import type { ReviewRow } from '../reviews/repository';
import { CLAIM_STATUSES, type ClaimStatus } from './list-query';
import type { ClaimEvent } from './history-repository';
import { CLAIM_COLUMNS, type ClaimDetail, type PersonRef } from './repository';
import { personLabel } from '../users/repository';
import { ACTIVE_PEOPLE_SQL, people, type RankedPerson } from './reviewer-options';

const HISTORY_LIMIT = 100;
const REVIEWS_LIMIT = 50;
/** Claims with the same words listed on a claim's page; the rest are counted, up to SAME_WORDS_COUNTED. */
export const SAME_WORDS_LIMIT = 5;
export const SAME_WORDS_COUNTED = 1000;

/**
 * A SameWordsTally's columns, over rows of other claims holding the words (with their `status` and `speaker_id`):
 * how many, how many hold each status (none for a status no claim holds), and how many name a speaker other than
 * `speakerId`, the SQL of this claim's speaker. One pass over the rows.
 */
export function sameWordsTally(speakerId: string): string {
  const byStatus = CLAIM_STATUSES.map((s) => `'${s}', nullif(count(*) FILTER (WHERE status = '${s}'), 0)`).join(', ');
  return `count(*) AS count, json_strip_nulls(json_build_object(${byStatus})) AS by_status,
          count(*) FILTER (WHERE speaker_id IS NOT NULL AND speaker_id IS DISTINCT FROM ${speakerId}) AS other_speakers`;
}

/**
 * The SameWordsTally of the claim `alias` (a row of claims with its quote_key and speaker_id) as json, null when no
 * other claim holds its words: one probe of the words' index, counted up to SAME_WORDS_COUNTED (an article's page and
 * its report, claim by claim).
 */
export function sameWordsOfClaim(alias: string): string {
  return `(SELECT to_json(t) FROM (SELECT ${sameWordsTally(`${alias}.speaker_id`)}
                                     FROM (SELECT o.status, o.speaker_id FROM claims o
                                            WHERE o.quote_key = ${alias}.quote_key AND o.id <> ${alias}.id LIMIT ${SAME_WORDS_COUNTED}) o
                                   HAVING count(*) > 0) t)`;
}

/** The counts of the other claims holding a claim's words (see sameWordsTally). */
export interface SameWordsTally {
  /** How many there are, up to SAME_WORDS_COUNTED. */
  count: number;
  /** Of those counted, how many hold each status. */
  by_status: Partial<Record<ClaimStatus, number>>;
  /** Of those counted, how many name a speaker other than this claim's (any speaker, where this claim names none). */
  other_speakers: number;
}

/** The other claims holding a claim's words: their counts, and a few of them. */
export interface SameWords extends SameWordsTally {
  /** SAME_WORDS_LIMIT of them at most, those holding a verdict first, then the most recently changed. */
  claims: SameWordsClaim[];
}

/** Another claim holding the same words, as the claim page lists it, with the verdict it holds. */
export interface SameWordsClaim {
  id: number;
  article_id: number;
  article_title: string;
  article_outlet: string | null;
  /** The article's publication day, "2026-03-24", or null when unknown. */
  article_published: string | null;
  speaker_id: number | null;
  speaker_name: string | null;
  mention_text: string | null;
  status: ClaimStatus;
  attribution_status: string;
  /** The verdict it holds (none while unreviewed): who gave it, when (ISO), its note and evidence links. */
  verdict_by: string | null;
  verdict_at: string | null;
  verdict_note: string | null;
  evidence_urls: string[];
}

/** A verdict as the claim page lists it. */
export interface PageReview extends ReviewRow {
  /** The quote's words when the verdict was given, when they have moved since (else null). */
  earlier_quote: string | null;
  /** The speaker the claim was attributed to when the verdict was given, when a correction has changed it since (else null). */
  earlier_speaker: { id: number | null; name: string | null } | null;
}

export interface ClaimPageData {
  claim: ClaimDetail;
  reviews: PageReview[];
  events: ClaimEvent[];
  /** Speakers already attributed in the claim's article: the likely choices when correcting an attribution. */
  speakerChoices: PersonRef[];
  /** Active accounts a claim can be assigned to. */
  reviewers: PersonRef[];
  /**
   * Other claims holding the same words (null when the quote is too short to compare): how many, up to
   * SAME_WORDS_COUNTED, and of those, SAME_WORDS_LIMIT at most, the ones holding a verdict first, then the most
   * recently changed.
   */
  sameWords: SameWords | null;
}

interface PageRow {
  claim: (Omit<ClaimDetail, 'created_at' | 'updated_at' | 'article_published_at'> & { created_at: string; updated_at: string; article_published_at: string | null }) | null;
  reviews: (Omit<PageReview, 'created_at'> & { created_at: string })[];
  events: (Omit<ClaimEvent, 'occurred_at'> & { occurred_at: string })[];
  speakers: PersonRef[];
  reviewers: RankedPerson[] | null;
  same_words: SameWords | null;
}

/**
 * Everything the claim page shows, in one statement: the claim with its article and names, its verdicts, its
 * history from the audit trail, the speakers of its article and the reviewers. Five round trips were five
 * parses, plans and waits per page view. A verdict carries the words it was given on, read from the first event after
 * it that moved the quote (each holds the words before and after), when one did; and so the speaker, from the first
 * correction after it to another speaker (a merge is the same person under the name kept, so it does not count).
 * The claims holding the same words are found through the index of their words' key (claims.quote_key), one probe,
 * counted by status and ordered from what that index holds, and only the few listed are read from the claims and
 * joined to their articles and latest verdicts (read only for those holding one: an unreviewed claim's latest review
 * no longer holds).
 */
export async function loadClaimPage(db: Db | Trx, id: number): Promise<ClaimPageData | undefined> {
  const result = await db.raw(
    `WITH claim AS (
       SELECT ${CLAIM_COLUMNS.map((col) => `c.${col}`).join(', ')},
              a.title AS article_title, a.body AS article_body, a.url AS article_url, a.outlet AS article_outlet,
              a.published_at AS article_published_at, a.translated AS article_translated,
              (SELECT name FROM speakers WHERE id = c.proposed_speaker_id) AS proposed_speaker_name,
              (SELECT ${personLabel('u')} FROM users u WHERE u.id = c.assignee_id) AS assignee_name,
              (SELECT name FROM users WHERE id = c.updated_by) AS updated_by_name
         FROM claims c
         JOIN articles a ON a.id = c.article_id
        WHERE c.id = :id
     ),
     moves AS (
       SELECT e.occurred_at, e.id, e.before ->> 'quote' AS quote
         FROM audit_events e
        WHERE e.entity_type = 'claim' AND e.entity_id = :entityId AND e.before -> 'quote' IS NOT NULL AND e.after -> 'quote' IS NOT NULL
     ),
     twins AS (
       SELECT o.id, o.status, o.speaker_id, o.updated_at
         FROM claims o
        WHERE o.quote_key = (SELECT quote_key FROM claims WHERE id = :id) AND o.id <> :id
        LIMIT :sameWordsCounted
     ),
     recasts AS (
       SELECT e.occurred_at, e.id, json_build_object('id', e.before -> 'speaker_id', 'name', e.before ->> 'speaker_name') AS speaker
         FROM audit_events e
        WHERE e.entity_type = 'claim' AND e.entity_id = :entityId AND e.action = 'claim.attribution_correct'
          AND e.before -> 'speaker_id' IS DISTINCT FROM e.after -> 'speaker_id'
     )
     SELECT
       (SELECT to_json(claim) FROM claim) AS claim,
       (SELECT coalesce(json_agg(r ORDER BY r.created_at DESC, r.id DESC), '[]')
          FROM (SELECT r.id, r.claim_id, r.reviewer_id, (SELECT name FROM users WHERE id = r.reviewer_id) AS reviewer_name,
                       r.status, r.note, r.evidence_urls, r.created_at,
                       (SELECT m.quote FROM moves m WHERE m.occurred_at > r.created_at ORDER BY m.occurred_at, m.id LIMIT 1) AS earlier_quote,
                       (SELECT s.speaker FROM recasts s WHERE s.occurred_at > r.created_at ORDER BY s.occurred_at, s.id LIMIT 1) AS earlier_speaker
                  FROM claim_reviews r
                 WHERE r.claim_id = :id
                 ORDER BY r.created_at DESC, r.id DESC LIMIT :reviews) r) AS reviews,
       (SELECT coalesce(json_agg(json_build_object('id', e.id, 'actor_id', e.actor_id, 'actor_name', e.actor_name, 'action', e.action,
                 'before', e.before, 'after', e.after, 'note', e.note, 'occurred_at', e.occurred_at) ORDER BY e.id DESC), '[]')
          FROM (SELECT e.id, e.actor_id, (SELECT name FROM users WHERE id = e.actor_id) AS actor_name,
                       e.action, e.before, e.after, e.note, e.occurred_at
                  FROM audit_events e
                 WHERE e.entity_type = 'claim' AND e.entity_id = :entityId
                 ORDER BY e.id DESC LIMIT :history) e) AS events,
       (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id), '[]')
          FROM speakers s
         WHERE s.id IN (SELECT o.speaker_id FROM claims o WHERE o.article_id = (SELECT article_id FROM claim) AND o.speaker_id IS NOT NULL)) AS speakers,
       ${ACTIVE_PEOPLE_SQL} AS reviewers,
       CASE WHEN (SELECT quote_key FROM claims WHERE id = :id) IS NOT NULL THEN json_build_object(
         'claims', (SELECT coalesce(json_agg(t ORDER BY t.unreviewed, t.updated_at DESC, t.id DESC), '[]')
                      FROM (SELECT t.id, o.article_id, a.title AS article_title, a.outlet AS article_outlet,
                                   to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS article_published,
                                   t.speaker_id, o.speaker_name, o.mention_text, t.status, o.attribution_status,
                                   t.status = 'unreviewed' AS unreviewed, t.updated_at,
                                   (SELECT name FROM users WHERE id = v.reviewer_id) AS verdict_by,
                                   to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS verdict_at,
                                   v.note AS verdict_note, coalesce(to_json(v.evidence_urls), '[]') AS evidence_urls
                              FROM (SELECT * FROM twins ORDER BY status = 'unreviewed', updated_at DESC, id DESC LIMIT :sameWords) t
                              JOIN claims o ON o.id = t.id
                              JOIN articles a ON a.id = o.article_id
                              LEFT JOIN LATERAL (SELECT r.reviewer_id, r.note, r.evidence_urls, r.created_at
                                                   FROM claim_reviews r
                                                  WHERE r.claim_id = t.id AND t.status <> 'unreviewed'
                                                  ORDER BY r.created_at DESC, r.id DESC LIMIT 1) v ON true) t),
         'count', n.count, 'by_status', n.by_status, 'other_speakers', n.other_speakers) END AS same_words
       FROM (SELECT ${sameWordsTally('(SELECT speaker_id FROM claim)')} FROM twins) n`,
    { id, entityId: String(id), reviews: REVIEWS_LIMIT, history: HISTORY_LIMIT, sameWords: SAME_WORDS_LIMIT, sameWordsCounted: SAME_WORDS_COUNTED },
  );
  const row = (result.rows as PageRow[])[0];
  if (!row?.claim) return undefined;
  const c = row.claim;
  return {
    claim: {
      ...c,
      created_at: new Date(c.created_at),
      updated_at: new Date(c.updated_at),
      article_published_at: c.article_published_at === null ? null : new Date(c.article_published_at),
    },
    // a quote moved back to the words a verdict was given on leaves that verdict on the words the claim has, and so
    // does a claim given back to the speaker it had
    reviews: row.reviews.map((r) => ({
      ...r, created_at: new Date(r.created_at), earlier_quote: r.earlier_quote === c.quote ? null : r.earlier_quote,
      earlier_speaker: r.earlier_speaker?.id === c.speaker_id ? null : r.earlier_speaker,
    })),
    events: row.events.map((e) => ({ ...e, occurred_at: new Date(e.occurred_at) })),
    speakerChoices: row.speakers,
    reviewers: people(row.reviewers),
    sameWords: row.same_words,
  };
}
