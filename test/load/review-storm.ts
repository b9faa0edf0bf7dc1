import type { Db } from '../../server/db/knex';

/**
 * Many reviewers on the same claims at once, through HTTP like browsers: each action reads the claim page (its
 * version and CSRF token), then posts a verdict or an attribution review against that version.
 */
export interface StormSession {
  baseUrl: string;
  cookie: string;
  csrf: string;
  role: 'fact_checker' | 'editor' | 'admin';
}

export type StormAction = 'verdict' | 'approve' | 'correct';

export interface StormRecord {
  claimId: number;
  action: StormAction;
  versionRead: number;
  status: number;
}

export interface StormOptions {
  sessions: StormSession[];
  claimIds: number[];
  speakerIds: number[];
  actions: number;
  seed?: number;
}

const VERDICTS = ['verified', 'disputed', 'needs_translation_review'] as const;

/** A small deterministic generator so a failing storm can be replayed with the same choices. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export async function runStorm(opts: StormOptions): Promise<StormRecord[]> {
  const records: StormRecord[] = [];
  let issued = 0;
  const rand = random(opts.seed ?? 5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

  const client = async (session: StormSession) => {
    while (issued < opts.actions) {
      issued++;
      const claimId = pick(opts.claimIds);
      const page = await fetch(`${session.baseUrl}/claims/${claimId}`, { headers: { cookie: session.cookie } });
      const html = await page.text();
      if (page.status !== 200) throw new Error(`GET /claims/${claimId} answered ${page.status}`);
      const version = Number(/name="version" value="(\d+)"/.exec(html)?.[1]);
      if (!Number.isInteger(version)) throw new Error(`no version on /claims/${claimId}`);
      const action: StormAction = session.role === 'fact_checker' ? 'verdict' : pick(['verdict', 'verdict', 'approve', 'correct'] as const);
      const status = pick(VERDICTS);
      const form: Record<string, string> =
        action === 'verdict'
          ? { status, note: status === 'verified' ? '' : 'Storm note', evidence_url: 'https://example.org/e', version: String(version) }
          : action === 'approve'
            ? { action: 'approve', version: String(version) }
            : { action: 'correct', speaker: String(pick(opts.speakerIds)), version: String(version) };
      const res = await fetch(`${session.baseUrl}/claims/${claimId}/${action === 'verdict' ? 'verdict' : 'attribution'}`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, _csrf: session.csrf }).toString(),
        redirect: 'manual',
      });
      await res.arrayBuffer();
      records.push({ claimId, action, versionRead: version, status: res.status });
    }
  };
  await Promise.all(opts.sessions.map(client));
  return records;
}

export interface StormVerdict {
  accepted: number;
  conflicts: number;
  other: Record<number, number>;
  problems: string[];
}

interface EventRow {
  seq: number;
  entity_id: string;
  action: string;
  before: { version?: number } | null;
  after: { version?: number } | null;
}

/**
 * Checks the storm against the database: each accepted change has exactly one audit event whose `before.version`
 * is the version the client read, versions advance by one with no gaps or repeats, every refusal was a 409, and
 * the claims' final versions account for every accepted change.
 */
export async function judgeStorm(db: Db, records: StormRecord[], initial: Map<number, number>, sinceSeq: number): Promise<StormVerdict> {
  const problems: string[] = [];
  const other: Record<number, number> = {};
  const accepted = records.filter((r) => r.status === 303);
  const conflicts = records.filter((r) => r.status === 409).length;
  for (const r of records) if (r.status !== 303 && r.status !== 409) other[r.status] = (other[r.status] ?? 0) + 1;

  const ids = [...initial.keys()];
  const events: EventRow[] = await db('audit_events')
    .where('entity_type', 'claim')
    .whereIn('entity_id', ids.map(String))
    .andWhere('seq', '>', sinceSeq)
    .orderBy('seq')
    .select('seq', 'entity_id', 'action', 'before', 'after');
  const claims: Array<{ id: number; version: number }> = await db('claims').whereIn('id', ids).select('id', 'version');

  for (const { id, version } of claims) {
    const mine = events.filter((e) => Number(e.entity_id) === id);
    const acceptedHere = accepted.filter((r) => r.claimId === id);
    let expected = initial.get(id)!;
    for (const e of mine) {
      if (e.before?.version !== expected || e.after?.version !== expected + 1) {
        problems.push(`claim ${id}: event #${e.seq} moves version ${e.before?.version} → ${e.after?.version}, expected ${expected} → ${expected + 1}`);
      }
      expected++;
    }
    if (version !== expected) problems.push(`claim ${id}: version ${version} but its events lead to ${expected}`);
    if (mine.length !== acceptedHere.length) {
      problems.push(`claim ${id}: ${acceptedHere.length} accepted changes but ${mine.length} audit events`);
    }
    const readVersions = acceptedHere.map((r) => r.versionRead).sort((a, b) => a - b);
    const eventVersions = mine.map((e) => e.before?.version ?? -1).sort((a, b) => a - b);
    if (JSON.stringify(readVersions) !== JSON.stringify(eventVersions)) {
      problems.push(`claim ${id}: accepted changes read versions [${readVersions.join(',')}], events were made on [${eventVersions.join(',')}]`);
    }
  }
  return { accepted: accepted.length, conflicts, other, problems };
}

/** The audit chain from `fromSeq` on: contiguous, each hash recomputes from its row, each links to its predecessor. */
export async function chainProblemsSince(db: Db, fromSeq: number): Promise<string[]> {
  const rows: Array<{ seq: number; hash: string; prev_hash: string; recomputed: string; previous: string | null }> = await db
    .select('seq', 'hash', 'prev_hash', db.raw('audit_event_hash(a.*) AS recomputed'), db.raw('lag(hash) OVER (ORDER BY seq) AS previous'))
    .from('audit_events as a')
    .where('seq', '>=', Math.max(1, fromSeq))
    .orderBy('seq');
  const problems: string[] = [];
  rows.forEach((r, i) => {
    if (r.recomputed !== r.hash) problems.push(`#${r.seq}: content does not match its hash`);
    if (i > 0 && r.previous !== r.prev_hash) problems.push(`#${r.seq}: does not link to #${rows[i - 1]!.seq}`);
    if (i > 0 && Number(r.seq) !== Number(rows[i - 1]!.seq) + 1) problems.push(`#${r.seq}: follows #${rows[i - 1]!.seq}`);
  });
  return problems;
}

/** Waits until no audit event is left pending, as the app processes' chainers link them; false on timeout. */
export async function pendingSettled(db: Db, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db('audit_events').whereNull('seq').count({ n: '*' }).first();
    if (Number(row?.n) === 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
