import { z } from 'zod';
import { actorOf, dbOf } from '../http/context';
import { AppError } from '../http/errors';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { cleanName, parseForm } from '../http/validation';
import { findLiveSpeakerForKey, findSpeaker, speakerNameKey } from './repository';
import { renderSpeaker, renderSpeakerList, speakerIdParam } from './pages';
import { mergeSpeakers } from './service';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const mergeSchema = z.object({
  into: z.preprocess(one, z.string('Name the speaker to keep').trim().min(1, 'Name the speaker to keep').max(200)),
  version: z.preprocess(one, z.coerce.number('The form is missing its version; reload the page').int().positive()),
  note: z.preprocess(one, z.string().trim().max(2000, 'The note is longer than 2000 characters').optional().default('')),
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
    const result = await mergeSpeakers(db, actorOf(req), { loserId, survivorId: survivor.id, version: form.data.version, note: form.data.note || null });
    // why: an 'info' notice, not a success: a second tab's merge the first already made saved nothing, its note included
    if (result.alreadySo) flash(req, 'info', `${result.loserName} was already merged into ${survivor.name}; nothing more was saved.`);
    else flash(req, 'success', `Merged: ${result.claimsMoved} ${result.claimsMoved === 1 ? 'claim' : 'claims'} moved to ${survivor.name}.`);
    res.redirect(303, `/speakers/${result.survivorId}`);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) return renderSpeaker(db, req, res, loserId, 422, { errors: { into: err.message }, values });
    if (err instanceof AppError && err.status === 409) return renderSpeaker(db, req, res, loserId, 409, { message: err.message, values });
    throw err;
  }
});

export default r.router;
