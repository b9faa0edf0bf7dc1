import type { Express } from 'express';
import { resultOf } from '../../server/audit/check';
import { recordCommandLineCheck } from '../../server/audit/check-repository';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain } from '../../server/audit/service';
import { checkTrailNow } from '../support/audit';
import { createUser, isolatedDatabase, newAgent, signIn, type Agent, type IsolatedDatabase } from '../support';

// A trail of its own: the test cuts events off its end for good, which every later check of a shared database would see.
let iso: IsolatedDatabase;
let app: Express;
beforeAll(async () => {
  iso = await isolatedDatabase();
  app = iso.app();
}, 120_000);
afterAll(() => iso?.close());

/** An admin signed in, with a few events of their own in the trail. */
async function signedInAdmin(): Promise<Agent> {
  const { user, password } = await createUser(iso.db, { role: 'admin' });
  for (let i = 0; i < 5; i++) await recordAudit(iso.db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, after: { i } });
  return signIn(newAgent(app), user.email, password);
}

const checkNow = (agent: Agent) => checkTrailNow(iso.db, agent);

const minute = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

test('when events were cut off the end after a check verified them, then the next check in the app says BROKEN, names what is gone and the check that saw it', async () => {
  const agent = await signedInAdmin();
  const fromCommandLine = await verifyAuditChain(iso.db);
  await recordCommandLineCheck(iso.db, 5, resultOf(fromCommandLine));
  const intact = await checkNow(agent);
  expect(intact).toMatchObject({ outcome: 'intact', head_seq: expect.any(Number), head_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const listed = await agent.get('/audit/check');
  expect(listed.text).toContain(`<code>${intact.head_seq}:${intact.head_hash}</code>`);
  expect(listed.text).toContain('<td data-label="By">npm run audit:verify</td>');
  expect(listed.text).toContain('npm run audit:verify -- --head SEQ:HASH');

  await iso.db.transaction(async (trx) => {
    await linkPendingAuditEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where('seq', '>', intact.head_seq - 3).del();
  });
  const broken = await checkNow(agent);
  const last = Number((await iso.db('audit_events').max({ n: 'seq' }).first())!.n);
  const gone = `events after #${last} that check ${intact.id} of ${minute(intact.finished_at)} verified (up to #${intact.head_seq}) are gone`;
  expect(last).toBeLessThan(intact.head_seq);
  expect(broken).toMatchObject({ outcome: 'broken', problem: 'truncated', broken_event_id: null, head_seq: null, message: `Audit trail BROKEN: ${gone}.` });
  const result = await iso.db('audit_events').where({ action: 'audit.check_result', entity_id: String(broken.id) }).first('after', 'note');
  expect(result).toEqual({ after: { outcome: 'broken', events_checked: last, broken_event_id: null }, note: `Audit trail BROKEN: ${gone}.` });
  expect((await agent.get('/audit/check')).text).toContain(`<strong>Audit trail BROKEN: ${gone}.</strong>`);
});
