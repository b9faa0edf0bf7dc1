import { recordAudit } from '../audit/service';
import type { Db, Trx } from '../db/knex';
import { notFound } from '../http/errors';
import { claimEventsSince } from './history-repository';
import { TRANSLATED_HINT } from '../extraction/hints';
import { locateQuote, quoteOccurrences, QUOTE_SEARCH_RADIUS, typedQuoteKey } from './quote-text';
import type { AssignInput, AttributionInput, NewClaimInput, RemovalInput } from './inputs';
import type { Actor, ClaimChange } from './outcome';
import { articleBody, claimOverlapping, lockClaim, updateClaim, type ClaimPatch, type ClaimRow } from './repository';
import { claimViewHelpers } from './present';
import { touchesClutter, type Span } from '../articles/highlight';
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
      const resolved = await resolveSpeaker(trx, actor, input.speaker);
      if ('invalid' in resolved) return { ok: false, invalid: resolved.invalid };
      const { speaker } = resolved;
      createdSpeaker = resolved.created;
      const bounds = await quoteBounds(trx, claim, input);
      if ('invalid' in bounds) return { ok: false, invalid: bounds.invalid };
      if (bounds.start_offset !== undefined) {
        const same: { id: number } | undefined = await trx('claims').where({ article_id: claim.article_id, start_offset: bounds.start_offset, end_offset: bounds.end_offset })
          .whereNot({ id: claim.id }).first('id');
        if (same) return { ok: false, invalid: { quote: `Claim ${same.id} is already these words.` } };
      }
      patch = { attribution_status: 'corrected', speaker_id: speaker.id, speaker_name: speaker.name, ...bounds };
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
  });
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

type Bounds = Pick<ClaimPatch, 'start_offset' | 'end_offset' | 'quote'>;

/**
 * The quote's new place in the article, if the correction moves it: from the quote as the editor typed it (found in
 * the article near where it is now), or from character positions. The quote as it stands, sent back unchanged, moves nothing.
 */
async function quoteBounds(trx: Trx, claim: ClaimRow, input: { quote?: string | null; wasQuote?: string | null; start: number | null; end: number | null }): Promise<Bounds | { invalid: Record<string, string> }> {
  const { start, end } = input;
  // moved only if the editor changed the box against what it showed: a form built on another version is refused anyway
  const retyped = input.quote != null && typedQuoteKey(input.quote) !== typedQuoteKey(input.wasQuote ?? claim.quote);
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
  if (found === 'ambiguous') return { invalid: { quote: 'Those words occur more than once in this quote: type more of them, so that it is clear which part is meant.' } };
  if (found.end - found.start > MAX_QUOTE) return { invalid: { quote: `A quote can be at most ${MAX_QUOTE.toLocaleString('en')} characters long.` } };
  return { start_offset: found.start, end_offset: found.end, quote: body.slice(found.start, found.end) };
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
      if (touchesClutter(article.body, article.boilerplate, span)) {
        throw new Refused({ quote: 'Those words are in a paragraph marked [site clutter], which is not part of the article: a claim is taken from the article’s own text.' });
      }
      const taken = await claimOverlapping(trx, articleId, span);
      if (taken && taken.start_offset === span.start && taken.end_offset === span.end) throw new Refused({ quote: `Claim ${taken.id} is already these words.` });
      // why: one stretch of text is one claim; a claim cut too short or too long is corrected on its own page
      if (taken) {
        throw new Refused({ quote: `Those words overlap claim ${taken.id}, “${claimViewHelpers.shorten(taken.quote)}”. Choose words outside it, or correct where that claim starts and ends on its page.` });
      }
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
