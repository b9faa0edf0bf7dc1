import type { ChildServer } from '../../bench/lib/child-server';
import { signInOverHttp, type WebSession } from '../../bench/lib/web-session';
import type { Db } from '../../server/db/knex';
import { createUser } from '../support/users';
import { createMigratedDatabase, requireCluster, startAppProcess } from './app-process';
import { clusterUnavailable, createThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster';

const available = requireCluster(clusterUnavailable());
const PATHS = ['/claims', '/audit', '/healthz'];
const describeCluster = available ? describe : describe.skip;

interface Hit {
  at: number;
  path: string;
  status: number;
  ms: number;
  body: string;
}

/**
 * PostgreSQL restarted under load, on a cluster of the test's own (never the machine's shared server): while it
 * is down, pages answer 503 quickly with a plain message; once it is back, the same app process and the same
 * session serve pages again.
 */
describeCluster('when PostgreSQL restarts under load', () => {
  let cluster: ThrowawayCluster;
  let db: Db;
  let app: ChildServer;
  let session: WebSession;

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    ({ db } = await createMigratedDatabase(cluster.url(), 'verbatim_fault'));
    const { user, password } = await createUser(db, { role: 'editor' });
    app = await startAppProcess(cluster.url('verbatim_fault'));
    session = await signInOverHttp(app.url, user.email, password);
  }, 60_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await db?.destroy();
    cluster?.destroy();
  });

  let hits: Hit[] = [];
  let outage = { from: 0, to: 0, recovered: 0 };
  /** Whether every path answered 200 after the restart before the recovery wait ran out. */
  let everyPathBack = false;
  let pid: number | undefined;

  beforeAll(async () => {
    pid = app.process.pid;
    const t0 = Date.now();
    let stop = false;
    const client = async (path: string) => {
      while (!stop) {
        const started = Date.now();
        try {
          const res = await fetch(`${app.url}${path}`, { headers: { cookie: session.cookie }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
          hits.push({ at: started - t0, path, status: res.status, ms: Date.now() - started, body: await res.text() });
        } catch (error) {
          hits.push({ at: started - t0, path, status: 0, ms: Date.now() - started, body: String(error) });
        }
      }
    };
    const clients = [...Array(3).fill('/claims'), '/audit', '/healthz'].map((p: string) => client(p));

    await new Promise((r) => setTimeout(r, 1500));
    outage.from = Date.now() - t0;
    cluster.stop('fast');
    await new Promise((r) => setTimeout(r, 2500));
    cluster.start();
    outage.to = Date.now() - t0;
    // Recovery: the load stays on until every path has answered 200 again (at most 15 s), then 2 s more.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const since = hits.filter((h) => h.at > outage.to);
      if (PATHS.every((p) => since.some((h) => h.path === p && h.status === 200))) {
        everyPathBack = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    outage.recovered = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 2000));
    stop = true;
    await Promise.all(clients);
    const count = (xs: Hit[]) => xs.reduce<Record<number, number>>((m, h) => ((m[h.status] = (m[h.status] ?? 0) + 1), m), {});
    process.stdout.write(
      `database restart: ${hits.length} requests; down ${outage.from}–${outage.to} ms: ${JSON.stringify(count(during()))}, ` +
        `slowest ${Math.max(0, ...during().map((h) => h.ms))} ms; every page 200 again ${outage.recovered - outage.to} ms after the restart; ` +
        `then ${JSON.stringify(count(after()))}\n`,
    );
  }, 60_000);

  const during = () => hits.filter((h) => h.at >= outage.from + 200 && h.at < outage.to);
  const after = () => hits.filter((h) => h.at > outage.recovered + 200);

  it('then the same app process serves every page again with the same session once the database is back', () => {
    expect(app.process.exitCode).toBeNull();
    expect(app.process.pid).toBe(pid);
    expect(everyPathBack).toBe(true);
    expect(outage.recovered - outage.to).toBeLessThan(15_000);
    // every path was asked again after recovery, and answered 200 each time
    expect(PATHS.map((p) => [p, after().some((h) => h.path === p)])).toEqual(PATHS.map((p) => [p, true]));
    expect(after().filter((h) => h.status !== 200)).toEqual([]);
  });

  it('then no request hangs or loses its connection during the outage', () => {
    expect(during().length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.status === 0)).toEqual([]);
    expect(Math.max(...during().map((h) => h.ms))).toBeLessThan(5000);
  });

  it('then pages answer 503 with a plain message while the database is down', () => {
    // the outage was really seen: every path was asked while the database was down, and answered 503
    expect(PATHS.map((p) => [p, during().filter((h) => h.path === p && h.status === 503).length > 0])).toEqual(PATHS.map((p) => [p, true]));
    expect(during().filter((h) => h.status !== 503).map((h) => `${h.path} ${h.status}`)).toEqual([]);
    const pages = during().filter((x) => x.path !== '/healthz');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((h) => !/database|try again/i.test(h.body)).map((h) => `${h.path}: ${h.body.slice(0, 200)}`)).toEqual([]);
  });
});
