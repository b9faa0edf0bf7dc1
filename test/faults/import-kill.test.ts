import type { ChildServer } from '../../bench/lib/child-server';
import { signInOverHttp, type WebSession } from '../../bench/lib/web-session';
import { verifyAuditChain } from '../../server/audit/service';
import type { Db } from '../../server/db/knex';
import { extract } from '../../server/extraction';
import { createUser } from '../support/users';
import { createMigratedDatabase, requireCluster, startAppProcess } from './app-process';
import { clusterUnavailable, createThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster';

const available = requireCluster(clusterUnavailable());
const describeCluster = available ? describe : describe.skip;

const ARTICLES = 40;
const NAMES = ['Anna Petrova', 'Jean Martin', 'Kwame Mensah', 'Li Chen', 'Sofia Rossi'];

/** A long wire story with many quotations, so each import is a real transaction with dozens of rows. */
function article(i: number): { title: string; text: string } {
  const paragraphs = [`Dispatch ${i}: talks resume in the capital`, `By Staff Reporter ${i}`];
  for (let q = 0; q < 30; q++) {
    const who = NAMES[(i + q) % NAMES.length]!;
    paragraphs.push(`“Statement ${q} of dispatch ${i}: the negotiations will continue until an agreement is reached,” ${who} said on Tuesday.`);
    paragraphs.push(`Officials from both delegations met for several hours behind closed doors in session ${q} of dispatch ${i}.`);
  }
  return { title: `Dispatch ${i}`, text: paragraphs.join('\n\n') };
}

async function importAll(app: ChildServer, session: WebSession, indexes: number[], workers: number, onDone?: () => void): Promise<Array<{ i: number; status: number | string }>> {
  const results: Array<{ i: number; status: number | string }> = [];
  const queue = [...indexes];
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      try {
        const res = await fetch(`${app.url}/articles`, {
          method: 'POST',
          headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...article(i), _csrf: session.csrf }).toString(),
          redirect: 'manual',
        });
        results.push({ i, status: res.status });
        onDone?.();
      } catch (error) {
        results.push({ i, status: (error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : 'failed' });
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** Articles missing claims or their audit event, or carrying more than one. */
async function halfImported(db: Db): Promise<string[]> {
  const rows: Array<{ id: number; body: string; claims: number; events: number; recorded: number | null }> = await db('articles as a')
    .select('a.id', 'a.body')
    .select(db.raw('(SELECT count(*)::int FROM claims c WHERE c.article_id = a.id) AS claims'))
    .select(db.raw(`(SELECT count(*)::int FROM audit_events e WHERE e.entity_type = 'article' AND e.entity_id = a.id::text AND e.action = 'article.create') AS events`))
    .select(db.raw(`(SELECT (e.after->>'claims')::int FROM audit_events e WHERE e.entity_type = 'article' AND e.entity_id = a.id::text AND e.action = 'article.create' LIMIT 1) AS recorded`));
  return rows.flatMap((r) => {
    const expected = extract({ text: r.body }).claims.length;
    return r.claims === expected && r.events === 1 && r.recorded === expected ? [] : [`article ${r.id}: ${r.claims}/${expected} claims, ${r.events} events`];
  });
}

describeCluster('when the app is killed with SIGKILL in the middle of a bulk import', () => {
  let cluster: ThrowawayCluster;
  let db: Db;
  let url: string;
  let editor: { email: string; password: string };
  const apps: ChildServer[] = [];

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    ({ db, url } = await createMigratedDatabase(cluster.url(), 'verbatim_import_kill'));
    const { user, password } = await createUser(db, { role: 'editor' });
    editor = { email: user.email, password };
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) await app.stop('SIGKILL');
    await db?.destroy();
    cluster?.destroy();
  });

  it('then no article is half-imported, and running the import again completes it exactly once', async () => {
    const first = await startAppProcess(url);
    apps.push(first);
    const session = await signInOverHttp(first.url, editor.email, editor.password);
    let done = 0;
    const all = Array.from({ length: ARTICLES }, (_, i) => i);
    const killed = new Promise<void>((resolve) => {
      const kill = () => void first.stop('SIGKILL').then(resolve);
      const timer = setTimeout(kill, 20_000);
      const check = setInterval(() => {
        if (done >= 8) {
          clearInterval(check);
          clearTimeout(timer);
          // The ninth import is on its way by now: the kill lands inside it.
          setTimeout(kill, 25);
        }
      }, 5);
    });
    // One client importing a batch in sequence, as a newsroom's bulk import does.
    const [results] = await Promise.all([importAll(first, session, all, 1, () => done++), killed]);
    const beforeKill = results.filter((r) => r.status === 303).length;
    const broken = results.filter((r) => typeof r.status === 'string').length;
    expect(results.filter((r) => typeof r.status === 'number' && r.status !== 303)).toEqual([]);

    const afterKill = await db('articles').count('* as n').first();
    expect(await halfImported(db)).toEqual([]);

    const second = await startAppProcess(url);
    apps.push(second);
    const again = await importAll(second, await signInOverHttp(second.url, editor.email, editor.password), all, 1);
    process.stdout.write(
      `import kill: ${beforeKill} imports answered before SIGKILL, ${broken} cut off, ${afterKill!.n} complete articles in the database after it; ` +
        `re-run answered ${JSON.stringify(again.reduce<Record<string, number>>((m, r) => ((m[r.status] = (m[r.status] ?? 0) + 1), m), {}))}\n`,
    );

    expect(broken).toBeGreaterThan(0);
    expect(again.filter((r) => r.status !== 303)).toEqual([]);
    expect(await db('articles').count('* as n').first()).toEqual({ n: ARTICLES });
    expect(await halfImported(db)).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 180_000);
});
