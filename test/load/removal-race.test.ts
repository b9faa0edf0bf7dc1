import { randomBytes } from 'node:crypto';
import { signInOverHttp, type WebSession } from '../../bench/lib/web-session';
import { linkPendingAuditEvents } from '../../server/audit/service';
import { createUser, getTestDb, listeningTestApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { chainProblemsSince } from './review-storm';

const CLAIMS = 20;
const REVIEWERS = 12;

describe('removing claims while reviewers send verdicts on them', () => {
  const app = listeningTestApp();

  const post = (s: WebSession, path: string, fields: Record<string, string>) =>
    fetch(`${app.baseUrl}${path}`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: app.baseUrl },
      body: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString(),
    }).then(async (r) => ({ status: r.status, text: await r.text() }));

  it(`when ${REVIEWERS} reviewers send verdicts on ${CLAIMS} claims as two editors remove them, then no verdict is lost unseen: each is on its claim or inside the one event that removed it`, async () => {
    const db = getTestDb();
    const tag = randomBytes(3).toString('hex');
    const editors = await Promise.all([0, 1].map(() => createUser(db, { role: 'editor' })));
    const checkers = await Promise.all(Array.from({ length: REVIEWERS }, () => createUser(db, { role: 'fact_checker' })));
    const quotes = Array.from({ length: CLAIMS }, (_, i) => `Race quote ${i} ${tag}`);
    const { claimIds } = await insertArticleWithClaims(db, editors[0]!.user.id, quotes.map((q) => `“${q},” said Someone.`).join('\n\n'), quotes.map((quote) => ({ quote })));
    const editorSessions = await Promise.all(editors.map((e) => signInOverHttp(app.baseUrl, e.user.email, e.password)));
    const checkerSessions = await Promise.all(checkers.map((c) => signInOverHttp(app.baseUrl, c.user.email, c.password)));
    const sinceSeq = Number((await db('audit_events').max('seq as seq').first())?.seq ?? 0);

    // every reviewer sends a verdict on every claim, each on the version it read, while both editors remove every other claim
    const removed = claimIds.filter((_, i) => i % 2 === 0);
    const outcomes = await Promise.all([
      // a verdict refused as stale is sent again on the new version, up to three times, so that some meet a removal
      ...checkerSessions.flatMap((s, r) => claimIds.map(async (id) => {
        let res = { status: 0, text: '' };
        for (let attempt = 0; attempt < 3; attempt++) {
          const { version } = (await db('claims').where({ id }).first('version')) ?? { version: 1 };
          // each reviewer's own note: a verdict the claim already holds would be done with nothing stored
          res = await post(s, `/claims/${id}/verdict`, { status: 'disputed', note: `race ${tag} by reviewer ${r}`, version: String(version) });
          if (res.status !== 409) break;
        }
        return { id, reviewer: checkers[r]!.user.id, ...res };
      })),
      // a removal refused because a verdict came first is sent again on the new version, as its conflict page offers
      ...editorSessions.flatMap((s) => removed.map(async (id) => {
        for (;;) {
          const { version } = (await db('claims').where({ id }).first('version')) ?? { version: 1 };
          const res = await post(s, `/claims/${id}/remove`, { note: `not a claim ${tag}`, version: String(version) });
          if (res.status !== 409) return { id, reviewer: 0, ...res };
        }
      })),
    ]);
    await linkPendingAuditEvents(db);

    const verdicts = outcomes.filter((o) => o.reviewer !== 0);
    const removals = outcomes.filter((o) => o.reviewer === 0);
    // a verdict was stored (303), refused on a changed version (409) or met a removed claim (410, its note given back)
    expect(verdicts.filter((o) => ![303, 409, 410].includes(o.status)).map((o) => o.status)).toEqual([]);
    expect(verdicts.filter((o) => o.status === 410).every((o) => o.text.includes(`race ${tag}`))).toBe(true);
    expect(removals.filter((o) => ![303, 410].includes(o.status)).map((o) => o.status)).toEqual([]);

    const events = await db('audit_events').where('seq', '>', sinceSeq).whereIn('entity_id', claimIds.map(String)).select('action', 'entity_id', 'before');
    const removalEvents = events.filter((e) => e.action === 'claim.remove');
    // each claim to go was removed exactly once, and is gone with its reviews
    expect(removalEvents.map((e) => Number(e.entity_id)).sort((a, b) => a - b)).toEqual([...removed].sort((a, b) => a - b));
    expect(Number((await db('claims').whereIn('id', removed).count({ n: '*' }))[0]!.n)).toBe(0);
    expect(Number((await db('claim_reviews').whereIn('claim_id', removed).count({ n: '*' }))[0]!.n)).toBe(0);
    // every stored verdict has its one event; those on removed claims are in the removal's record of the claim
    const accepted = verdicts.filter((o) => o.status === 303);
    expect(events.filter((e) => e.action === 'claim.verdict')).toHaveLength(accepted.length);
    for (const id of removed) {
      const kept = (removalEvents.find((e) => Number(e.entity_id) === id)!.before as { reviews: Array<{ reviewer_id: number }> }).reviews;
      expect(kept.map((r) => Number(r.reviewer_id)).sort()).toEqual(accepted.filter((o) => o.id === id).map((o) => o.reviewer).sort());
    }
    const live = claimIds.filter((id) => !removed.includes(id));
    expect(Number((await db('claim_reviews').whereIn('claim_id', live).count({ n: '*' }))[0]!.n)).toBe(accepted.filter((o) => live.includes(o.id)).length);
    expect(await chainProblemsSince(db, sinceSeq)).toEqual([]);
    process.stdout.write(`removal race: ${verdicts.length} verdicts (${accepted.length} stored, ${verdicts.filter((o) => o.status === 409).length} stale, ` +
      `${verdicts.filter((o) => o.status === 410).length} on removed claims), ${removals.length} removals (${removalEvents.length} done)\n`);
  }, 120_000);
});
