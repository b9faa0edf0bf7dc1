import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/knex';
import { csrfFrom, signIn } from '../support/http';
import { createUser } from '../support/users';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { APP_SESSION_SECRET, createMigratedDatabase, requireCluster } from './app-process';
import { clusterUnavailable, createThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster';

const available = requireCluster(clusterUnavailable());
const describeCluster = available ? describe : describe.skip;
const FAULT_NOTE = 'fault: refuse this write';

/**
 * A write that fails half-way through its transaction (the audit insert, the last write, is refused by a trigger
 * this test installs in a database of its own) must leave nothing behind and tell the reviewer plainly.
 */
describeCluster('when a write fails in the middle of its transaction', () => {
  let cluster: ThrowawayCluster;
  let db: Db;
  let sessionPool: pg.Pool;
  let agent: ReturnType<typeof request.agent>;
  let userId: number;

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    let url: string;
    ({ db, url } = await createMigratedDatabase(cluster.url(), 'verbatim_fault'));
    await db.raw(`
      CREATE FUNCTION refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.note = '${FAULT_NOTE}' THEN RAISE EXCEPTION 'injected failure at the last write'; END IF;
        RETURN NEW;
      END $$`);
    await db.raw('CREATE TRIGGER refuse_marked_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_marked_audit()');
    sessionPool = new pg.Pool({ connectionString: url, max: 2 });
    const app = createApp({
      config: { sessionSecret: APP_SESSION_SECRET, trustProxy: false, nodeEnv: 'test', logLevel: 'silent' },
      db,
      sessionPool,
      logger: pino({ level: 'silent' }),
    });
    const { user, password } = await createUser(db, { role: 'editor' });
    userId = user.id;
    agent = await signIn(request.agent(app), user.email, password);
  }, 60_000);

  afterAll(async () => {
    await sessionPool?.end();
    await db?.destroy();
    cluster?.destroy();
  });

  async function claimWithPage() {
    const tag = randomBytes(3).toString('hex');
    const quote = `We will pay everything in rubles ${tag}`;
    const { claimIds } = await insertArticleWithClaims(db, userId, `“${quote},” said Anna Petrova ${tag}.`, [{ quote, speaker: `Anna Petrova ${tag}` }]);
    const id = claimIds[0]!;
    const page = await agent.get(`/claims/${id}`);
    const before = await db('claims').where({ id }).first('status', 'version', 'speaker_id', 'speaker_name', 'attribution_status');
    return { id, tag, csrf: csrfFrom(page.text), before };
  }

  function expectPlainFailure(res: request.Response) {
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.text).toMatch(/went wrong|not saved|try again/i);
    expect(res.text).not.toMatch(/injected failure|ERROR:|\bat \S+\.(ts|js):\d+/);
  }

  it('then a verdict leaves no review, no status change and no audit event', async () => {
    const { id, csrf, before } = await claimWithPage();
    const res = await agent.post(`/claims/${id}/verdict`).type('form')
      .send({ status: 'disputed', note: FAULT_NOTE, evidence_url: 'https://example.org/e', version: String(before.version), _csrf: csrf });

    expectPlainFailure(res);
    expect(await db('claims').where({ id }).first('status', 'version', 'speaker_id', 'speaker_name', 'attribution_status')).toEqual(before);
    expect(await db('claim_reviews').where({ claim_id: id }).count('* as n').first()).toEqual({ n: 0 });
    expect(await db('audit_events').where({ entity_type: 'claim', entity_id: String(id) }).count('* as n').first()).toEqual({ n: 0 });
  });

  it('then an attribution correction to a new speaker leaves neither the speaker nor the change', async () => {
    const { id, tag, csrf, before } = await claimWithPage();
    const name = `Brand New Speaker ${tag}`;
    const res = await agent.post(`/claims/${id}/attribution`).type('form')
      .send({ action: 'correct', speaker: name, note: FAULT_NOTE, version: String(before.version), _csrf: csrf });

    expectPlainFailure(res);
    expect(await db('claims').where({ id }).first('status', 'version', 'speaker_id', 'speaker_name', 'attribution_status')).toEqual(before);
    expect(await db('speakers').where({ name }).count('* as n').first()).toEqual({ n: 0 });
    expect(await db('audit_events').where({ entity_type: 'claim', entity_id: String(id) }).count('* as n').first()).toEqual({ n: 0 });
  });

  it('then the page gives back what the form held, so a long note is not lost with the write', async () => {
    const { id, csrf, before } = await claimWithPage();
    const host = 'verbatim.test';
    const res = await agent.post(`/claims/${id}/verdict`).type('form').set('Host', host).set('Origin', `http://${host}`).set('Referer', `http://${host}/claims/${id}`)
      .send({ status: 'disputed', note: FAULT_NOTE, evidence_url: 'https://example.org/<e>', version: String(before.version), _csrf: csrf });

    expectPlainFailure(res);
    expect(res.text).toContain('Nothing you sent was saved.');
    expect(res.text).toContain(`>${FAULT_NOTE}</textarea>`);
    expect(res.text).toContain('>https://example.org/&lt;e&gt;</textarea>');
    expect(res.text).toContain('>Disputed</textarea>');
    expect(res.text).toContain(`<a href="/claims/${id}">Open the form again</a>`);
    expect(res.text).not.toContain(`>${csrf}</textarea>`);
  });

  it('then the same verdict without the fault goes through, so the failure was the injected one', async () => {
    const { id, csrf, before } = await claimWithPage();
    const res = await agent.post(`/claims/${id}/verdict`).type('form')
      .send({ status: 'disputed', note: 'An ordinary note', evidence_url: 'https://example.org/e', version: String(before.version), _csrf: csrf });
    expect(res.status).toBe(303);
    expect(await db('claims').where({ id }).first('status', 'version')).toEqual({ status: 'disputed', version: before.version + 1 });
  });
});
