import { reviewAttribution } from '../../server/claims/attribution';
import { assignClaim } from '../../server/claims/service';
import type { Db } from '../../server/db/knex';
import { fixtureSpeaker, insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { getTestDb } from '../support';

let db: Db;
beforeAll(() => { db = getTestDb(); });

const BODY = 'At the summit, Ines Example told reporters: "We will not retreat." Her aide nodded.';
const QUOTE = 'We will not retreat.';

async function oneClaim(editor: number, speaker: string | null = 'Her Aide') {
  const { claimIds: [claimId] } = await insertArticleWithClaims(db, editor, BODY, [{ quote: QUOTE, speaker }]);
  return claimId!;
}

describe('reviewAttribution', () => {
  test('when an editor approves, then the attribution is approved with one audit event', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'approve', version: 1, note: null });
    expect(result.ok).toBe(true);
    expect(await db('claims').where({ id: claimId }).first('attribution_status', 'version')).toEqual({ attribution_status: 'approved', version: 2 });
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events.map((e) => e.action)).toEqual(['claim.attribution_approve']);
  });

  test('when an editor corrects to a new name, then the speaker is created inside the one claim event and the name is rewritten', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const name = `Ines Example ${Date.now()}`;
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, {
      action: 'correct', version: 1, note: 'The aide only nodded', speaker: { name }, start: null, end: null,
    });
    expect(result.ok).toBe(true);
    const speaker = await db('speakers').where({ name }).first('id', 'created_by');
    expect(speaker).toMatchObject({ created_by: editor });
    expect(await db('claims').where({ id: claimId }).first('speaker_id', 'speaker_name', 'attribution_status')).toEqual({
      speaker_id: speaker.id, speaker_name: name, attribution_status: 'corrected',
    });
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'claim.attribution_correct', note: 'The aide only nodded',
      before: { speaker_name: 'Her Aide', attribution_status: 'proposed' },
      after: { speaker_id: speaker.id, speaker_name: name, created_speaker: { id: speaker.id, name } },
    });
    expect(await db('audit_events').where({ action: 'speaker.create', entity_id: String(speaker.id) })).toHaveLength(0);
  });

  test('when the correction names a speaker who was merged into another, then the claim goes to the survivor', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const survivor = await fixtureSpeaker(db, `Ines Survivor ${Date.now()}`);
    const mergedName = `Ines Merged ${Date.now()}`;
    const merged = await fixtureSpeaker(db, mergedName);
    await db('speakers').where({ id: merged }).update({ merged_into_id: survivor });
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, {
      action: 'correct', version: 1, note: null, speaker: { name: mergedName }, start: null, end: null,
    });
    expect(result.ok).toBe(true);
    expect(await db('claims').where({ id: claimId }).first('speaker_id')).toEqual({ speaker_id: survivor });
    expect(await db('speakers').where({ name: mergedName })).toHaveLength(1);
  });

  test('when the correction names an existing speaker id and new boundaries, then the quote is cut from the article text', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const ines = await fixtureSpeaker(db, `Ines Existing ${Date.now()}`);
    const start = BODY.indexOf('We will');
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, {
      action: 'correct', version: 1, note: null, speaker: { id: ines }, start, end: start + 'We will not retreat'.length,
    });
    expect(result.ok).toBe(true);
    expect(await db('claims').where({ id: claimId }).first('speaker_id', 'quote', 'start_offset')).toEqual({ speaker_id: ines, quote: 'We will not retreat', start_offset: start });
  });

  test('when the boundaries fall outside the article or the speaker id is unknown, then nothing changes', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const outside = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: null, speaker: { name: 'X Y' }, start: 5, end: BODY.length + 1 });
    expect(outside).toEqual({ ok: false, invalid: { end: expect.stringContaining(`${BODY.length} characters`) } });
    const inverted = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: null, speaker: { name: 'X Y' }, start: 20, end: 10 });
    expect(inverted).toEqual({ ok: false, invalid: { end: 'The end must come after the start.' } });
    const unknown = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: null, speaker: { id: 1_999_999_999 }, start: null, end: null });
    expect(unknown).toEqual({ ok: false, invalid: { speaker: 'No speaker has that id.' } });
    expect(await db('claims').where({ id: claimId }).first('version', 'quote')).toEqual({ version: 1, quote: QUOTE });
    expect(await auditEventsFor(db, 'claim', claimId)).toHaveLength(0);
  });

  test('when a correction names the speaker a corrected claim already has, its quote left where it is, then it is done and nothing is written', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    await db('claims').where({ id: claimId }).update({ attribution_status: 'corrected' });
    for (const speaker of [{ name: 'her aide' }, { id: (await db('claims').where({ id: claimId }).first('speaker_id')).speaker_id }]) {
      const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: 'checked', speaker, quote: QUOTE, wasQuote: QUOTE, start: null, end: null });
      expect(result).toMatchObject({ ok: true, alreadySo: true, claim: { id: claimId, version: 1 } });
    }
    expect(await db('claims').where({ id: claimId }).first('version', 'attribution_status')).toEqual({ version: 1, attribution_status: 'corrected' });
    expect(await auditEventsFor(db, 'claim', claimId)).toEqual([]);
  });

  test('when a correction by character positions is sent twice, then the second, on the version the first replaced, is done and writes nothing', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    const start = BODY.indexOf(QUOTE);
    // the box still holds the quote as the form showed it: the positions say where the quote goes
    const input = { action: 'correct', version: 1, note: null, speaker: { name: 'Her Aide' }, speakerAsShown: true, quote: QUOTE, wasQuote: QUOTE, start, end: start + 'We will not retreat'.length } as const;
    expect(await reviewAttribution(db, { id: editor, ip: null }, claimId, input)).toMatchObject({ ok: true, claim: { quote: 'We will not retreat', version: 2 } });
    expect(await reviewAttribution(db, { id: editor, ip: null }, claimId, input)).toMatchObject({ ok: true, alreadySo: true, claim: { version: 2 } });
    expect(await auditEventsFor(db, 'claim', claimId)).toHaveLength(1);
    // other positions on that stale version are a conflict
    expect(await reviewAttribution(db, { id: editor, ip: null }, claimId, { ...input, end: start + 7 })).toMatchObject({ ok: false, conflict: { current: { version: 2 } } });
  });

  test('when a stale correction names a speaker nobody has yet, then it is a conflict and the look-up created no speaker', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor);
    await db('claims').where({ id: claimId }).update({ attribution_status: 'corrected', version: 2 });
    const name = `Nobody Yet ${Date.now()}`;
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: null, speaker: { name }, start: null, end: null });
    expect(result).toMatchObject({ ok: false, conflict: { current: { version: 2 } } });
    expect(await db('speakers').where({ name })).toHaveLength(0);
  });

  test('when an unattributed claim is approved, then it is refused: there is nothing to approve', async () => {
    const editor = await insertReviewer(db, 'editor');
    const claimId = await oneClaim(editor, null);
    const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'approve', version: 1, note: null });
    expect(result).toMatchObject({ ok: false, invalid: { action: expect.any(String) } });
  });
});

describe('assignClaim', () => {
  test('when a claim is assigned and then unassigned, then each change has its own claim.assign event', async () => {
    const lead = await insertReviewer(db, 'editor');
    const reviewer = await insertReviewer(db);
    const claimId = await oneClaim(lead);
    expect((await assignClaim(db, { id: lead, ip: null }, claimId, { version: 1, assignee: reviewer })).ok).toBe(true);
    expect((await assignClaim(db, { id: lead, ip: null }, claimId, { version: 2, assignee: null })).ok).toBe(true);
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['claim.assign', { assignee_id: null, version: 1 }, { assignee_id: reviewer, version: 2 }],
      ['claim.assign', { assignee_id: reviewer, version: 2 }, { assignee_id: null, version: 3 }],
    ]);
  });

  test('when the assignee is deactivated or unknown, then the assignment is refused', async () => {
    const lead = await insertReviewer(db, 'editor');
    const gone = await insertReviewer(db);
    await db('users').where({ id: gone }).update({ active: false });
    const claimId = await oneClaim(lead);
    expect(await assignClaim(db, { id: lead, ip: null }, claimId, { version: 1, assignee: gone })).toMatchObject({ ok: false, invalid: { assignee: expect.any(String) } });
    expect(await assignClaim(db, { id: lead, ip: null }, claimId, { version: 1, assignee: 1_999_999_999 })).toMatchObject({ ok: false, invalid: { assignee: expect.any(String) } });
  });
});

test('when a correction to a new name is refused for its boundaries, then no speaker is left behind', async () => {
  const editor = await insertReviewer(db, 'editor');
  const claimId = await oneClaim(editor);
  const name = `Nobody Left ${Date.now()}`;
  const result = await reviewAttribution(db, { id: editor, ip: null }, claimId, { action: 'correct', version: 1, note: null, speaker: { name }, start: 30, end: 10 });
  expect(result.ok).toBe(false);
  expect(await db('speakers').where({ name })).toHaveLength(0);
});
