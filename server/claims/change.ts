import type { Db, Trx } from '../db/knex';
import { notFound } from '../http/errors';
import { claimEventsSince } from './history-repository';
import type { ClaimChange } from './outcome';
import { lockArticleOfClaim, lockClaim, type ClaimRow } from './repository';

/** A change found invalid half-way: thrown, so the transaction rolls back what it had written. */
export class Refused extends Error {
  constructor(readonly invalid: Record<string, string>) {
    super('change refused');
  }
}

export interface ChangeOptions {
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
export async function changeClaim(db: Db, claimId: number, version: number, change: (trx: Trx, claim: ClaimRow) => Promise<ClaimChange>, options: ChangeOptions = {}): Promise<ClaimChange> {
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
