import { recordAudit } from '../audit/service';
import type { Db, Trx } from '../db/knex';
import { changeClaim } from './change';
import { claimEventsSince } from './history-repository';
import type { AttributionInput } from './inputs';
import type { Actor, ClaimChange, Reopened } from './outcome';
import { quoteBounds } from './placement';
import { typedQuoteKey } from './quote-text';
import { updateClaim, type ClaimPatch, type ClaimRow } from './repository';
import { knownSpeaker, resolveSpeaker, type SpeakerRef } from './typed-speaker';
import { speakerUncertain } from './uncertain';

type Correction = Extract<AttributionInput, { action: 'correct' }>;

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
 * A review the claim already reads as (sent twice, or sent again from a conflict page after another editor made the
 * same change) is done and writes nothing: a new version would turn every form open on the claim into a conflict.
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
      // a verdict was given on these words said by this speaker: on other words, or said by another, the claim is
      // unreviewed again
      if (claim.status !== 'unreviewed' && reopening(claim, patch)) patch.status = 'unreviewed';
    }
    if (!changes(claim, patch)) return { ok: true, claim, alreadySo: true };
    const updated = await updateClaim(trx, claim.id, actor.id, patch);
    await recordAudit(trx, {
      actorId: actor.id,
      action: input.action === 'approve' ? 'claim.attribution_approve' : 'claim.attribution_correct',
      entityType: 'claim',
      entityId: claim.id,
      // a moved quote's words, before and after, so the trail reads what changed and not only where
      // (the engine's guess the review settled, when the lists marked it so: the trail keeps what the editor was shown)
      before: {
        ...attributionOf(claim), ...(updated.quote !== claim.quote ? { quote: claim.quote } : {}), ...(updated.status !== claim.status ? { status: claim.status } : {}),
        ...(speakerUncertain(claim) ? { speaker_uncertain: true, confidence: claim.confidence } : {}),
      },
      after: {
        ...attributionOf(updated), ...(updated.quote !== claim.quote ? { quote: updated.quote } : {}), ...(updated.status !== claim.status ? { status: updated.status } : {}),
        ...(createdSpeaker ? { created_speaker: createdSpeaker } : {}),
      },
      note: input.note,
      ip: actor.ip,
    });
    return { ok: true, claim: updated, createdSpeaker: createdSpeaker !== null, reopened: updated.status !== claim.status ? reopening(claim, patch) : undefined };
  }, {
    lockArticle: input.action === 'correct',
    // on the form's own version the review above finds for itself whether it changes anything
    alreadySo: async (trx, claim) => claim.version !== input.version && (await readsAsSent(trx, claim, input)),
  });
}

/** What of the verdict's ground a correction changes: the speaker, the words, both, or neither. */
function reopening(claim: ClaimRow, patch: ClaimPatch): Reopened | undefined {
  const speaker = patch.speaker_id !== undefined && patch.speaker_id !== claim.speaker_id;
  const words = patch.quote !== undefined && patch.quote !== claim.quote;
  return speaker && words ? 'speaker and words' : speaker ? 'speaker' : words ? 'words' : undefined;
}

const changes = (claim: ClaimRow, patch: ClaimPatch) => Object.entries(patch).some(([column, value]) => claim[column as keyof ClaimPatch] !== value);

/**
 * Whether the claim, changed since the form's version, already reads as the form holds it, every box as sent, edited
 * or not: the speaker box as shown asks for the speaker the form showed, not for whoever the claim has now.
 */
async function readsAsSent(trx: Trx, claim: ClaimRow, input: AttributionInput): Promise<boolean> {
  if (input.action === 'approve') return claim.attribution_status === 'approved' && (await speakerShownAt(trx, claim, input.version)) === claim.speaker_id;
  if (claim.attribution_status !== 'corrected' || !quoteAsSent(claim, input)) return false;
  const known = await knownSpeaker(trx, input.speaker);
  return 'speaker' in known && known.speaker.id === claim.speaker_id;
}

/** Whether the quote stands where the form puts it: by its words in the box, or by positions with the box as shown. */
function quoteAsSent(claim: ClaimRow, input: Correction): boolean {
  if (input.start === null && input.end === null) return input.quote == null || typedQuoteKey(input.quote) === typedQuoteKey(claim.quote);
  const retyped = input.quote != null && typedQuoteKey(input.quote) !== typedQuoteKey(input.wasQuote ?? claim.quote);
  return !retyped && (input.start ?? claim.start_offset) === claim.start_offset && (input.end ?? claim.end_offset) === claim.end_offset;
}

/**
 * The speaker the claim had at `version` (the one an approval form showed): the first attribution event since then
 * holds it as its `before`; with none, the speaker has not changed.
 */
async function speakerShownAt(trx: Trx, claim: ClaimRow, version: number): Promise<number | null> {
  const since = await claimEventsSince(trx, claim.id, version);
  const first = since.map((e) => e.before as { speaker_id?: number | null } | null).find((before) => before?.speaker_id !== undefined);
  return first ? (first.speaker_id ?? null) : claim.speaker_id;
}
