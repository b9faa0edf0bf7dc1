import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/knex';
import { speakerNameKey } from '../../server/speakers/repository';

export interface FixtureClaim {
  /** Text that occurs in the article body; the claim's offsets point at its first occurrence. */
  quote: string;
  speaker?: string | null;
  source?: string | null;
  status?: 'unreviewed' | 'verified' | 'disputed' | 'needs_translation_review';
  assigneeId?: number | null;
  mention?: string;
  translationHint?: string | null;
  /** The engine's confidence, 0.9 unless said. */
  confidence?: number;
  attributionStatus?: 'proposed' | 'approved' | 'corrected';
}

export interface FixtureArticle {
  articleId: number;
  claimIds: number[];
  speakerIds: Record<string, number>;
}

/** A live speaker with this name, created if the name key is new (speakers are shared across articles). */
export async function fixtureSpeaker(db: Db, name: string): Promise<number> {
  const key = speakerNameKey(name);
  const existing: { id: number } | undefined = await db('speakers').where({ name_key: key }).whereNull('merged_into_id').first('id');
  if (existing) return existing.id;
  const [row] = await db('speakers').insert({ name, name_key: key }).returning('id');
  return (row as { id: number }).id;
}

/** An article and its claims written straight to the tables, the way an import leaves them. */
export async function insertArticleWithClaims(db: Db, createdBy: number, body: string, claims: FixtureClaim[], title = 'Fixture article'): Promise<FixtureArticle> {
  const [article] = await db('articles')
    .insert({ title, body, content_hash: randomUUID(), import_method: 'paste', created_by: createdBy, outlet: 'Fixture Times' })
    .returning('id');
  const articleId = (article as { id: number }).id;
  const speakerIds: Record<string, number> = {};
  const claimIds: number[] = [];
  for (const [position, c] of claims.entries()) {
    const start = body.indexOf(c.quote);
    if (start < 0) throw new Error(`fixture quote not in body: ${c.quote}`);
    const speakerId = c.speaker ? (speakerIds[c.speaker] ??= await fixtureSpeaker(db, c.speaker)) : null;
    const mentionAt = c.mention ? body.indexOf(c.mention) : -1;
    const [row] = await db('claims')
      .insert({
        article_id: articleId,
        position,
        start_offset: start,
        end_offset: start + c.quote.length,
        quote: c.quote,
        kind: 'direct',
        confidence: c.confidence ?? 0.9,
        attribution_status: c.attributionStatus ?? 'proposed',
        proposed_speaker_id: speakerId,
        speaker_id: speakerId,
        speaker_name: c.speaker ?? null,
        mention_start: mentionAt >= 0 ? mentionAt : null,
        mention_end: mentionAt >= 0 ? mentionAt + c.mention!.length : null,
        mention_text: c.mention ?? null,
        source: c.source ?? null,
        status: c.status ?? 'unreviewed',
        assignee_id: c.assigneeId ?? null,
        translation_hint: c.translationHint ?? null,
      })
      .returning('id');
    claimIds.push((row as { id: number }).id);
  }
  return { articleId, claimIds, speakerIds };
}

/** A user row for service tests that do not sign in (HTTP tests use the harness's createUser). */
export async function insertReviewer(db: Db, role: 'fact_checker' | 'editor' | 'admin' = 'fact_checker', name = 'Reviewer'): Promise<number> {
  const [row] = await db('users')
    .insert({ email: `${randomUUID()}@example.test`, name, role, password_hash: 'not-a-hash' })
    .returning('id');
  return (row as { id: number }).id;
}
