import type { Db } from '../../server/db/knex';
import { submitVerdict } from '../../server/reviews/service';
import { insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { getTestDb } from '../support';

let db: Db;
beforeAll(() => { db = getTestDb(); });

const BODY = 'The minister said: "Prices will fall by spring." Nobody believed it.';

describe('submitVerdict', () => {
  test('when the form carries the current version, then the review, the claim and one audit event are written together', async () => {
    const reviewer = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.', speaker: 'Ana Minister' }]);
    const result = await submitVerdict(db, { id: reviewer, ip: '10.0.0.1' }, claimId!, {
      status: 'disputed', note: 'Central bank forecasts say otherwise', evidenceUrls: ['https://example.org/forecast'], version: 1,
    });
    expect(result.ok).toBe(true);
    const claim = await db('claims').where({ id: claimId }).first('status', 'version', 'updated_by');
    expect(claim).toEqual({ status: 'disputed', version: 2, updated_by: reviewer });
    const reviews = await db('claim_reviews').where({ claim_id: claimId }).select('status', 'note', 'evidence_urls', 'reviewer_id');
    expect(reviews).toEqual([{ status: 'disputed', note: 'Central bank forecasts say otherwise', evidence_urls: ['https://example.org/forecast'], reviewer_id: reviewer }]);
    const events = await auditEventsFor(db, 'claim', claimId!);
    expect(events).toHaveLength(1);
    const review = await db('claim_reviews').where({ claim_id: claimId }).first('id');
    expect(events[0]).toMatchObject({
      action: 'claim.verdict', actor_id: reviewer, note: 'Central bank forecasts say otherwise', ip: '10.0.0.1',
      before: { status: 'unreviewed', version: 1, evidence_urls: [] }, after: { status: 'disputed', version: 2, review_id: review.id, evidence_urls: ['https://example.org/forecast'] },
    });
    expect(result).toMatchObject({ ok: true, claim: { id: claimId, status: 'disputed', version: 2, updated_by: reviewer } });
  });

  test('when a claim has verdicts already, then the new verdict’s event records the evidence of the latest one as its before', async () => {
    const reviewer = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    const verdicts = [['https://a.example/1'], ['https://a.example/1', 'https://b.example/2'], []];
    for (const [i, evidenceUrls] of verdicts.entries()) {
      expect((await submitVerdict(db, { id: reviewer, ip: null }, claimId!, { status: 'disputed', note: 'Not so', evidenceUrls, version: i + 1 })).ok).toBe(true);
    }
    const events = await auditEventsFor(db, 'claim', claimId!);
    expect(events.map((e) => [(e.before as { evidence_urls: unknown }).evidence_urls, (e.after as { evidence_urls: unknown }).evidence_urls])).toEqual([
      [[], ['https://a.example/1']],
      [['https://a.example/1'], ['https://a.example/1', 'https://b.example/2']],
      [['https://a.example/1', 'https://b.example/2'], []],
    ]);
  });

  test('when the form carries an older version, then nothing is written and the conflict lists what happened since', async () => {
    const reviewer = await insertReviewer(db);
    const other = await insertReviewer(db, 'fact_checker', 'Other Reviewer');
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    await submitVerdict(db, { id: other, ip: null }, claimId!, { status: 'verified', note: null, evidenceUrls: [], version: 1 });
    const stale = await submitVerdict(db, { id: reviewer, ip: null }, claimId!, { status: 'disputed', note: 'no', evidenceUrls: [], version: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok || !('conflict' in stale)) throw new Error('expected a conflict');
    expect(stale.conflict.current).toMatchObject({ status: 'verified', version: 2 });
    expect(stale.conflict.events.map((e) => [e.action, e.actor_name])).toEqual([['claim.verdict', 'Other Reviewer']]);
    expect(await db('claim_reviews').where({ claim_id: claimId }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await auditEventsFor(db, 'claim', claimId!)).toHaveLength(1);
  });

  test('when two reviewers submit different verdicts on the same version at once, then exactly one wins and the other gets a conflict', async () => {
    const a = await insertReviewer(db);
    const b = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, a, BODY, [{ quote: 'Prices will fall by spring.' }]);
    const results = await Promise.all([a, b].map((id, i) => submitVerdict(db, { id, ip: null }, claimId!, { status: 'disputed', note: `reviewer ${i}`, evidenceUrls: [], version: 1 })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && 'conflict' in r)).toHaveLength(1);
    expect(await auditEventsFor(db, 'claim', claimId!)).toHaveLength(1);
  });

  test('when the same verdict is submitted twice at once, then one is written and the other is done without writing', async () => {
    const reviewer = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    const verdict = { status: 'disputed', note: 'Not so', evidenceUrls: ['https://example.org/a'], version: 1 } as const;
    const results = await Promise.all([1, 2].map(() => submitVerdict(db, { id: reviewer, ip: null }, claimId!, { ...verdict, evidenceUrls: [...verdict.evidenceUrls] })));
    expect(results.map((r) => r.ok && (r.alreadySo ?? false)).sort()).toEqual([false, true]);
    expect(await db('claims').where({ id: claimId }).first('status', 'version')).toEqual({ status: 'disputed', version: 2 });
    expect(await db('claim_reviews').where({ claim_id: claimId }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await auditEventsFor(db, 'claim', claimId!)).toHaveLength(1);
  });

  test('when the claim already holds the verdict on the form’s version, then it is done and nothing is written; with another note it is a new verdict', async () => {
    const reviewer = await insertReviewer(db);
    const other = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    const verdict = { status: 'verified', note: null, evidenceUrls: ['https://example.org/a', 'https://example.org/b'] } as const;
    expect(await submitVerdict(db, { id: reviewer, ip: null }, claimId!, { ...verdict, evidenceUrls: [...verdict.evidenceUrls], version: 1 })).toMatchObject({ ok: true, claim: { version: 2 } });

    const again = await submitVerdict(db, { id: other, ip: null }, claimId!, { ...verdict, evidenceUrls: [...verdict.evidenceUrls], version: 2 });
    expect(again).toMatchObject({ ok: true, alreadySo: true, claim: { id: claimId, status: 'verified', version: 2 } });
    expect(await auditEventsFor(db, 'claim', claimId!)).toHaveLength(1);

    const noted = await submitVerdict(db, { id: other, ip: null }, claimId!, { ...verdict, note: 'Seen the wire', evidenceUrls: [...verdict.evidenceUrls], version: 2 });
    expect(noted).toMatchObject({ ok: true, claim: { version: 3 } });
    expect(noted.ok && noted.alreadySo).toBeFalsy();
    expect((await auditEventsFor(db, 'claim', claimId!)).map((e) => e.note)).toEqual([null, 'Seen the wire']);
  });

  test('when a claim reopened by a moved quote is unreviewed, then the verdict it had before is given again as a change', async () => {
    const reviewer = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    expect((await submitVerdict(db, { id: reviewer, ip: null }, claimId!, { status: 'verified', note: null, evidenceUrls: [], version: 1 })).ok).toBe(true);
    await db('claims').where({ id: claimId }).update({ status: 'unreviewed', version: 3 });
    expect(await submitVerdict(db, { id: reviewer, ip: null }, claimId!, { status: 'verified', note: null, evidenceUrls: [], version: 3 })).toMatchObject({ ok: true, claim: { status: 'verified', version: 4 } });
    expect(await db('claim_reviews').where({ claim_id: claimId }).count({ n: '*' })).toEqual([{ n: 2 }]);
  });

  test('when the audit event cannot be written, then the verdict leaves no review, no status change and no event', async () => {
    const reviewer = await insertReviewer(db);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, reviewer, BODY, [{ quote: 'Prices will fall by spring.' }]);
    const marker = `refuse this event ${claimId}`;
    await db.raw(`CREATE FUNCTION refuse_verdict_event_${claimId}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.note = '${marker}' THEN RAISE EXCEPTION 'event refused'; END IF; RETURN NEW; END $$`);
    await db.raw(`CREATE TRIGGER refuse_verdict_event_${claimId} BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_verdict_event_${claimId}()`);
    try {
      await expect(submitVerdict(db, { id: reviewer, ip: null }, claimId!, { status: 'disputed', note: marker, evidenceUrls: [], version: 1 }))
        .rejects.toThrow(/event refused/);
    } finally {
      await db.raw(`DROP TRIGGER refuse_verdict_event_${claimId} ON audit_events`);
      await db.raw(`DROP FUNCTION refuse_verdict_event_${claimId}()`);
    }
    expect(await db('claims').where({ id: claimId }).first('status', 'version')).toEqual({ status: 'unreviewed', version: 1 });
    expect(await db('claim_reviews').where({ claim_id: claimId }).count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await auditEventsFor(db, 'claim', claimId!)).toHaveLength(0);
  });

  test('when the claim does not exist, then a 404 error is raised', async () => {
    const reviewer = await insertReviewer(db);
    await expect(submitVerdict(db, { id: reviewer, ip: null }, 2_000_000_000, { status: 'verified', note: null, evidenceUrls: [], version: 1 })).rejects.toMatchObject({ status: 404 });
  });
});
