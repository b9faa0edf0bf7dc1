import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyAuditChain } from '../../server/audit/service';
import { seedLarge } from '../../server/cli/seed-large';
import { createDb, type Db } from '../../server/db/knex';
import { speakerNameKey } from '../../server/speakers/repository';
import { createScratchDatabase, type ScratchDatabase } from '../support';

const serverUrl = process.env.DATABASE_URL?.trim();

// The large seed needs a PostgreSQL server (COPY, temporary functions), so it runs where DATABASE_URL names one.
(serverUrl ? describe : describe.skip)('seed:large', () => {
  let scratch: ScratchDatabase;
  let db: Db;

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    scratch = await createScratchDatabase(serverUrl!, 'verbatim_test_seed');
    db = createDb(scratch.url, { poolMax: 2 });
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  it('when seeded twice, then one intact chain holds both histories and every verdict has its review and day count, every claim its status count, each history in time order', async () => {
    const first = await seedLarge({ claims: 300, databaseUrl: scratch.url });
    const second = await seedLarge({ claims: 200, databaseUrl: scratch.url });

    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, pending: 0, events: first.auditEvents + second.auditEvents });
    const [counts] = await db.raw(`
      SELECT (SELECT count(*) FROM claims)::int AS claims,
             (SELECT count(*) FROM audit_events WHERE action = 'article.create')::int AS article_events,
             (SELECT count(*) FROM audit_events WHERE action = 'claim.verdict')::int AS verdicts,
             (SELECT count(*) FROM claim_reviews)::int AS reviews,
             (SELECT count(*) FROM claim_reviews r JOIN audit_events e
                 ON e.action = 'claim.verdict' AND e.entity_id = r.claim_id::text AND e.occurred_at = r.created_at
                AND e.actor_id = r.reviewer_id AND e.after->>'status' = r.status)::int AS matching_reviews,
             (SELECT sum(reviews) FROM claim_review_days)::int AS day_counts,
             (SELECT count(*) FROM (SELECT status, sum(claims) AS n FROM claim_status_counts GROUP BY 1) s
                FULL JOIN (SELECT status, count(*) AS n FROM claims GROUP BY 1) c USING (status)
               WHERE s.n IS DISTINCT FROM c.n)::int AS miscounted_statuses,
             (SELECT count(*) FROM claims c LEFT JOIN claim_word_pairs w ON w.claim_id = c.id
               WHERE w.pairs IS DISTINCT FROM phrase_pairs(c.quote, c.speaker_name))::int AS claims_without_their_word_pairs,
             (SELECT count(*) FROM speakers
               WHERE search_keys IS DISTINCT FROM name_key || CASE WHEN role IS NULL THEN '' ELSE E'\\n' || role_key END)::int AS speakers_searched_by_other_keys,
             (SELECT bool_and(a.occurred_at <= b.occurred_at) FROM audit_events a JOIN audit_events b ON b.seq = a.seq + 1 WHERE b.seq <= ?) AS in_time_order`,
      [first.auditEvents])
      .then((r: { rows: unknown[] }) => r.rows);
    expect(counts).toEqual({
      claims: 500, article_events: 50, verdicts: expect.any(Number), reviews: expect.any(Number),
      matching_reviews: expect.any(Number), day_counts: expect.any(Number), miscounted_statuses: 0, claims_without_their_word_pairs: 0, speakers_searched_by_other_keys: 0,
      in_time_order: true,
    });
    const c = counts as Record<string, number>;
    expect(c.verdicts).toBeGreaterThan(500);
    expect(c.reviews).toBe(c.verdicts);
    expect(c.matching_reviews).toBe(c.verdicts);
    expect(c.day_counts).toBe(c.verdicts);
    // a seeded role is found by the speaker list's search as an imported one is: folded as the app folds names
    const roles: Array<{ role: string | null; role_key: string }> = await db('speakers').select('role', 'role_key');
    expect(roles.some((r) => r.role !== null)).toBe(true);
    for (const r of roles) expect(r.role_key).toBe(r.role === null ? '' : speakerNameKey(r.role));
    // left vacuumed, as a database in service is: every page of the big tables is marked all-visible
    const { rows: pages } = await db.raw(`SELECT relname, relpages, relallvisible FROM pg_class
      WHERE relname IN ('claims', 'claim_reviews', 'audit_events') ORDER BY relname`);
    expect(pages).toHaveLength(3);
    for (const t of pages as Array<{ relpages: number; relallvisible: number }>) expect(t.relallvisible).toBe(t.relpages);
  }, 120_000);

  it('when the database named does not exist, then it says so in one line with how to create it, exits 2, and creates nothing', async () => {
    const root = path.resolve(__dirname, '../..');
    const missing = `${serverUrl!.replace(/\/[^/]*$/, '')}/verbatim_test_seed_missing_${process.pid}`;
    const run = promisify(execFile);
    const failure = await run(path.join(root, 'node_modules/.bin/tsx'), ['server/cli/seed-large.ts', '--claims', '100', '--database', missing], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '' },
    }).then(() => null, (err: { code: number; stdout: string; stderr: string }) => err);
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(2);
    const name = `verbatim_test_seed_missing_${process.pid}`;
    expect(failure!.stderr.trim()).toMatch(new RegExp(`^--database: \\S+ has no database "${name}"; create it \\(createdb ${name}\\) or name another$`));
    expect(failure!.stdout).toBe('');
    const { rows } = await db.raw(`SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'verbatim_test_seed_missing_%'`);
    expect(rows[0].n).toBe(0);
  }, 60_000);
});
