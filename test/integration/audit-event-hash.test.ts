import { storedEventHash } from '../../server/audit/event-hash';
import { chainLinks, type StoredChainEvent } from '../../server/audit/repository';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain } from '../../server/audit/service';
import type { Trx } from '../../server/db/knex';
import { inRolledBackTransaction } from '../support/audit';
import { createUser, getTestDb } from '../support';

const db = getTestDb();

// Characters jsonb escapes, characters it does not (DEL, U+2028, non-breaking space, a byte-order mark), combining
// marks, right-to-left text, astral emoji, quotes of every kind, and text that looks like JSON or an escape.
const TRICKY = ['"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0001', '\u001f', '\u007f', '\u0080', '\u00a0', '\u2028', '\u2029', '\ufeff',
  'é', 'e\u0301', 'ß', 'שלום', 'مرحبا', '\u202e', '🎉', '👩🏽‍🔬', '𝔘', "'", '’', '/', '<', '&', ' ', '{"a": 1}', 'null', '\\u0000', '\\n', '$1', '😀'];
// Numbers jsonb keeps as written (1.0, 0.000, big ones) or prints its own way (1e2, -0, 1E-7).
const NUMBERS = ['0', '-0', '1.0', '1e2', '1E-7', '-12.50', '0.000', '123456789012345678901234567890.123', '9007199254740993', '2.5e+300'];
const TIMES = ['2026-11-30 23:07:56.90481+00', '2026-11-30 23:07:56+00', '2000-02-29 23:30:00.000001-05:30', '1800-01-01 00:00:00+00',
  '0044-03-15 12:00:00.5+00 BC', '12345-06-07 08:09:10.11+00', 'infinity', '-infinity', '2026-06-30 22:00:00.1+00'];

/** A deterministic source of choices (mulberry32), so a failure names the same events every run. */
function choices(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => (next() < 0.5 ? pick(TRICKY) : pick(['a', 'Z', '1', ' ', '-']))).join('');
  const json = (depth: number): string => {
    const r = next();
    if (depth <= 0 || r < 0.35) return pick([...NUMBERS, 'true', 'false', 'null', JSON.stringify(text(12))]);
    if (r < 0.6) return `[${Array.from({ length: Math.floor(next() * 4) }, () => json(depth - 1)).join(',')}]`;
    // keys repeated and out of order: jsonb keeps the last of a repeated key and sorts keys its own way
    return `{${Array.from({ length: Math.floor(next() * 5) }, () => `${JSON.stringify(pick(['a', 'b', 'aa', 'é', text(6)]))}:${json(depth - 1)}`).join(', ')}}`;
  };
  return { next, pick, text, json };
}

/** `n` events of every form the table admits, written behind the triggers so each may carry a time of its own. */
async function hostileEvents(trx: Trx, n: number): Promise<number[]> {
  const { user } = await createUser(trx);
  const c = choices(20261204);
  const maybe = <T>(value: () => T): T | null => (c.next() < 0.25 ? null : value());
  const rows = Array.from({ length: n }, (_, i) => ({
    ...(i % 10 === 0 ? {} : { occurred_at: c.pick(TIMES) }),
    actor_id: maybe(() => user.id),
    action: c.pick(['user.update', 'claim.verdict', 'article.create', 'speaker.merge']),
    entity_type: c.text(30).slice(0, 60) || 'claim',
    entity_id: maybe(() => c.pick([String(i), '007', '', '9007199254740993', c.text(20)])),
    before: maybe(() => trx.raw('?::jsonb', [c.json(3)])),
    after: maybe(() => trx.raw('?::jsonb', [c.json(3)])),
    note: maybe(() => c.text(40)),
    ip: maybe(() => c.pick(['203.0.113.7', '::1', '', c.text(10)])),
  }));
  await trx.raw('SET LOCAL session_replication_role = replica');
  const inserted: Array<{ id: number }> = await trx('audit_events').insert(rows).returning('id');
  await trx.raw('SET LOCAL session_replication_role = origin');
  // and as the app writes them, its values turned into JSON by JSON.stringify
  for (const value of [{ quote: c.text(30), n: 1.5, big: 2 ** 60, nested: [null, { '': c.text(5) }] }, c.text(10), 0, [], {}]) {
    inserted.push(await recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, before: value, after: { value }, note: c.text(20) }));
  }
  return inserted.map((r) => r.id);
}

/** The linked events among `ids`, read as the verifier reads them. */
async function storedEvents(trx: Trx, ids: number[]): Promise<StoredChainEvent[]> {
  const wanted = new Set(ids.map(String));
  const found: StoredChainEvent[] = [];
  for await (const batch of chainLinks(trx)) found.push(...batch.filter((e) => wanted.has(e.id)));
  return found;
}

test('when events of every form are linked by the database, then the hash computed in Node from their stored values is the one audit_event_hash() gave, in any session time zone', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const ids = await hostileEvents(trx, 400);
    await linkPendingAuditEvents(trx);
    const { rows: byDatabase } = await trx.raw('SELECT id::text AS id, audit_event_hash(e) AS hash FROM audit_events e WHERE id = ANY(?)', [ids]);
    const databaseHash = new Map((byDatabase as Array<{ id: string; hash: string }>).map((r) => [r.id, r.hash]));
    for (const zone of ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Amsterdam', 'Pacific/Kiritimati']) {
      await trx.raw(`SET LOCAL TimeZone = '${zone}'`);
      await trx.raw(`SET LOCAL DateStyle = 'ISO, DMY'`);
      const events = await storedEvents(trx, ids);
      expect(events).toHaveLength(ids.length);
      const disagreeing = events.filter((e) => storedEventHash(e) !== e.hash || e.hash !== databaseHash.get(e.id));
      expect({ zone, disagreeing }).toEqual({ zone, disagreeing: [] });
    }
    // what the hash covers really is that varied: times of every era and infinity, NULLs and jsonb of every kind
    const { rows: [spread] } = await trx.raw(`
      SELECT count(DISTINCT occurred_at)::int AS times, count(*) FILTER (WHERE occurred_at = 'infinity')::int AS infinite,
             count(*) FILTER (WHERE before IS NULL)::int AS null_before, count(*) FILTER (WHERE jsonb_typeof(after) = 'number')::int AS number_after,
             count(*) FILTER (WHERE note ~ '[\\u0001\\u007f\\u2028]')::int AS odd_notes
        FROM audit_events WHERE id = ANY(?)`, [ids]);
    expect(spread).toEqual({ times: TIMES.length + 1, infinite: expect.any(Number), null_before: expect.any(Number), number_after: expect.any(Number), odd_notes: expect.any(Number) });
    for (const n of Object.values(spread as Record<string, number>)) expect(n).toBeGreaterThan(0);
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: true, pending: 0 });
  });
});

test('when audit_event_hash() is replaced by one that leaves something out, then the links it makes pass the database\'s checks but not verification', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const { user } = await createUser(trx);
    await linkPendingAuditEvents(trx);
    const lastSeq = Number((await trx('audit_events').max({ n: 'seq' }).first())!.n);
    // the hash of everything but the note: the append-only trigger, which asks this function, accepts its links
    await trx.raw(`CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(jsonb_build_array(
        e.prev_hash, e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_id, e.action, e.entity_type, e.entity_id, e.before, e.after, NULL::text, e.ip
      )::text, 'UTF8')), 'hex') $$`);
    const event = await recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, note: 'covered by the hash' });
    await linkPendingAuditEvents(trx);
    const { seq } = await trx('audit_events').where({ id: event.id }).first('seq');
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: false, problem: 'altered' });
    expect((report as { seq: number }).seq).toBeGreaterThan(lastSeq);
    expect((report as { seq: number }).seq).toBeLessThanOrEqual(seq);
  });
});
