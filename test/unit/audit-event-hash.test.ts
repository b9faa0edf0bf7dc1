import { createHash } from 'node:crypto';
import { eventHash, hashedTimestamp } from '../../server/audit/event-hash';

describe('an event time as the hash covers it', () => {
  test.each([
    ['2026-11-30 23:07:56.90481+00', '2026-11-30T23:07:56.904810Z'],
    ['2026-11-30 23:07:56+00', '2026-11-30T23:07:56.000000Z'],
    ['2026-12-01 04:30:00.000001+05:30', '2026-11-30T23:00:00.000001Z'],
    ['2026-12-31 21:00:00.5-03:30', '2027-01-01T00:30:00.500000Z'],
    ['2024-03-01 00:00:00+01', '2024-02-29T23:00:00.000000Z'],
    ['1800-01-01 00:19:32+00:19:32', '1800-01-01T00:00:00.000000Z'],
    ['0044-03-15 12:19:32.5+00:19:32 BC', '0044-03-15T12:00:00.500000Z'],
    ['0001-01-01 00:30:00+01 BC', '0002-12-31T23:30:00.000000Z'],
    ['0001-01-01 00:30:00+01', '0001-12-31T23:30:00.000000Z'],
    ['12345-01-01 01:00:00+01', '12345-01-01T00:00:00.000000Z'],
    ['10000-01-01 00:59:59.999999+01', '9999-12-31T23:59:59.999999Z'],
    ['294276-12-31 23:59:59.999999+00', '294276-12-31T23:59:59.999999Z'],
  ])('when PostgreSQL prints %s, then it is hashed as %s, as to_char(… AT TIME ZONE \'UTC\') writes it', (printed, hashed) => {
    expect(hashedTimestamp(printed)).toBe(hashed);
  });

  test('when a time is infinite, then it is hashed as null, as to_char gives NULL for it', () => {
    expect(hashedTimestamp('infinity')).toBeNull();
    expect(hashedTimestamp('-infinity')).toBeNull();
  });

  test('when a time is printed in another DateStyle, then it is refused rather than hashed as something else', () => {
    expect(() => hashedTimestamp('Mon Nov 30 23:07:56.90481 2026 UTC')).toThrow(/DateStyle ISO/);
    expect(() => hashedTimestamp('30.11.2026 23:07:56.90481 UTC')).toThrow(/DateStyle ISO/);
  });
});

describe('an event hash', () => {
  const event = {
    prevHash: '0'.repeat(64), seq: 7, occurredAt: '2026-11-30T23:07:56.904810Z', actorId: 12, action: 'claim.verdict', entityType: 'claim',
    entityId: '42', before: '{"a": 1, "status": "unreviewed"}', after: null, note: 'She said "no"\n\t\\ \u0001 \u007f \u2028 שלום 🎉', ip: null,
  };

  test('when it is computed, then it is the SHA-256 of the jsonb text of the eleven values, strings escaped as jsonb escapes them', () => {
    const text = `["${'0'.repeat(64)}", 7, "2026-11-30T23:07:56.904810Z", 12, "claim.verdict", "claim", "42", {"a": 1, "status": "unreviewed"}, null, ` +
      '"She said \\"no\\"\\n\\t\\\\ \\u0001 \u007f \u2028 שלום 🎉", null]';
    expect(eventHash(event)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  test('when any value differs, even a NULL from an empty text or a number from its text, then the hash differs', () => {
    const base = eventHash(event);
    for (const change of [{ ip: '' }, { entityId: null }, { seq: '8' }, { actorId: null }, { note: event.note.replace('\n', '\r') }, { before: '{"a": 1.0, "status": "unreviewed"}' }]) {
      expect(eventHash({ ...event, ...change })).not.toBe(base);
    }
  });
});
