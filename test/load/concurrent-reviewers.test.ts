import { randomBytes } from 'node:crypto';
import { signInOverHttp } from '../../bench/lib/web-session';
import { linkPendingAuditEvents } from '../../server/audit/service';
import { createUser, getTestDb, listeningTestApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { chainProblemsSince, judgeStorm, runStorm, type StormSession } from './review-storm';

// CI size; `STORM_ACTIONS=10000 npx jest test/load/concurrent-reviewers` is the full storm.
const ACTIONS = Number(process.env.STORM_ACTIONS ?? 800);
const CLIENTS = 64;
const CLAIMS = 100;

describe('concurrent reviewers on the same claims', () => {
  const app = listeningTestApp();

  it(`when ${CLIENTS} clients review and re-attribute ${CLAIMS} claims in a storm, then every accepted change was made on the version it read and has exactly one audit event, every verdict or review that changed nothing wrote nothing, the rest are 409s and the chain holds`, async () => {
    const db = getTestDb();
    const tag = randomBytes(3).toString('hex');
    const editors = await Promise.all(Array.from({ length: 8 }, () => createUser(db, { role: 'editor' })));
    const checkers = await Promise.all(Array.from({ length: 8 }, () => createUser(db, { role: 'fact_checker' })));
    const speakers = ['A', 'B', 'C'].map((s) => `Storm Speaker ${s} ${tag}`);
    const claimIds: number[] = [];
    let speakerIds: number[] = [];
    for (let a = 0; a < CLAIMS / 10; a++) {
      const quotes = Array.from({ length: 10 }, (_, i) => `Quote ${i} of storm article ${a} ${tag}`);
      const body = quotes.map((q, i) => `“${q},” said ${speakers[i % 3]}.`).join('\n\n');
      const fixture = await insertArticleWithClaims(db, editors[0]!.user.id, body, quotes.map((quote, i) => ({ quote, speaker: speakers[i % 3]! })));
      claimIds.push(...fixture.claimIds);
      speakerIds = Object.values(fixture.speakerIds);
    }
    const users = [...editors, ...checkers];
    const signedIn: Array<Omit<StormSession, 'baseUrl'>> = [];
    for (const u of users) signedIn.push({ ...(await signInOverHttp(app.baseUrl, u.user.email, u.password)), role: u.user.role });
    const sessions: StormSession[] = Array.from({ length: CLIENTS }, (_, i) => ({ baseUrl: app.baseUrl, ...signedIn[i % signedIn.length]! }));
    const initial = new Map<number, number>(
      (await db('claims').whereIn('id', claimIds).select('id', 'version')).map((c: { id: number; version: number }) => [c.id, c.version]),
    );
    const sinceSeq = Number((await db('audit_events').max('seq as seq').first())?.seq ?? 0);

    const started = Date.now();
    const records = await runStorm({ sessions, claimIds, speakerIds, actions: ACTIONS });
    const seconds = (Date.now() - started) / 1000;
    await linkPendingAuditEvents(db);
    const verdict = await judgeStorm(db, records, initial, sinceSeq);
    const chain = await chainProblemsSince(db, sinceSeq);

    process.stdout.write(
      `review storm: ${CLIENTS} clients, ${CLAIMS} claims, ${records.length} actions in ${seconds.toFixed(1)} s ` +
        `(${(records.length / seconds).toFixed(0)} actions/s): ${verdict.accepted} accepted (303), ${verdict.unchanged} already so (303, nothing written; ${verdict.unchangedVerdicts} of them verdicts), ` +
        `${verdict.conflicts} refused as stale (409), ` +
        `other ${JSON.stringify(verdict.other)}${Object.keys(verdict.other).length ? ` (first: ${JSON.stringify(verdict.otherSeen)})` : ''}; ${verdict.problems.length} consistency problems; chain ${chain.length ? 'BROKEN' : 'verifies'}\n`,
    );
    expect(records).toHaveLength(ACTIONS);
    expect({ other: verdict.other, first: verdict.otherSeen }).toEqual({ other: {}, first: {} });
    expect(verdict.problems).toEqual([]);
    expect(verdict.accepted).toBeGreaterThan(0);
    // verdicts, approvals and corrections often ask for what the claim already reads: the judge must have met some
    expect(verdict.unchanged).toBeGreaterThan(verdict.unchangedVerdicts);
    expect(verdict.unchangedVerdicts).toBeGreaterThan(0);
    expect(verdict.conflicts).toBeGreaterThan(0);
    expect(chain).toEqual([]);
  }, 240_000);
});
