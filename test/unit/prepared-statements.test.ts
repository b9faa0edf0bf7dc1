import { vocabularyLiteral } from '../../server/db/knex';
import { MAX_PREPARED_PER_CONNECTION, statementName } from '../../server/db/prepared';

test('a string that may hold several statements and has no parameters runs unnamed, as only the simple protocol allows', () => {
  expect(statementName({}, 'SET work_mem = 1; SELECT 1', 0)).toBeUndefined();
  expect(statementName({}, 'BEGIN;', 0)).toBeUndefined();
});

test('one statement is named with or without parameters: a page whose values are all literal is planned once too', () => {
  expect(statementName({}, 'SELECT id FROM claims ORDER BY updated_at DESC LIMIT 51', 0)).toMatch(/^v_/);
  expect(statementName({}, "SELECT ';' = $1", 1)).toMatch(/^v_/);
});

test('one text has one name on every connection, and two texts never share one', () => {
  const [a, b] = [{}, {}];
  const name = statementName(a, 'SELECT $1::int', 1);
  expect(name).toMatch(/^v_[\w-]+$/);
  expect(name!.length).toBeLessThanOrEqual(63); // PostgreSQL's identifier limit
  expect(statementName(a, 'SELECT $1::int', 1)).toBe(name);
  expect(statementName(b, 'SELECT $1::int', 1)).toBe(name);
  expect(statementName(a, 'SELECT $1::bigint', 1)).not.toBe(name);
});

test('a connection past its budget prepares nothing new but keeps running what it prepared', () => {
  const conn = {};
  const first = statementName(conn, 'SELECT $1 AS n0', 1);
  for (let i = 1; i < MAX_PREPARED_PER_CONNECTION; i++) expect(statementName(conn, `SELECT $1 AS n${i}`, 1)).toBeDefined();
  expect(statementName(conn, 'SELECT $1 AS one_too_many', 1)).toBeUndefined();
  expect(statementName(conn, 'SELECT $1 AS n0', 1)).toBe(first);
  expect(statementName({}, 'SELECT $1 AS one_too_many', 1)).toBeDefined();
});

test('a vocabulary word becomes a quoted literal; anything that could leave the quotes is refused', () => {
  expect(vocabularyLiteral('needs_translation_review')).toBe("'needs_translation_review'");
  expect(vocabularyLiteral('claim.verdict')).toBe("'claim.verdict'");
  for (const hostile of ["x' OR '1'='1", 'x\\', 'Verified', '', 'a b', 'x'.repeat(101), "'"]) {
    expect(() => vocabularyLiteral(hostile)).toThrow(/not a vocabulary word/);
  }
});
