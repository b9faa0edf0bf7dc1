import type { Request, Response } from 'express';
import { actorOf, dbOf } from '../http/context';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { submitVerdict } from '../reviews/service';
import { first, parseVerdict } from '../reviews/verdict-input';
import { AppError, UnsavedFormError } from '../http/errors';
import type { Db } from '../db/knex';
import { claimRemoval } from './history-repository';
import { parseAssign, parseAssignMany, parseAttribution, parseRemoval } from './inputs';
import { ASSIGN_MANY_LIMIT, assignMany, assignManyNotices } from './assign-many';
import { claimIdParam, removedSentence, renderClaimPage, renderConflict } from './pages';
import { renderClaimList } from './list-page';
import { exportClaims } from './export';
import { assignClaim, removeClaim } from './service';
import { reviewAttribution } from './attribution';

const r = secureRouter();
const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

/**
 * A form sent to a claim an editor has removed meanwhile is not lost in a bare 404: the page says who removed the
 * claim and why, and gives back what the form held. The removal may land between the form's check and the page that
 * answers it (a stale version's conflict page), so both are wrapped.
 */
async function unlessRemoved<T>(db: Db, id: number, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 404) throw err;
    const removal = await claimRemoval(db, id);
    if (removal) throw new UnsavedFormError(410, `${removedSentence(id, removal)} Nothing you sent was saved.`);
    throw err;
  }
}

r.get('/claims', 'read:claims', async (req, res) => {
  await renderClaimList(req, res, { view: 'claims/list', path: '/claims' });
});

// before /claims/:id, which would take "export" for a claim's number
r.get('/claims/export', 'read:claims', exportClaims);

r.get('/claims/:id', 'read:claims', async (req, res) => {
  const { verdict_from: verdictFrom } = req.query;
  await renderClaimPage(dbOf(req), res, claimIdParam(req), 200, verdictFrom === undefined ? {} : { verdictFrom });
});

r.post('/claims/:id/verdict', 'review:claims', async (req: Request, res: Response) => {
  const id = claimIdParam(req);
  const db = dbOf(req);
  const { input, values, errors } = parseVerdict(body(req));
  if (!input) return renderClaimPage(db, res, id, 422, { verdict: { values: { ...values }, errors } });
  const result = await unlessRemoved(db, id, () => submitVerdict(db, actorOf(req), id, input));
  if (!result.ok) {
    if ('conflict' in result) return unlessRemoved(db, id, () => renderConflict(db, res, id, input.version, result.conflict.events, 'verdict', values));
    return renderClaimPage(db, res, id, 422, { verdict: { values: { ...values }, errors: result.invalid } });
  }
  const marked = `marked ${input.status.replaceAll('_', ' ')}`;
  // why: an 'info' notice, not a success: nothing was saved, though the verdict stands as sent
  if (result.alreadySo) {
    const withWhat = input.note !== null || input.evidenceUrls.length > 0 ? ', with the same note and evidence' : '';
    flash(req, 'info', `Claim ${id} is already ${marked}${withWhat}; nothing was saved.`);
  } else flash(req, 'success', `Claim ${id} ${marked}.`);
  res.redirect(303, first(body(req).then) === 'next' ? '/queue/next' : `/claims/${id}`);
});

r.post('/claims/:id/attribution', 'attribute:claims', async (req: Request, res: Response) => {
  const id = claimIdParam(req);
  const db = dbOf(req);
  const { input, values, errors } = parseAttribution(body(req));
  if (!input) return renderClaimPage(db, res, id, 422, { attribution: { values, errors } });
  const result = await unlessRemoved(db, id, () => reviewAttribution(db, actorOf(req), id, input));
  if (!result.ok) {
    if ('conflict' in result) return unlessRemoved(db, id, () => renderConflict(db, res, id, input.version, result.conflict.events, 'attribution', values));
    return renderClaimPage(db, res, id, 422, { attribution: { values, errors: result.invalid } });
  }
  // why: an 'info' notice, not a success: nothing was saved, and a note typed for the trail went nowhere either
  if (result.alreadySo) {
    const already = input.action === 'approve' ? `The attribution of claim ${id} is already approved` : `Claim ${id} already reads as you sent it`;
    flash(req, 'info', `${already}; nothing was saved${input.note ? ', your note included' : ''}.`);
    return res.redirect(303, `/claims/${id}`);
  }
  // why: a typo makes a new speaker as surely as a new name does; the editor is told which it was
  const created = result.createdSpeaker ? ', a speaker new to Verbatim (if you meant someone already listed, correct it again with their name or number)' : '';
  const reopened = result.reopened ? ` Its ${result.reopened} changed, so its verdict no longer holds: it is unreviewed again.` : '';
  flash(req, 'success', input.action === 'approve' ? `Attribution of claim ${id} approved.` : `Attribution of claim ${id} corrected to ${result.claim.speaker_name}${created}.${reopened}`);
  res.redirect(303, `/claims/${id}`);
});

/** An assignment the claim already had: it says so, as a notice rather than a save, and lands on the claim. */
function alreadyAssigned(id: number, assigneeId: number | null, actorId: number): string {
  const whom = assigneeId === null ? 'unassigned' : assigneeId === actorId ? 'assigned to you' : 'assigned to that reviewer';
  return `Claim ${id} is already ${whom}: nothing more to save.`;
}

r.post('/claims/:id/assign', 'assign:claims', async (req: Request, res: Response) => {
  const id = claimIdParam(req);
  const db = dbOf(req);
  const { input, errors } = parseAssign(body(req));
  if (!input) return renderClaimPage(db, res, id, 422, { assignErrors: errors });
  const result = await unlessRemoved(db, id, () => assignClaim(db, actorOf(req), id, input));
  if (!result.ok) {
    if ('conflict' in result) return unlessRemoved(db, id, () => renderConflict(db, res, id, input.version, result.conflict.events, 'assign', { assignee: first(body(req).assignee) }));
    return renderClaimPage(db, res, id, 422, { assignErrors: result.invalid });
  }
  if (result.alreadySo) flash(req, 'info', alreadyAssigned(id, result.claim.assignee_id, actorOf(req).id));
  else flash(req, 'success', result.claim.assignee_id === null ? `Claim ${id} is unassigned.` : `Claim ${id} assigned.`);
  res.redirect(303, `/claims/${id}`);
});

// The claims list's form: the claims ticked, each on the version the list showed; back to that list with what was done.
r.post('/claims/assign', 'assign:claims', async (req: Request, res: Response) => {
  const db = dbOf(req);
  const actor = actorOf(req);
  const { input, problem, back } = parseAssignMany(body(req), ASSIGN_MANY_LIMIT);
  if (!input) {
    flash(req, 'error', problem!);
    return res.redirect(303, back);
  }
  const assigneeId = input.assignee === 'me' ? actor.id : input.assignee;
  const result = await assignMany(db, actor, { claims: input.claims, assigneeId });
  if (!result.ok) {
    flash(req, 'error', `${result.invalid.assignee} Nothing was changed.`);
    return res.redirect(303, back);
  }
  const whom = assigneeId === null ? null : assigneeId === actor.id ? 'you'
    : ((await db('users').where({ id: assigneeId }).first('name'))?.name as string | undefined) ?? `account ${assigneeId}`;
  for (const notice of assignManyNotices(result, whom)) flash(req, notice.type, notice.message);
  res.redirect(303, back);
});

r.post('/claims/:id/remove', 'attribute:claims', async (req: Request, res: Response) => {
  const id = claimIdParam(req);
  const db = dbOf(req);
  const { input, values, errors } = parseRemoval(body(req));
  if (!input) return renderClaimPage(db, res, id, 422, { removal: { values, errors } });
  const result = await unlessRemoved(db, id, () => removeClaim(db, actorOf(req), id, input));
  if (!result.ok) {
    if ('conflict' in result) return unlessRemoved(db, id, () => renderConflict(db, res, id, input.version, result.conflict.events, 'remove', values));
    return renderClaimPage(db, res, id, 422, { removal: { values, errors: result.invalid } });
  }
  flash(req, 'success', `Claim ${id} removed. The audit trail keeps it, its verdicts and why.`);
  res.redirect(303, `/articles/${result.claim.article_id}`);
});

export default r.router;
