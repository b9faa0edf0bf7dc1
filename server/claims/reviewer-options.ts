import type { PersonRef } from './repository';

/**
 * The people the claims pages offer to pick, as the trigger on accounts keeps them (migration keep_reviewer_options):
 * each labelled (the email beside a name another account shares, "deactivated" on a deactivated account) and ranked
 * in the order of names among all accounts.
 */
export interface RankedPerson extends PersonRef {
  rank: number;
}

/** The most people a pick list offers. */
export const PICK_LIST_LIMIT = 500;

/** SQL of the active accounts, ranked: a claim page's "Assign to", and most of the assignee filter. */
export const ACTIVE_PEOPLE_SQL = '(SELECT active FROM reviewer_options WHERE id = 1)';

/**
 * SQL of the deactivated accounts that still hold claims, ranked: the assignee filter offers them too, or their claims
 * could not be found by whom they wait for. Looked up on every view (deactivated accounts are few), as which of them
 * holds claims changes with every assignment.
 */
export const HOLDING_DEACTIVATED_SQL = `(SELECT coalesce(json_agg(x ORDER BY x.rank), '[]')
   FROM reviewer_options o, json_to_recordset(o.inactive) AS x (id bigint, name text, rank bigint)
  WHERE o.id = 1 AND EXISTS (SELECT 1 FROM claims c WHERE c.assignee_id = x.id))`;

/** The list without its ranks. */
export function people(ranked: readonly RankedPerson[] | null): PersonRef[] {
  return (ranked ?? []).map(({ id, name }) => ({ id, name }));
}

/** The assignee filter's people: the active accounts and the deactivated ones holding claims, in the order of names. */
export function assigneeFilter(active: readonly RankedPerson[] | null, holding: readonly RankedPerson[] | null): PersonRef[] {
  if (!holding?.length) return people(active);
  const merged = [...(active ?? []), ...holding].sort((a, b) => a.rank - b.rank);
  return people(merged.slice(0, PICK_LIST_LIMIT));
}
