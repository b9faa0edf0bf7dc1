import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorOf, dbOf } from '../http/context';
import { AppError } from '../http/errors';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { cleanName, nameProblem, parseForm } from '../http/validation';
import { findLiveSpeakerForKey, findSpeaker, speakerNameKey } from './repository';
import { renderMergeConfirmation, renderSpeaker, renderSpeakerList, speakerIdParam, type AskedAgain } from './pages';
import { editSpeaker, mergeSpeakers, previewMerge, type MergeOutcome } from './service';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const mergeSchema = z.object({
  into: z.preprocess(one, z.string('Name the speaker to keep').trim().min(1, 'Name the speaker to keep').max(200)),
  version: z.preprocess(one, z.coerce.number('The form is missing its version; reload the page').int().positive()),
  note: z.preprocess(one, z.string().trim().max(2000, 'The note is longer than 2000 characters').optional().default('')),
  // the number of the speaker to keep, as the confirmation page showed it: anything else asks (again) before merging
  confirm: z.preprocess(one, z.string().optional()),
  // the duplicate's claims as the confirmation page showed them; a form without them (or with them garbled) confirms
  // nothing, so a page from before they were sent cannot merge claims nobody saw
  claims: z.preprocess(one, z.string().regex(/^\d{1,9}$/).transform(Number).optional().catch(undefined)),
  fingerprint: z.preprocess(one, z.string().regex(/^[0-9a-f]{32}$/).optional().catch(undefined)),
});

const editSchema = z.object({
  name: z.preprocess(one, z.string('Enter a name').transform(cleanName).superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })),
  role: z.preprocess(one, z.string().trim().max(200, 'Use at most 200 characters').optional().default('')),
  kind: z.preprocess(one, z.enum(['person', 'organization'], 'Choose a person or an organisation')),
  version: z.preprocess(one, z.coerce.number('The form is missing its version; reload the page').int().positive()),
  edit_note: z.preprocess(one, z.string().trim().max(2000, 'The note is longer than 2000 characters').optional().default('')),
});

const r = secureRouter();

r.get('/speakers', 'read:speakers', async (req, res) => renderSpeakerList(dbOf(req), req, res));

r.get('/speakers/:id', 'read:speakers', async (req, res) => renderSpeaker(dbOf(req), req, res, speakerIdParam(req)));

r.post('/speakers/:id/merge', 'merge:speakers', async (req, res) => {
  const db = dbOf(req);
  const loserId = speakerIdParam(req);
  const form = parseForm(mergeSchema, req.body);
  if (!form.ok) return renderSpeaker(db, req, res, loserId, 422, form);
  const values = { into: form.data.into, note: form.data.note };
  const { into } = form.data;
  // "8" or "#8" (as the speaker page numbers speakers) is a number; anything else a name
  const survivor = /^#?\d{1,15}$/.test(into) ? await findSpeaker(db, Number(into.replace('#', ''))) : await findLiveSpeakerForKey(db, speakerNameKey(cleanName(into)));
  if (!survivor) return renderSpeaker(db, req, res, loserId, 422, { errors: { into: `No speaker called "${into}"; give the exact name or number` }, values });
  try {
    const input = { loserId, survivorId: survivor.id, version: form.data.version, note: form.data.note || null };
    // why: a merge moves every claim of a speaker and cannot be undone here, so it is made only once the editor has
    // seen what it does, JavaScript or not; `into` may name someone else by then (a name follows merges), hence the number
    const { confirm, claims, fingerprint } = form.data;
    const seen = claims !== undefined && fingerprint !== undefined ? { claims, fingerprint } : undefined;
    const confirmed = confirm === String(survivor.id);
    const checked = confirmed && seen ? await mergeSpeakers(db, actorOf(req), { ...input, seen }) : await previewMerge(db, input);
    if ('done' in checked) return answerMerged(req, res, checked.done, survivor.name);
    renderMergeConfirmation(res, checked.preview, { ...values, version: form.data.version }, askedAgain(confirm, survivor.id, seen));
  } catch (err) {
    if (err instanceof AppError && err.status === 422) return renderSpeaker(db, req, res, loserId, 422, { errors: { into: err.message }, values });
    if (err instanceof AppError && err.status === 409) return renderSpeaker(db, req, res, loserId, 409, { message: err.message, values });
    throw err;
  }
});

r.post('/speakers/:id/edit', 'edit:speakers', async (req, res) => {
  const db = dbOf(req);
  const id = speakerIdParam(req);
  const form = parseForm(editSchema, req.body);
  if (!form.ok) return renderSpeaker(db, req, res, id, 422, { ...form, form: 'edit' });
  const { name, role, kind, version, edit_note: note } = form.data;
  const values = { name, role, kind, edit_note: note };
  try {
    const done = await editSpeaker(db, actorOf(req), { id, version, name, role: role || null, kind, note: note || null });
    if (done.unchanged) flash(req, 'info', `${name} already reads so; nothing was saved.`);
    else {
      const renamed = done.formerName === null ? '' : ` ${done.claimsRenamed} ${done.claimsRenamed === 1 ? 'claim shows' : 'claims show'} the new name;` +
        ` “${done.formerName}” stays as another name, and articles that write it lead here.`;
      flash(req, 'success', `Speaker corrected.${renamed}`);
    }
    res.redirect(303, `/speakers/${id}`);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) return renderSpeaker(db, req, res, id, 422, { errors: { name: err.message }, values, form: 'edit' });
    if (err instanceof AppError && (err.status === 409 || err.status === 410)) return renderSpeaker(db, req, res, id, 409, { message: err.message, values, form: 'edit' });
    throw err;
  }
});

/** Why a form that confirmed a merge is asked again; the form on the speaker's page is asked for the first time. */
function askedAgain(confirm: string | undefined, survivorId: number, seen: { claims: number } | undefined): AskedAgain | null {
  if (!confirm) return null;
  if (confirm !== String(survivorId)) return { survivor: true };
  return seen ? { claimsSeen: seen.claims } : { unseen: true };
}

function answerMerged(req: Request, res: Response, result: MergeOutcome, survivorName: string) {
  // why: an 'info' notice, not a success: a second tab's merge the first already made saved nothing, its note included
  if (result.alreadySo) flash(req, 'info', `${result.loserName} was already merged into ${survivorName}; nothing more was saved.`);
  else flash(req, 'success', `Merged: ${result.claimsMoved} ${result.claimsMoved === 1 ? 'claim' : 'claims'} moved to ${survivorName}.`);
  res.redirect(303, `/speakers/${result.survivorId}`);
}

export default r.router;
