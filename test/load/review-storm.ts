import type { Db } from '../../server/db/knex';
import { FLASH_COOKIE, type FlashMessage } from '../../server/http/flash';

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
  /** The speaker a correction asked for. */
  speakerId?: number;
  /** The verdict a verdict asked for. */
  verdict?: Verdict;
  status: number;
  /** The newest message a 303 left for the next page: a `success` saved a change, an `info` says nothing was saved. */
  notice: FlashMessage | null;
  /** For an answer neither 303 nor 409: what it was to and its page's heading and first words, to say why. */
  unexpected?: string;
}

export interface StormOptions {
  sessions: StormSession[];
  claimIds: number[];
  speakerIds: number[];
  actions: number;
  seed?: number;
}

const VERDICTS = ['verified', 'disputed', 'needs_translation_review'] as const;
const STORM_EVIDENCE = 'https://example.org/e';

/** A small deterministic generator so a failing storm can be replayed with the same choices. */
export function random(seed: number) {
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
      const speakerId = pick(opts.speakerIds);
      const note = status === 'verified' ? '' : 'Storm note';
      const form: Record<string, string> =
        action === 'verdict'
          ? { status, note, evidence_url: STORM_EVIDENCE, version: String(version) }
          : action === 'approve'
            ? { action: 'approve', version: String(version) }
            : { action: 'correct', speaker: String(speakerId), version: String(version) };
      const res = await fetch(`${session.baseUrl}/claims/${claimId}/${action === 'verdict' ? 'verdict' : 'attribution'}`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, _csrf: session.csrf }).toString(),
        redirect: 'manual',
      });
      const body = await res.text();
      const unexpected = res.status === 303 || res.status === 409 ? undefined
        : `${action} by a ${session.role}: ${body.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/^.*?Sign out/, '').trim().slice(0, 240)}`;
      const asked = action === 'correct' ? { speakerId } : action === 'verdict' ? { verdict: { status, note: note || null, evidence: JSON.stringify([STORM_EVIDENCE]) } } : {};
      records.push({ claimId, action, versionRead: version, ...asked, status: res.status, notice: res.status === 303 ? newestFlash(res) : null, ...(unexpected ? { unexpected } : {}) });
    }
  };
  await Promise.all(opts.sessions.map(client));
  return records;
}

/** The newest message a response queued in the flash cookie (read, not verified: the judge holds no secret). */
function newestFlash(res: Response): FlashMessage | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${FLASH_COOKIE}=`));
  if (!cookie) return null;
  const signed = decodeURIComponent(cookie.slice(FLASH_COOKIE.length + 1).split(';')[0]!);
  const queued = JSON.parse(Buffer.from(signed.slice(0, signed.lastIndexOf('.')), 'base64url').toString('utf8')) as FlashMessage[];
  return queued.at(-1) ?? null;
}

export interface StormVerdict {
  /** 303s that saved a change. */
  accepted: number;
  /** 303s that saved nothing, the claim already reading as they asked. */
  unchanged: number;
  /** Of those, verdicts the claim already held. */
  unchangedVerdicts: number;
  conflicts: number;
  other: Record<number, number>;
  /** The first unexpected answer of each status, in words (see StormRecord.unexpected). */
  otherSeen: Record<number, string>;
  problems: string[];
}

interface Snapshot {
  version?: number;
  status?: string;
  evidence_urls?: string[];
  speaker_id?: number | null;
  attribution_status?: string;
  start_offset?: number;
  end_offset?: number;
}

interface EventRow {
  seq: number;
  entity_id: string;
  action: string;
  before: Snapshot | null;
  after: Snapshot | null;
  note: string | null;
}

interface Attribution {
  speaker_id: number | null;
  attribution_status: string;
}

/**
 * A claim's status with its latest verdict's note and evidence (as JSON). Before the storm's first verdict on the
 * claim they are not known (undefined), and read as no verdict asked for.
 */
interface Verdict {
  status: string;
  note?: string | null;
  evidence?: string;
}

const EVENT_OF: Record<StormAction, string> = { verdict: 'claim.verdict', approve: 'claim.attribution_approve', correct: 'claim.attribution_correct' };
const attributionIn = (s: Snapshot | null): Attribution => ({ speaker_id: s?.speaker_id ?? null, attribution_status: String(s?.attribution_status) });
const sameAttribution = (a: Attribution, b: Attribution) => a.speaker_id === b.speaker_id && a.attribution_status === b.attribution_status;
const said = (a: Attribution) => `speaker ${a.speaker_id} (${a.attribution_status})`;
const multiset = (xs: string[]) => JSON.stringify([...xs].sort());
const sameVerdict = (a: Verdict, b: Verdict) => a.status === b.status && a.note === b.note && a.evidence === b.evidence;
const verdictSaid = (v: Verdict) => `${v.status} (note ${JSON.stringify(v.note)}, evidence ${v.evidence})`;

/**
 * The claim's attribution at each version from `from` to its last (index: version - from), told by its attribution
 * events and, after the last, by its row. An attribution that changed with no event is a problem.
 */
function attributionByVersion(id: number, from: number, events: EventRow[], row: Attribution & { version: number }, problems: string[]): Attribution[] {
  const states: Attribution[] = [];
  let version = from;
  let known: Attribution | null = null;
  for (const e of events) {
    if (!e.after || !('attribution_status' in e.after)) continue;
    const before = attributionIn(e.before);
    if (known && !sameAttribution(known, before)) problems.push(`claim ${id}: event #${e.seq} starts from ${said(before)}, but the one before left ${said(known)}`);
    while (version <= (e.before?.version ?? -1)) states[version++ - from] = before;
    known = attributionIn(e.after);
  }
  if (known && !sameAttribution(known, row)) problems.push(`claim ${id}: its last attribution event left ${said(known)}, but it reads ${said(row)}`);
  while (version <= row.version) states[version++ - from] = { speaker_id: row.speaker_id, attribution_status: row.attribution_status };
  return states;
}

/**
 * The claim's verdict at each version from `from` to its last (index: version - from), told by its events that move
 * its status (verdicts, and corrections whose moved words reopen it) and, after the last, by its row. A status or
 * evidence that changed with no event, or a verdict event that changed nothing, is a problem.
 */
function verdictByVersion(id: number, from: number, events: EventRow[], row: { status: string; version: number }, problems: string[]): Verdict[] {
  const states: Verdict[] = [];
  let version = from;
  let known: Verdict | null = null;
  for (const e of events) {
    if (!e.after || !('status' in e.after)) continue;
    const isVerdict = e.action === 'claim.verdict';
    const before: Verdict = { ...known, status: String(e.before?.status), ...(isVerdict ? { evidence: JSON.stringify(e.before?.evidence_urls ?? []) } : {}) };
    if (known && !sameVerdict(known, before)) problems.push(`claim ${id}: event #${e.seq} starts from ${verdictSaid(before)}, but the one before left ${verdictSaid(known)}`);
    while (version <= (e.before?.version ?? -1)) states[version++ - from] = before;
    known = isVerdict ? { status: String(e.after.status), note: e.note, evidence: JSON.stringify(e.after.evidence_urls ?? []) } : { ...before, status: String(e.after.status) };
    if (isVerdict && sameVerdict(before, known)) problems.push(`claim ${id}: event #${e.seq} (a verdict) changed nothing of the verdict, ${verdictSaid(known)}`);
  }
  if (known && known.status !== row.status) problems.push(`claim ${id}: its last verdict left it ${known.status}, but it reads ${row.status}`);
  while (version <= row.version) states[version++ - from] = known ?? { status: row.status };
  return states;
}

/** Whether the claim, reading as `now`, is as the action asked when its form showed `shown`. */
function readsAsAsked(r: StormRecord, shown: Attribution, now: Attribution & Verdict): boolean {
  if (r.action === 'verdict') return sameVerdict(now, r.verdict!);
  if (r.action === 'approve') return now.attribution_status === 'approved' && now.speaker_id === shown.speaker_id;
  return now.attribution_status === 'corrected' && now.speaker_id === r.speakerId;
}

/**
 * Checks the storm against the database. Every 303 says whether it saved: a `success` notice is an accepted change,
 * an `info` one saved nothing. Each accepted change has exactly one audit event of its kind whose `before.version` is
 * the version the client read; versions advance by one with no gaps or repeats, so the claims' final versions account
 * for every accepted change and for nothing else; every event changed what it is about; an action that saved nothing
 * met the claim already reading as it asked, at the version it read or a later one; every refusal was a 409, and none
 * was for an action that every version after the one it read already answered (it would have been done, whenever it
 * came).
 */
export async function judgeStorm(db: Db, records: StormRecord[], initial: Map<number, number>, sinceSeq: number): Promise<StormVerdict> {
  const problems: string[] = [];
  const other: Record<number, number> = {};
  const otherSeen: Record<number, string> = {};
  const accepted: StormRecord[] = [];
  const unchanged: StormRecord[] = [];
  for (const r of records) {
    if (r.status === 409) continue;
    if (r.status !== 303) {
      other[r.status] = (other[r.status] ?? 0) + 1;
      otherSeen[r.status] ??= r.unexpected ?? '';
    }
    else if (r.notice?.type === 'success') accepted.push(r);
    else if (r.notice?.type === 'info') unchanged.push(r);
    else problems.push(`claim ${r.claimId}: a ${r.action} answered 303 with ${r.notice ? `the ${r.notice.type} “${r.notice.message}”` : 'no message'}, not saying whether it saved`);
  }
  const conflicts = records.filter((r) => r.status === 409).length;
  // the actions that saved nothing, or were refused: each must have met the claim as the judge below finds it
  const judged = new Map<number, StormRecord[]>();
  for (const r of [...unchanged, ...records.filter((x) => x.status === 409)]) judged.set(r.claimId, [...(judged.get(r.claimId) ?? []), r]);

  const ids = [...initial.keys()];
  const events: EventRow[] = await db('audit_events')
    .where('entity_type', 'claim')
    .whereIn('entity_id', ids.map(String))
    .andWhere('seq', '>', sinceSeq)
    .orderBy('seq')
    .select('seq', 'entity_id', 'action', 'before', 'after', 'note');
  const claims: Array<Attribution & { id: number; version: number; status: string }> = await db('claims').whereIn('id', ids).select('id', 'version', 'status', 'speaker_id', 'attribution_status');

  for (const claim of claims) {
    const { id, version } = claim;
    const mine = events.filter((e) => Number(e.entity_id) === id);
    const acceptedHere = accepted.filter((r) => r.claimId === id);
    const from = initial.get(id)!;
    let expected = from;
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
    const readVersions = multiset(acceptedHere.map((r) => `${r.versionRead} ${EVENT_OF[r.action]}`));
    const eventVersions = multiset(mine.map((e) => `${e.before?.version ?? -1} ${e.action}`));
    if (readVersions !== eventVersions) {
      problems.push(`claim ${id}: accepted changes (version read, kind) ${readVersions}, events (version made on, kind) ${eventVersions}`);
    }
    for (const e of mine) {
      const moved = (['speaker_id', 'attribution_status', 'start_offset', 'end_offset'] as const).some((k) => e.before?.[k] !== e.after?.[k]);
      if (e.action !== 'claim.verdict' && !moved) problems.push(`claim ${id}: event #${e.seq} (${e.action}) changed nothing of the attribution`);
    }
    const verdicts = verdictByVersion(id, from, mine, claim, problems);
    const states = attributionByVersion(id, from, mine, claim, problems).map((a, i) => ({ ...a, ...verdicts[i]! }));
    for (const r of (judged.get(id) ?? [])) {
      const shown = states[r.versionRead - from];
      const asked = (now: Attribution & Verdict) => readsAsAsked(r, shown!, now);
      if (!shown) problems.push(`claim ${id}: a ${r.action} read version ${r.versionRead}, which the claim never had`);
      else if (r.status === 303 && !states.slice(r.versionRead - from).some(asked)) {
        problems.push(`claim ${id}: a ${r.action} read at version ${r.versionRead} saved nothing, but from then on the claim never read as it asked`);
      } else if (r.status === 409 && states.slice(r.versionRead - from + 1).every(asked)) {
        problems.push(`claim ${id}: a ${r.action} read at version ${r.versionRead} was refused as stale, but every version since read as it asked`);
      }
    }
  }
  return { accepted: accepted.length, unchanged: unchanged.length, unchangedVerdicts: unchanged.filter((r) => r.action === 'verdict').length, conflicts, other, otherSeen, problems };
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
