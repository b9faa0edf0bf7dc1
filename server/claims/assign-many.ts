import { recordAuditWithParts } from '../audit/service';
import type { Db } from '../db/knex';
import type { FlashType } from '../http/flash';
import type { Actor } from './outcome';
import { isActiveUser } from './service';

/** A claim ticked on the list, with the version the list showed it at. */
export interface TickedClaim {
  id: number;
  version: number;
}

export interface AssignManyInput {
  claims: TickedClaim[];
  /** An account's id, or null to take the claims out of every queue. */
  assigneeId: number | null;
}

/** Which of the ticked claims were assigned, and why each of the others was left as it is. */
export type AssignManyOutcome =
  | {
      ok: true;
      assigned: number[];
      /** Already with that assignee: nothing to write. */
      alreadySo: number[];
      /** Changed by someone since the list showed them (a verdict, another assignment): left for the person to look at. */
      changed: number[];
      /** Removed since the list showed them. */
      removed: number[];
    }
  | { ok: false; invalid: { assignee: string } };

/** The most claims one submission assigns: two pages of the list. */
export const ASSIGN_MANY_LIMIT = 100;

/**
 * Puts the claims ticked on the claims list into one reviewer's queue (or takes them out of every queue), each on the
 * version the list showed: a claim changed since is left as it is and named, never assigned over a change its sender
 * has not seen. One `claim.assign_many` event, and for each claim assigned a `claim.assign` event that is part of it,
 * as assigning it alone would write; all in one transaction, with the claims locked in id order (as a merge, a
 * deactivation and an article's removal lock them) and the assignee held active until it commits.
 */
export async function assignMany(db: Db, actor: Actor, input: AssignManyInput): Promise<AssignManyOutcome> {
  return db.transaction(async (trx) => {
    // why: held, so a deactivation under way finishes first and this refuses, or waits for this and gives these
    // claims back with the rest of the person's queue
    if (input.assigneeId !== null && !(await isActiveUser(trx, input.assigneeId, true))) {
      return { ok: false, invalid: { assignee: 'That reviewer does not exist or is deactivated: choose someone else.' } };
    }
    const shown = new Map(input.claims.map((c) => [c.id, c.version]));
    const current: Array<{ id: number; version: number; assignee_id: number | null }> = await trx('claims')
      .whereIn('id', [...shown.keys()]).orderBy('id').forUpdate().select('id', 'version', 'assignee_id');
    const found = new Set(current.map((c) => c.id));
    const removed = [...shown.keys()].filter((id) => !found.has(id)).sort((a, b) => a - b);
    const changed: number[] = [];
    const alreadySo: number[] = [];
    const toAssign: Array<{ id: number; assigneeId: number | null }> = [];
    for (const c of current) {
      if (c.assignee_id === input.assigneeId) alreadySo.push(c.id);
      else if (c.version !== shown.get(c.id)) changed.push(c.id);
      else toAssign.push({ id: c.id, assigneeId: c.assignee_id });
    }
    if (toAssign.length === 0) return { ok: true, assigned: [], alreadySo, changed, removed };
    const written: Array<{ id: number; version: number }> = await trx('claims')
      .whereIn('id', toAssign.map((c) => c.id))
      .update({ assignee_id: input.assigneeId, updated_by: actor.id, updated_at: trx.fn.now(), version: trx.raw('version + 1') })
      .returning(['id', 'version']);
    const versions = new Map(written.map((w) => [w.id, w.version]));
    const ids = toAssign.map((c) => c.id);
    await recordAuditWithParts(trx, {
      actorId: actor.id, action: 'claim.assign_many', entityType: 'claim', entityId: null, ip: actor.ip,
      before: null,
      after: { assignee_id: input.assigneeId, claims_assigned: ids.length, claim_ids: ids },
    }, toAssign.map((c) => ({
      actorId: actor.id, action: 'claim.assign', entityType: 'claim', entityId: c.id, ip: actor.ip,
      before: { assignee_id: c.assigneeId, version: versions.get(c.id)! - 1 },
      after: { assignee_id: input.assigneeId, version: versions.get(c.id)! },
    })));
    return { ok: true, assigned: ids, alreadySo, changed, removed };
  });
}

/** "claim 12", "claims 12 and 15", "claims 12, 15 and 19" (capitalised to open a sentence). */
function claimsNamed(ids: number[], opening: boolean): string {
  const list = ids.length === 1 ? String(ids[0]) : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  return `${opening ? 'C' : 'c'}laim${ids.length === 1 ? '' : 's'} ${list}`;
}
const claimsCount = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

/**
 * What the list says after its form: what was assigned (to `whom`: "you", a name, or null for nobody), what was so
 * already, and by number what was left because it changed after the list was shown or was removed meanwhile.
 */
export function assignManyNotices(outcome: Extract<AssignManyOutcome, { ok: true }>, whom: string | null): Array<{ type: FlashType; message: string }> {
  const { assigned, alreadySo, changed, removed } = outcome;
  const notices: Array<{ type: FlashType; message: string }> = [];
  const done: string[] = [];
  if (assigned.length) done.push(`${claimsCount(assigned.length)} ${whom === null ? 'taken out of every queue' : `assigned to ${whom}`}.`);
  if (alreadySo.length) {
    const were = alreadySo.length === 1 ? 'was' : 'were';
    done.push(`${claimsCount(alreadySo.length)} ${whom === null ? 'had no assignee' : `${were} assigned to ${whom}`} already.`);
  }
  if (done.length) notices.push({ type: assigned.length ? 'success' : 'info', message: done.join(' ') });
  if (changed.length) {
    const [it, is] = changed.length === 1 ? ['it', 'it is'] : ['they', 'they are'];
    notices.push({
      type: 'error',
      message: `${claimsNamed(changed, true)} changed after the list was shown, so ${it} ${changed.length === 1 ? 'was' : 'were'} left as ${is}: ` +
        `open ${changed.length === 1 ? 'it' : 'them'} to see what changed, and assign again if still wanted.`,
    });
  }
  if (removed.length) notices.push({ type: 'info', message: `${claimsNamed(removed, true)} ${removed.length === 1 ? 'was' : 'were'} removed by an editor meanwhile.` });
  return notices;
}
