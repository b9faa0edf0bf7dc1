import { createHash } from 'node:crypto';

/**
 * Named (prepared) statements. PostgreSQL parses, rewrites and plans an unnamed statement afresh on every call; a
 * named one is parsed once per connection, and after a few calls it runs a cached plan when that plan is no costlier
 * than planning per call. The claims list statement spent more time planned than run (measured with pgbench on
 * 10,000 claims: 1.16 ms a call unnamed, 0.61 ms named).
 *
 * Only for a PostgreSQL server. The embedded database serves every client connection from one backend session, so
 * two connections preparing the same name collide ("prepared statement already exists").
 */

/** Distinct statements one connection prepares at most; later ones run unnamed, so server memory stays bounded. */
export const MAX_PREPARED_PER_CONNECTION = 300;

const prepared = new WeakMap<object, Set<string>>();

/**
 * The name to run `sql` under on `connection`, or undefined to run it unnamed. A string that may hold several
 * statements (a semicolon, as migrations and transaction control write them) and has no parameters keeps the simple
 * protocol, the only one that runs several at once; a connection past its budget prepares nothing new. The name is
 * a digest of the text, so one name never means two statements.
 */
export function statementName(connection: object, sql: string, parameterCount: number): string | undefined {
  if (parameterCount === 0 && sql.includes(';')) return undefined;
  const name = nameOf(sql);
  let names = prepared.get(connection);
  if (!names) prepared.set(connection, (names = new Set()));
  if (names.has(name)) return name;
  if (names.size >= MAX_PREPARED_PER_CONNECTION) return undefined;
  names.add(name);
  return name;
}

/** Names of the statements seen lately: digesting a page's statement of several kilobytes on every request cost more than looking its text up. */
const names = new Map<string, string>();
const NAMES_KEPT = 2000;

function nameOf(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `v_${createHash('sha1').update(sql).digest('base64url')}`;
    if (names.size >= NAMES_KEPT) names.clear();
    names.set(sql, name);
  }
  return name;
}
