import { recordAudit } from '../audit/service';
import type { Db, Trx } from '../db/knex';
import { notFound } from '../http/errors';
import { TRANSLATED_HINT } from '../extraction/hints';
import { quoteOccurrences } from './quote-text';
import { MAX_QUOTE, placementProblem } from './placement';
import type { AssignInput, NewClaimInput, RemovalInput } from './inputs';
import type { Actor, ClaimChange } from './outcome';
import { updateClaim, type ClaimRow } from './repository';
import type { Span } from '../articles/highlight';
import { changeClaim, Refused } from './change';
import { resolveSpeaker, type SpeakerRef } from './typed-speaker';

export type NewClaimOutcome = { ok: true; claimId: number; createdSpeaker: boolean } | { ok: false; invalid: Record<string, string> };

/**
 * A claim the engine missed, added by an editor: found in the article by its words (once, so there is no doubt which
 * place is meant; outside the site clutter and every other claim), attributed to the speaker typed, unreviewed, with
 * one `claim.create` event. The article row is
 * locked meanwhile, so two editors adding claims to one article get distinct positions and never the same claim twice.
 */
export async function addClaim(db: Db, actor: Actor, articleId: number, input: NewClaimInput): Promise<NewClaimOutcome> {
  try {
    return await db.transaction(async (trx) => {
      const article: { body: string; outlet: string | null; translated: boolean; boilerplate: Span[] } | undefined =
        await trx('articles').where({ id: articleId }).forUpdate().first('body', 'outlet', 'translated', 'boilerplate');
      if (!article) throw notFound('article');
      const found = quoteOccurrences(article.body, input.quote);
      if (found.length === 0) {
        throw new Refused({ quote: 'The article does not have that text (line breaks and the style of quotation marks aside). Copy the words from the article as it writes them.' });
      }
      if (found.length > 1) throw new Refused({ quote: 'Those words appear more than once in the article: type more of the quote, so that it is found in one place only.' });
      const span = found[0]!;
      if (span.end - span.start > MAX_QUOTE) throw new Refused({ quote: `A quote can be at most ${MAX_QUOTE.toLocaleString('en')} characters long.` });
      const problem = await placementProblem(trx, { id: articleId, ...article }, span, input.kind);
      if (problem) throw new Refused({ quote: problem });
      let speaker: SpeakerRef | null = null;
      let created: SpeakerRef | null = null;
      if (input.speaker) {
        const resolved = await resolveSpeaker(trx, actor, input.speaker);
        if ('invalid' in resolved) throw new Refused(resolved.invalid);
        ({ speaker, created } = resolved);
      }
      const { next }: { next: number } = await trx('claims').where({ article_id: articleId }).first(trx.raw('coalesce(max(position), 0) + 1 AS next'));
      const quote = article.body.slice(span.start, span.end);
      const [row]: { id: number }[] = await trx('claims').insert({
        article_id: articleId, position: next, start_offset: span.start, end_offset: span.end, quote, kind: input.kind,
        confidence: 1, translation_hint: article.translated ? TRANSLATED_HINT : null,
        speaker_id: speaker?.id ?? null, speaker_name: speaker?.name ?? null,
        attribution_status: speaker ? 'corrected' : 'proposed',
        evidence: 'added by an editor', source: article.outlet, updated_by: actor.id,
      }).returning('id');
      const claimId = Number(row!.id);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'claim.create',
        entityType: 'claim',
        entityId: claimId,
        after: {
          article_id: articleId, quote, start_offset: span.start, end_offset: span.end, kind: input.kind,
          speaker_id: speaker?.id ?? null, speaker_name: speaker?.name ?? null, ...(created ? { created_speaker: created } : {}),
        },
        note: input.note,
        ip: actor.ip,
      });
      return { ok: true as const, claimId, createdSpeaker: created !== null };
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, invalid: err.invalid };
    throw err;
  }
}

/**
 * Takes out a claim that is no claim (a title, a scare quote the engine took for speech), on the version the editor
 * saw. Its verdicts go with it; the one `claim.remove` event keeps the claim and its verdicts whole, with the reason,
 * so the trail still tells everything that was done to it, and the words can be added back as a claim.
 */
export async function removeClaim(db: Db, actor: Actor, claimId: number, input: RemovalInput): Promise<ClaimChange> {
  return changeClaim(db, claimId, input.version, async (trx, claim) => {
    const reviews = await trx('claim_reviews').where({ claim_id: claimId }).orderBy('id').select('id', 'reviewer_id', 'status', 'note', 'evidence_urls', 'created_at');
    await trx('claim_reviews').where({ claim_id: claimId }).delete();
    await trx('claims').where({ id: claimId }).delete();
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'claim.remove',
      entityType: 'claim',
      entityId: claimId,
      // every column of the claim, so the trail holds all there was to it
      before: { ...claim, reviews },
      after: null,
      note: input.note,
      ip: actor.ip,
    });
    return { ok: true, claim };
  });
}

/**
 * Puts a claim in a reviewer's queue (or takes it out) with one `claim.assign` event. A claim already with that
 * reviewer (or nobody) is left as it is: a new version would turn every verdict form open on it into a conflict.
 */
export async function assignClaim(db: Db, actor: Actor, claimId: number, input: AssignInput): Promise<ClaimChange> {
  const assigneeId = input.assignee === 'me' ? actor.id : input.assignee;
  // a deactivated assignee is no assignment to keep: the form says to choose someone else
  const alreadySo = async (trx: Trx, claim: ClaimRow) => claim.assignee_id === assigneeId && (assigneeId === null || (await isActiveUser(trx, assigneeId)));
  return changeClaim(db, claimId, input.version, async (trx, claim) => {
    // why: locked, so a deactivation under way (which gives the person's queue back to nobody) finishes first and
    // this refuses, or waits for this one and releases the claim with the rest
    if (assigneeId !== null && !(await isActiveUser(trx, assigneeId, true))) return { ok: false, invalid: { assignee: 'That reviewer does not exist or is deactivated.' } };
    const updated = await updateClaim(trx, claim.id, actor.id, { assignee_id: assigneeId });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'claim.assign',
      entityType: 'claim',
      entityId: claim.id,
      before: { assignee_id: claim.assignee_id, version: claim.version },
      after: { assignee_id: updated.assignee_id, version: updated.version },
      ip: actor.ip,
    });
    return { ok: true, claim: updated };
  }, { alreadySo });
}

/** Whether the account exists and is active; with `lock`, held (shared) until the transaction ends. */
export async function isActiveUser(trx: Trx, id: number, lock = false): Promise<boolean> {
  const qb = trx('users').where({ id, active: true });
  return (await (lock ? qb.forShare() : qb).first('id')) !== undefined;
}
