import { recordAudit } from '../audit/service';
import type { Db, Trx } from '../db/knex';
import { notFound } from '../http/errors';
import { claimEventsSince } from './history-repository';
import { TRANSLATED_HINT } from '../extraction/hints';
import { quoteOccurrences } from './quote-text';
import { MAX_QUOTE, placementProblem, quoteBounds } from './placement';
import type { AssignInput, AttributionInput, NewClaimInput, RemovalInput } from './inputs';
import type { Actor, ClaimChange } from './outcome';
import { lockArticleOfClaim, lockClaim, updateClaim, type ClaimPatch, type ClaimRow } from './repository';
import type { Span } from '../articles/highlight';
import { findLiveSpeakerForKey, findOrCreateSpeaker, liveSpeaker, liveSpeakersWithAlias, speakerNameKey } from '../speakers/repository';

type SpeakerRef = { id: number; name: string; name_key: string };

class Refused extends Error {
  constructor(readonly invalid: Record<string, string>) {
    super('change refused');
  }
}

interface ChangeOptions {
  /** Lock the claim's article first: the change may move the quote, and no two claims may share words. */
  lockArticle?: boolean;
  /**
   * The claim already reads as the form asks (sent twice, or someone made the same change): the form is done, on
   * whatever version, and nothing is written.
   */
  alreadySo?: (trx: Trx, claim: ClaimRow) => Promise<boolean>;
}

/**
 * Locks the claim and refuses a form built from another version; `change` runs only on the current version.
 * A change found invalid half-way rolls back whatever it had written (a speaker it created, say).
 */
async function changeClaim(db: Db, claimId: number, version: number, change: (trx: Trx, claim: ClaimRow) => Promise<ClaimChange>, options: ChangeOptions = {}): Promise<ClaimChange> {
  try {
    return await db.transaction(async (trx) => {
      if (options.lockArticle) await lockArticleOfClaim(trx, claimId);
      const claim = await lockClaim(trx, claimId);
      if (!claim) throw notFound('claim');
      if (options.alreadySo && (await options.alreadySo(trx, claim))) return { ok: true, claim, alreadySo: true };
      if (claim.version !== version) return { ok: false, conflict: { current: claim, events: await claimEventsSince(trx, claimId, version) } };
      const result = await change(trx, claim);
      if (!result.ok && 'invalid' in result) throw new Refused(result.invalid);
      return result;
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, invalid: err.invalid };
    throw err;
  }
}

const attributionOf = (c: ClaimRow) => ({
  speaker_id: c.speaker_id,
  speaker_name: c.speaker_name,
  attribution_status: c.attribution_status,
  start_offset: c.start_offset,
  end_offset: c.end_offset,
  version: c.version,
});

/**
 * An editor's review of who said a claim: approve the proposed speaker, or correct it to another speaker (an
 * existing one, or a new one created here and recorded inside the claim's single audit event) and, optionally,
 * the quote's boundaries in the article text. The denormalised speaker name changes in the same write.
 */
export async function reviewAttribution(db: Db, actor: Actor, claimId: number, input: AttributionInput): Promise<ClaimChange> {
  return changeClaim(db, claimId, input.version, async (trx, claim) => {
    let patch: ClaimPatch;
    let createdSpeaker: SpeakerRef | null = null;
    if (input.action === 'approve') {
      if (claim.speaker_id === null) return { ok: false, invalid: { action: 'There is no speaker to approve: correct the attribution instead.' } };
      patch = { attribution_status: 'approved' };
    } else {
      patch = { attribution_status: 'corrected' };
      // why: a speaker box left as the form showed it is no correction of the speaker, and on a form sent again from a
      // conflict page it would put back the speaker another editor had just corrected
      if (!input.speakerAsShown || claim.speaker_id === null) {
        const resolved = await resolveSpeaker(trx, actor, input.speaker);
        if ('invalid' in resolved) return { ok: false, invalid: resolved.invalid };
        createdSpeaker = resolved.created;
        patch = { ...patch, speaker_id: resolved.speaker.id, speaker_name: resolved.speaker.name };
      }
      const bounds = await quoteBounds(trx, claim, input);
      if ('invalid' in bounds) return { ok: false, invalid: bounds.invalid };
      patch = { ...patch, ...bounds };
      // a verdict was given on the words as they were: on other words the claim is unreviewed again
      if (bounds.quote !== undefined && bounds.quote !== claim.quote && claim.status !== 'unreviewed') patch.status = 'unreviewed';
    }
    const updated = await updateClaim(trx, claim.id, actor.id, patch);
    await recordAudit(trx, {
      actorId: actor.id,
      action: input.action === 'approve' ? 'claim.attribution_approve' : 'claim.attribution_correct',
      entityType: 'claim',
      entityId: claim.id,
      // a moved quote's words, before and after, so the trail reads what changed and not only where
      before: { ...attributionOf(claim), ...(updated.quote !== claim.quote ? { quote: claim.quote } : {}), ...(updated.status !== claim.status ? { status: claim.status } : {}) },
      after: {
        ...attributionOf(updated), ...(updated.quote !== claim.quote ? { quote: updated.quote } : {}), ...(updated.status !== claim.status ? { status: updated.status } : {}),
        ...(createdSpeaker ? { created_speaker: createdSpeaker } : {}),
      },
      note: input.note,
      ip: actor.ip,
    });
    return { ok: true, claim: updated, createdSpeaker: createdSpeaker !== null, reopened: updated.status !== claim.status };
  }, { lockArticle: input.action === 'correct' });
}

/**
 * The speaker an editor means: a number is that speaker; a name is the speaker of that name, else the one speaker an
 * article called so (an alias), else a new speaker of that name, created here inside the caller's transaction.
 */
async function resolveSpeaker(trx: Trx, actor: Actor, typed: { id: number } | { name: string }): Promise<{ speaker: SpeakerRef; created: SpeakerRef | null } | { invalid: Record<string, string> }> {
  if ('id' in typed) {
    const speaker = await liveSpeaker(trx, typed.id);
    return speaker ? { speaker, created: null } : { invalid: { speaker: 'No speaker has that id.' } };
  }
  const named = await findLiveSpeakerForKey(trx, speakerNameKey(typed.name));
  if (named) return { speaker: named, created: null };
  // why: "Harlow" typed for a claim is Peter Harlow when an article called him so, not a second speaker
  const known = await liveSpeakersWithAlias(trx, typed.name);
  if (known.length > 1) {
    const ids = known.map((k) => `#${k.id} ${k.name}`).join(', ');
    return { invalid: { speaker: `Several speakers are called “${typed.name}”: ${ids}. Type the number of the one you mean.` } };
  }
  if (known[0]) return { speaker: known[0], created: null };
  const found = await findOrCreateSpeaker(trx, { name: typed.name, aliases: [], kind: 'person', role: null, createdBy: actor.id });
  const speaker = { id: found.row.id, name: found.row.name, name_key: found.row.name_key };
  return { speaker, created: found.created ? speaker : null };
}

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
      const problem = await placementProblem(trx, { id: articleId, ...article }, span);
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
    if (assigneeId !== null && !(await isActiveUser(trx, assigneeId))) return { ok: false, invalid: { assignee: 'That reviewer does not exist or is deactivated.' } };
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

async function isActiveUser(trx: Trx, id: number): Promise<boolean> {
  return (await trx('users').where({ id, active: true }).first('id')) !== undefined;
}
