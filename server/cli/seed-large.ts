/**
 * `npm run seed:large -- --claims N [--database URL]`: fills a PostgreSQL database with N claims and what goes with
 * them (≈ N/10 articles, speakers, reviewers, reviews and ≈ 10 × N audit events forming a valid hash chain), for
 * benchmarks and for trying the pages at scale. Uses DATABASE_URL unless --database is given; migrates first.
 * Prints the reviewers' shared password once.
 */
import pg from 'pg';
import { generatePassword, hashPassword } from '../auth/passwords';
import { createDb } from '../db/knex';
import { migrateLatest } from '../db/migrate';
import { databaseUrlProblem } from '../startup-problems';
import { withIndexesRebuilt } from './seed-large/bulk';
import { loadEventHistory } from './seed-large/events';
import * as stage from './seed-large/stages';

interface Options {
  claims: number;
  databaseUrl: string;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const claims = Number((value('claims') ?? '').replace(/[_,]/g, ''));
  if (!Number.isInteger(claims) || claims < 10 || claims > 20_000_000) {
    throw new Error('--claims N is required: a whole number from 10 to 20,000,000');
  }
  const databaseUrl = value('database') ?? env.DATABASE_URL;
  if (!databaseUrl) throw new Error('set DATABASE_URL (or pass --database URL): the large seed needs a PostgreSQL server');
  return { claims, databaseUrl };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const result = await work();
  console.log(`  ${label.padEnd(34)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
  return result;
}

async function createReviewers(db: pg.Client, passwordHash: string): Promise<stage.SeedPlan['users']> {
  const tag = Date.now().toString(36);
  const { rows } = await db.query<{ id: string; role: string }>(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'reviewer-' || $1 || '-' || i || '@seed.verbatim.test', 'Seed reviewer ' || i,
            CASE WHEN i <= 2 THEN 'admin' WHEN i <= 10 THEN 'editor' ELSE 'fact_checker' END, $2
       FROM generate_series(1, 50) i
     RETURNING id, role`,
    [tag, passwordHash],
  );
  console.log(`  reviewers: reviewer-${tag}-1..50@seed.verbatim.test (1–2 admin, 3–10 editor, the rest fact-checkers)`);
  return {
    editors: rows.filter((r) => r.role !== 'fact_checker').map((r) => Number(r.id)),
    factCheckers: rows.filter((r) => r.role === 'fact_checker').map((r) => Number(r.id)),
  };
}

export async function seedLarge(opts: Options): Promise<{ password: string; auditEvents: number }> {
  const knex = createDb(opts.databaseUrl, { poolMax: 1 });
  try {
    await migrateLatest(knex);
  } finally {
    await knex.destroy();
  }
  const db = new pg.Client({ connectionString: opts.databaseUrl, application_name: 'verbatim-seed-large' });
  await db.connect();
  const started = Date.now();
  try {
    await db.query(`SET work_mem = '512MB'; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off`);
    const password = generatePassword();
    const users = await createReviewers(db, await hashPassword(password));
    const { rows: [max] } = await db.query<Record<string, string | null>>(`
      SELECT (SELECT max(id) FROM articles) AS article, (SELECT max(id) FROM claims) AS claim,
             (SELECT max(id) FROM speakers) AS speaker`);
    const base = {
      article: Number(max!.article ?? 0),
      claim: Number(max!.claim ?? 0),
      speaker: Number(max!.speaker ?? 0),
      nameIndex: Number(max!.speaker ?? 0),
    };
    const p = stage.plan(opts.claims, base, users);
    console.log(`seeding ${p.claims} claims in ${p.articles} articles by ${p.speakers} speakers`);
    await stage.createHelpers(db, p);
    await dropStaging(db);
    await timed('stage articles and claims', () => stage.stageClaims(db, p));
    await timed('insert speakers', () => stage.insertSpeakers(db, p));
    await timed('insert articles', () => stage.insertArticles(db, p));
    await timed('insert claims, rebuild indexes', () => withIndexesRebuilt(db, ['claims', 'claim_word_pairs'], () => stage.insertClaims(db, p)));
    const { events: auditEvents } = await timed('chain audit events, load reviews', () =>
      loadEventHistory(db, p, () => connectLoader(opts.databaseUrl)));
    await dropStaging(db);
    // why: a bulk load leaves every page without hint bits and the visibility map empty, so the first reads of each
    // page after it set those bits and write the page back, and index-only scans visit the table; VACUUM does that once
    // (14 s at a million claims), where autovacuum would get to it at some later time in the middle of a benchmark:
    // right after seeding, the claim page cost its database backend 1.53 ms of CPU against 0.78 at ten thousand claims
    await timed('vacuum and analyze', async () => {
      // why: the load committed asynchronously, and no page whose rows' commit is not yet on disk may be marked
      // all-visible; one synchronous commit flushes the log up to it, and every earlier commit with it
      await db.query('SET synchronous_commit = on; SELECT txid_current()');
      await db.query('VACUUM (ANALYZE) users, speakers, articles, claims, claim_word_pairs, claim_reviews, audit_events, claim_status_counts');
    });
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${p.claims} claims, ${p.articles} articles, ` +
      `${p.speakers} speakers, ${auditEvents} audit events`);
    return { password, auditEvents };
  } finally {
    await dropStaging(db).catch(() => undefined);
    await db.end();
  }
}

async function dropStaging(db: pg.Client): Promise<void> {
  await db.query('DROP TABLE IF EXISTS seed_units, seed_claims, seed_articles, seed_speaker_names');
}

/**
 * A connection that bulk-loads rows referencing only rows inserted before, so the per-row foreign-key triggers
 * (and every other non-ALWAYS trigger) are skipped on it.
 */
async function connectLoader(databaseUrl: string): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'verbatim-seed-large' });
  await db.connect();
  await db.query(`SET maintenance_work_mem = '1GB'; SET synchronous_commit = off; SET session_replication_role = replica`);
  return db;
}

if (require.main === module) {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  // why: a database that is missing or refuses the sign-in is said in one line naming it, not with a driver's stack
  databaseUrlProblem(opts.databaseUrl).then((problem) => {
    if (!problem) return seedLarge(opts);
    console.error(problem.replace(/^DATABASE_URL/, opts.databaseUrl === process.env.DATABASE_URL ? 'DATABASE_URL' : '--database'));
    process.exit(2);
  }).then(
    ({ password }) => console.log(`seeded reviewers sign in with the password: ${password}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
