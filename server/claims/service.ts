import { recordAudit } from '../audit/service';
import type { Db, Trx } from '../db/knex';
import { notFound } from '../http/errors';
import { claimEventsSince } from './history-repository';
import { locateQuote, QUOTE_SEARCH_RADIUS, typedQuoteKey } from './quote-text';
import type { AssignInput, AttributionInput } from './inputs';
import type { Actor, ClaimChange } from './outcome';
import { articleBody, lockClaim, updateClaim, type ClaimPatch, type ClaimRow } from './repository';
import { findLiveSpeakerForKey, findOrCreateSpeaker, liveSpeaker, liveSpeakersWithAlias, speakerNameKey } from '../speakers/repository';

type SpeakerRef = { id: number; name: string; name_key: string };

const MAX_QUOTE = 5000;

class Refused extends Error {
  constructor(readonly invalid: Record<string, string>) {
    super('change refused');
  }
}

/**
 * Locks the claim and refuses a form built from another version; `change` runs only on the current version.
 * A change found invalid half-way rolls back whatever it had written (a speaker it created, say).
 */
async function changeClaim(db: Db, claimId: number, version: number, change: (trx: Trx, claim: ClaimRow) => Promise<ClaimChange>): Promise<ClaimChange> {
  try {
    return await db.transaction(async (trx) => {
      const claim = await lockClaim(trx, claimId);
      if (!claim) throw notFound('claim');
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
      let speaker: SpeakerRef | undefined;
      if ('id' in input.speaker) {
        speaker = await liveSpeaker(trx, input.speaker.id);
        if (!speaker) return { ok: false, invalid: { speaker: 'No speaker has that id.' } };
      } else {
        speaker = await findLiveSpeakerForKey(trx, speakerNameKey(input.speaker.name));
        if (!speaker) {
          // why: "Harlow" typed for a claim is Peter Harlow when an article called him so, not a second speaker
          const known = await liveSpeakersWithAlias(trx, input.speaker.name);
          if (known.length > 1) {
            const ids = known.map((k) => `#${k.id} ${k.name}`).join(', ');
            return { ok: false, invalid: { speaker: `Several speakers are called “${input.speaker.name}”: ${ids}. Type the number of the one you mean.` } };
          }
          speaker = known[0];
        }
        if (!speaker) {
          const found = await findOrCreateSpeaker(trx, { name: input.speaker.name, aliases: [], kind: 'person', role: null, createdBy: actor.id });
          speaker = found.row;
          if (found.created) createdSpeaker = { id: found.row.id, name: found.row.name, name_key: found.row.name_key };
        }
      }
      const bounds = await quoteBounds(trx, claim, input);
      if ('invalid' in bounds) return { ok: false, invalid: bounds.invalid };
      patch = { attribution_status: 'corrected', speaker_id: speaker.id, speaker_name: speaker.name, ...bounds };
    }
    const updated = await updateClaim(trx, claim.id, actor.id, patch);
    await recordAudit(trx, {
      actorId: actor.id,
      action: input.action === 'approve' ? 'claim.attribution_approve' : 'claim.attribution_correct',
      entityType: 'claim',
      entityId: claim.id,
      // a moved quote's words, before and after, so the trail reads what changed and not only where
      before: { ...attributionOf(claim), ...(updated.quote !== claim.quote ? { quote: claim.quote } : {}) },
      after: { ...attributionOf(updated), ...(updated.quote !== claim.quote ? { quote: updated.quote } : {}), ...(createdSpeaker ? { created_speaker: createdSpeaker } : {}) },
      note: input.note,
      ip: actor.ip,
    });
    return { ok: true, claim: updated, createdSpeaker: createdSpeaker !== null };
  });
}

type Bounds = Pick<ClaimPatch, 'start_offset' | 'end_offset' | 'quote'>;

/**
 * The quote's new place in the article, if the correction moves it: from the quote as the editor typed it (found in
 * the article near where it is now), or from character positions. The quote as it stands, sent back unchanged, moves nothing.
 */
async function quoteBounds(trx: Trx, claim: ClaimRow, input: { quote?: string | null; start: number | null; end: number | null }): Promise<Bounds | { invalid: Record<string, string> }> {
  const { start, end } = input;
  const retyped = input.quote != null && typedQuoteKey(input.quote) !== typedQuoteKey(claim.quote);
  if (retyped && (start !== null || end !== null)) {
    return { invalid: { quote: 'Correct the quote either by its words or by character positions, not both at once.' } };
  }
  if (retyped) return quoteFromText(trx, claim, input.quote!);
  if (start === null && end === null) return {};
  const body = await articleBody(trx, claim.article_id);
  const s = start ?? claim.start_offset;
  const e = end ?? claim.end_offset;
  if (s > body.length) return { invalid: { start: `The article has ${body.length} characters; start must be within it.` } };
  if (e > body.length) return { invalid: { end: `The article has ${body.length} characters; end must be within it.` } };
  if (e <= s) return { invalid: { end: 'The end must come after the start.' } };
  if (e - s > MAX_QUOTE) return { invalid: { end: `A quote can be at most ${MAX_QUOTE} characters long.` } };
  const quote = body.slice(s, e);
  if (quote.trim() === '') return { invalid: { start: 'Those boundaries hold no text.' } };
  return { start_offset: s, end_offset: e, quote };
}

async function quoteFromText(trx: Trx, claim: ClaimRow, typed: string): Promise<Bounds | { invalid: Record<string, string> }> {
  if (typedQuoteKey(typed) === '') return { invalid: { quote: 'The quote needs at least one word.' } };
  const body = await articleBody(trx, claim.article_id);
  const found = locateQuote(body, typed, { start: claim.start_offset, end: claim.end_offset });
  if (!found) {
    return { invalid: { quote: `The article does not have that text within ${QUOTE_SEARCH_RADIUS.toLocaleString('en')} characters of this quote ` +
      '(line breaks and the style of quotation marks aside). Copy the words from the article as it writes them.' } };
  }
  if (found.end - found.start > MAX_QUOTE) return { invalid: { quote: `A quote can be at most ${MAX_QUOTE.toLocaleString('en')} characters long.` } };
  return { start_offset: found.start, end_offset: found.end, quote: body.slice(found.start, found.end) };
}

/** Puts a claim in a reviewer's queue (or takes it out) with one `claim.assign` event. */
export async function assignClaim(db: Db, actor: Actor, claimId: number, input: AssignInput): Promise<ClaimChange> {
  return changeClaim(db, claimId, input.version, async (trx, claim) => {
    const assigneeId = input.assignee === 'me' ? actor.id : input.assignee;
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
  });
}

async function isActiveUser(trx: Trx, id: number): Promise<boolean> {
  return (await trx('users').where({ id, active: true }).first('id')) !== undefined;
}
