import { kickAuditChainer } from '../audit/chainer';
import { claimEventsSince, type ClaimEvent } from '../claims/history-repository';
import type { Actor, ClaimChange } from '../claims/outcome';
import type { Db } from '../db/knex';
import { notFound } from '../http/errors';
import { claimHoldingVerdict, writeVerdict } from './repository';
import type { VerdictInput } from './verdict-input';

/**
 * A reviewer's verdict on a claim: the review row, the claim's new status and version, and one `claim.verdict`
 * audit event, all or nothing. A verdict the claim already holds (the same status, note and evidence: sent twice,
 * or another reviewer gave the same one) is done and writes nothing, since a new version would turn every form open
 * on the claim into a conflict. Any other verdict on a form built from an older version is refused with what
 * changed since.
 */
export async function submitVerdict(db: Db, actor: Actor, claimId: number, input: VerdictInput): Promise<ClaimChange> {
  const verdict = { claimId, ...input };
  const written = await writeVerdict(db, { ...verdict, reviewerId: actor.id, ip: actor.ip });
  if (written && 'alreadySo' in written) return { ok: true, claim: written.claim, alreadySo: true };
  if (written) {
    kickAuditChainer(db);
    return { ok: true, claim: written.claim };
  }
  const current = await claimHoldingVerdict(db, verdict);
  if (!current) throw notFound('claim');
  const events = await claimEventsSince(db, claimId, input.version);
  // why: a verdict judges the words its form showed, said by the speaker it showed; the same verdict given since on
  // other words, or on another speaker's, is not this one
  if (current.holds && !events.some((e) => movedQuote(e) || recast(e))) return { ok: true, claim: current.claim, alreadySo: true };
  return { ok: false, conflict: { current: current.claim, events } };
}

const movedQuote = (e: ClaimEvent) => typeof e.after === 'object' && e.after !== null && 'quote' in e.after;
const speakerIn = (record: unknown) => (record as { speaker_id?: unknown } | null)?.speaker_id;
/** A correction of the attribution to another speaker (a merge keeps the person, under the name kept). */
const recast = (e: ClaimEvent) => e.action === 'claim.attribution_correct' && speakerIn(e.before) !== speakerIn(e.after);
