import { randomBytes } from 'node:crypto';
import { signInOverHttp } from '../../bench/lib/web-session';
import { linkPendingAuditEvents } from '../../server/audit/service';
import { createUser, getTestDb, listeningTestApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { chainProblemsSince, random } from './review-storm';

// CI size; `ASSIGN_STORM_ACTIONS=2000 npx jest test/load/concurrent-assignments` is a longer storm.
const ACTIONS = Number(process.env.ASSIGN_STORM_ACTIONS ?? 300);
const CLIENTS = 32;
const CLAIMS = 40;

interface Sent {
  /** What the list showed and the form sent: claim id → version. */
  ticked: Map<number, number>;
  status: number;
}

describe('desk leads assigning the same claims together, while reviewers give verdicts on them', () => {
  const app = listeningTestApp();

  it(`when ${CLIENTS} clients tick and assign, or give verdicts on, ${CLAIMS} claims at once, then every claim assigned was assigned on the version its list showed, each with one event, and no change is lost`, async () => {
    const db = getTestDb();
    const tag = randomBytes(3).toString('hex');
    const users = await Promise.all(Array.from({ length: 8 }, (_, i) => createUser(db, { role: i % 2 ? 'editor' : 'fact_checker', name: `Desk ${i} ${tag}` })));
    const quotes = Array.from({ length: CLAIMS }, (_, i) => `Assigned words ${i} ${tag}`);
    const { articleId, claimIds } = await insertArticleWithClaims(db, users[0]!.user.id, quotes.map((q) => `“${q}”`).join('\n\n'), quotes.map((quote) => ({ quote })));
    const sessions: Array<{ cookie: string; csrf: string; id: number }> = [];
    for (const u of users) sessions.push({ ...(await signInOverHttp(app.baseUrl, u.user.email, u.password)), id: u.user.id });
    const initial = new Map<number, number>((await db('claims').whereIn('id', claimIds).select('id', 'version')).map((c: { id: number; version: number }) => [c.id, c.version]));
    const sinceSeq = Number((await db('audit_events').max('seq as seq').first())?.seq ?? 0);
    const sinceId = Number((await db('audit_events').max('id as id').first())?.id ?? 0);

    const rand = random(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const sent: Sent[] = [];
    let verdicts = 0;
    let issued = 0;
    const client = async (i: number) => {
      const s = sessions[i % sessions.length]!;
      const post = (path: string, form: Record<string, string> | URLSearchParams) => fetch(`${app.baseUrl}${path}`, {
        method: 'POST', redirect: 'manual',
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: (form instanceof URLSearchParams ? form : new URLSearchParams(form)).toString(),
      });
      while (issued < ACTIONS) {
        issued++;
        if (rand() < 0.3) {
          // a reviewer's verdict moves a claim's version under the lists already shown
          const claimId = pick(claimIds);
          const page = await (await fetch(`${app.baseUrl}/claims/${claimId}`, { headers: { cookie: s.cookie } })).text();
          const version = /name="version" value="(\d+)"/.exec(page)![1]!;
          const res = await post(`/claims/${claimId}/verdict`, { status: pick(['verified', 'disputed'] as const), note: 'storm', evidence_url: '', version, _csrf: s.csrf });
          await res.arrayBuffer();
          verdicts++;
          continue;
        }
        const list = await (await fetch(`${app.baseUrl}/claims?article=${articleId}&tick=1`, { headers: { cookie: s.cookie } })).text();
        const shown = [...list.matchAll(/name="claim" value="(\d+):(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
        const ticked = new Map(shown.filter(() => rand() < 0.25));
        if (ticked.size === 0) ticked.set(shown[0]![0], shown[0]![1]);
        const form = new URLSearchParams({ _csrf: s.csrf, assignee: String(pick(users).user.id), back: `/claims?article=${articleId}&tick=1` });
        for (const [id, version] of ticked) form.append('claim', `${id}:${version}`);
        const res = await post('/claims/assign', form);
        await res.arrayBuffer();
        sent.push({ ticked, status: res.status });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    await linkPendingAuditEvents(db);

    const problems: string[] = [];
    expect(sent.filter((x) => x.status !== 303)).toEqual([]);
    const events: Array<{ id: number; entity_id: string | null; action: string; before: { version?: number } | null; after: Record<string, unknown> | null }> =
      await db('audit_events').where('id', '>', sinceId).whereIn('action', ['claim.assign', 'claim.assign_many', 'claim.verdict']).orderBy('seq').select('id', 'entity_id', 'action', 'before', 'after');
    const parents = new Map(events.filter((e) => e.action === 'claim.assign_many').map((e) => [e.id, e]));
    const parts = events.filter((e) => e.action === 'claim.assign');
    // every part belongs to a bulk assignment that names its claim, and each bulk assignment's parts are the claims it names
    for (const p of parts) {
      const parent = parents.get(p.after?.part_of_event as number);
      if (!parent || !(parent.after?.claim_ids as number[]).includes(Number(p.entity_id))) problems.push(`event ${p.id}: a claim.assign of claim ${p.entity_id} that no bulk assignment names`);
    }
    for (const parent of parents.values()) {
      const mine = parts.filter((p) => p.after?.part_of_event === parent.id).map((p) => Number(p.entity_id)).sort((a, b) => a - b);
      if (JSON.stringify(mine) !== JSON.stringify([...(parent.after?.claim_ids as number[])].sort((a, b) => a - b))) problems.push(`event ${parent.id}: names ${JSON.stringify(parent.after?.claim_ids)}, its parts are ${JSON.stringify(mine)}`);
      // made on the versions one form sent: some submission ticked exactly these claims at exactly these versions
      const versions = parts.filter((p) => p.after?.part_of_event === parent.id).map((p) => [Number(p.entity_id), p.before?.version] as const);
      if (!sent.some((x) => versions.every(([id, v]) => x.ticked.get(id) === v))) problems.push(`event ${parent.id}: its claims' versions ${JSON.stringify(versions)} are no list's that a form sent`);
    }
    // per claim, every change is one event, each made on the version the one before left: nothing lost, nothing twice
    const rows: Array<{ id: number; version: number; assignee_id: number | null }> = await db('claims').whereIn('id', claimIds).select('id', 'version', 'assignee_id');
    for (const claim of rows) {
      let version = initial.get(claim.id)!;
      let assignee: unknown = null;
      for (const e of events.filter((x) => Number(x.entity_id) === claim.id)) {
        if (e.before?.version !== version || e.after?.version !== version + 1) problems.push(`claim ${claim.id}: event ${e.id} (${e.action}) moves ${e.before?.version} → ${e.after?.version}, expected from ${version}`);
        version = Number(e.after?.version);
        if (e.action === 'claim.assign') assignee = e.after?.assignee_id;
      }
      if (version !== claim.version) problems.push(`claim ${claim.id}: version ${claim.version}, its events lead to ${version}`);
      if (assignee !== claim.assignee_id) problems.push(`claim ${claim.id}: assigned to ${claim.assignee_id}, its last assignment event says ${String(assignee)}`);
    }
    const chain = await chainProblemsSince(db, sinceSeq);
    process.stdout.write(
      `assignment storm: ${CLIENTS} clients, ${CLAIMS} claims, ${sent.length} bulk assignments and ${verdicts} verdicts: ${parents.size} assigned something, ` +
        `${parts.length} claims assigned in all; ${problems.length} consistency problems; chain ${chain.length ? 'BROKEN' : 'verifies'}\n`,
    );
    expect(problems).toEqual([]);
    expect(chain).toEqual([]);
    // the storm met both outcomes: claims assigned, and lists shown before a change
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBeLessThan([...sent].reduce((n, x) => n + x.ticked.size, 0));
  }, 240_000);
});
