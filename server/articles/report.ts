import type { Db } from '../db/knex';
import type { ClaimStatus } from '../claims/list-query';
import { speakerUncertain } from '../claims/uncertain';
import type { ArticleClaimRow } from './repository';
import { sameWordsOfClaim, type SameWordsTally } from '../claims/page-repository';

/**
 * An article's fact-check report: what the desk publishes or files once the claims are reviewed. Every claim in the
 * order of the text, each with its speaker, source, the verdict it holds (note, evidence, who gave it and when) and
 * whether an editor has checked its attribution, under a summary that says plainly what is not settled yet.
 */

/** A claim as the article's page reads it, with the verdict it holds. */
export interface ReportClaim
  extends Pick<ArticleClaimRow, 'id' | 'quote' | 'kind' | 'attribution_status' | 'speaker_id' | 'speaker_name' | 'mention_text' | 'source' | 'confidence'> {
  status: ClaimStatus;
  /** The verdict the claim holds; none once it is unreviewed (again), as the claims export reads it. */
  verdict_note: string | null;
  evidence_urls: string[];
  verdict_by: string | null;
  verdict_at: string | null;
  /** The other claims holding the same words (see claims.quote_key), when there are any: counted up to SAME_WORDS_COUNTED. */
  same_words: SameWordsTally | null;
}

export interface ReportArticle {
  id: number;
  title: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published_at: string | null;
  language: string | null;
  translated: boolean;
  republished_by: string | null;
}

export interface ArticleReport {
  article: ReportArticle;
  claims: ReportClaim[];
  /** When the report was read, by the database's clock (UTC, to the minute on the page). */
  asOf: string;
}

const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A time the report read as ISO text, to the minute: "2026-12-07 19:47 UTC". */
export const minuteOf = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/**
 * The report's reads in one statement, in one snapshot: the article's facts, its claims in the order of the text (as
 * its page numbers them) with the verdict each holds and its reviewer's name, how many other claims hold each one's
 * words and their verdicts (one probe of the words' index a claim), and the time of the read.
 */
export async function loadArticleReport(db: Db, id: number): Promise<ArticleReport | undefined> {
  const { rows } = await db.raw<{ rows: Array<{ article: ReportArticle; claims: ReportClaim[]; as_of: string }> }>(
    `SELECT json_build_object('id', a.id, 'title', a.title, 'url', a.url, 'outlet', a.outlet, 'author', a.author,
                              'published_at', to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                              'language', a.language, 'translated', a.translated, 'republished_by', a.republished_by) AS article,
            (SELECT coalesce(json_agg(c ORDER BY c.start_offset, c.end_offset, c.position), '[]')
               FROM (SELECT c.id, c.quote, c.kind, c.status, c.attribution_status, c.speaker_id, c.speaker_name,
                            c.mention_text, c.source, c.confidence, c.start_offset, c.end_offset, c.position,
                            v.note AS verdict_note, coalesce(to_json(v.evidence_urls), '[]') AS evidence_urls,
                            (SELECT name FROM users WHERE id = v.reviewer_id) AS verdict_by,
                            to_char(v.created_at AT TIME ZONE 'UTC', ${ISO_MS}) AS verdict_at,
                            ${sameWordsOfClaim('c')} AS same_words
                       FROM claims c
                       LEFT JOIN LATERAL (SELECT r.reviewer_id, r.note, r.evidence_urls, r.created_at
                                            FROM claim_reviews r
                                           WHERE r.claim_id = c.id
                                           ORDER BY r.created_at DESC, r.id DESC LIMIT 1) v ON c.status <> 'unreviewed'
                      WHERE c.article_id = a.id) c) AS claims,
            to_char(now() AT TIME ZONE 'UTC', ${ISO_MS}) AS as_of
       FROM articles a
      WHERE a.id = ?`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  // (each claim also carries the offsets it was ordered by, which the report does not show)
  return { article: row.article, claims: row.claims, asOf: row.as_of };
}


/** A claim's kind, as the report names it. */
export const KIND_WORDS: Record<string, string> = {
  direct: 'Direct quotation',
  partial: 'Quoted phrase in reported speech',
  indirect: 'Reported speech, no quotation marks',
  unmarked: 'Quotation that lost its marks',
};

/** Who stands behind a claim's speaker, as the report says it after "attribution". */
export const ATTRIBUTION_WORDS: Record<string, string> = {
  proposed: 'proposed by Verbatim, not checked by an editor',
  approved: 'approved by an editor',
  corrected: 'corrected by an editor',
};

export interface ReportSummary {
  claims: number;
  /** "3 claims: 1 disputed, 2 not reviewed yet." (statuses with no claim left out) */
  statusLine: string;
  /** "Attributions: 1 checked by an editor, 2 as Verbatim proposed them; 1 claim names no speaker." */
  attributionLine: string;
  byStatus: Record<ClaimStatus, number>;
  /** Attributions an editor approved or corrected. */
  attributionsChecked: number;
  /** Attributions still as the engine proposed them, and of those the ones whose speaker is a guess. */
  attributionsProposed: number;
  speakersUncertain: number;
  withoutSpeaker: number;
  /** Nothing left to settle: every claim has a verdict and every attribution was checked by an editor. */
  final: boolean;
  /** What keeps the report from being final, in words, or none. */
  open: string[];
}

/** Each status in the summary's order, with its words for one claim and for several. */
const STATUS_WORDS: ReadonlyArray<readonly [ClaimStatus, string, string]> = [
  ['verified', 'verified', 'verified'],
  ['disputed', 'disputed', 'disputed'],
  ['needs_translation_review', 'needs translation review', 'need translation review'],
  ['unreviewed', 'not reviewed yet', 'not reviewed yet'],
];

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function summarise(claims: readonly ReportClaim[]): ReportSummary {
  const byStatus: Record<ClaimStatus, number> = { verified: 0, disputed: 0, needs_translation_review: 0, unreviewed: 0 };
  let attributionsChecked = 0;
  let speakersUncertain = 0;
  let withoutSpeaker = 0;
  for (const c of claims) {
    byStatus[c.status]++;
    if (c.attribution_status !== 'proposed') attributionsChecked++;
    if (speakerUncertain(c)) speakersUncertain++;
    if (c.speaker_id === null) withoutSpeaker++;
  }
  const attributionsProposed = claims.length - attributionsChecked;
  const statuses = STATUS_WORDS.filter(([status]) => byStatus[status] > 0).map(([status, one, many]) => plural(byStatus[status], one, many));
  const statusLine = `${plural(claims.length, 'claim', 'claims')}: ${statuses.join(', ')}.`;
  const noSpeaker = withoutSpeaker ? `; ${plural(withoutSpeaker, 'claim names', 'claims name')} no speaker` : '';
  const attributionLine = `Attributions: ${attributionsChecked.toLocaleString('en-US')} checked by an editor, ${attributionsProposed.toLocaleString('en-US')} as Verbatim proposed them${noSpeaker}.`;
  const open: string[] = [];
  if (byStatus.unreviewed) open.push(`${plural(byStatus.unreviewed, 'claim has', 'claims have')} no verdict yet`);
  if (byStatus.needs_translation_review) {
    open.push(`${plural(byStatus.needs_translation_review, 'claim waits', 'claims wait')} for a review of the translation`);
  }
  if (attributionsProposed) {
    const guesses = speakersUncertain ? ` (${plural(speakersUncertain, 'speaker is', 'speakers are')} uncertain)` : '';
    open.push(`${plural(attributionsProposed, 'attribution is', 'attributions are')} still Verbatim’s proposal, not checked by an editor${guesses}`);
  }
  return { claims: claims.length, statusLine, attributionLine, byStatus, attributionsChecked, attributionsProposed, speakersUncertain, withoutSpeaker, final: open.length === 0, open };
}
