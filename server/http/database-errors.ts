const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

// SQLSTATEs for "the server is there but cannot serve you now"; class 08 is connection exceptions.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// A statement that waited too long for a lock (lock_timeout) or ran too long (statement_timeout, or cancelled), or a
// transaction the server chose to abort because it and another waited on each other (deadlock_detected) or could not
// be serialised with it: the database is up, but busy with something that holds what the request needs, and the same
// request sent again succeeds.
const BUSY_SQLSTATES = new Set(['55P03', '57014', '40P01', '40001']);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /connection (is )?(closed|ended)/i,
  /Too many connections/i,
];

/**
 * True when an error means the database cannot be reached right now (down, restarting, pool
 * exhausted), as opposed to a bug or a refused statement. Those become 503 "try again".
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return isDatabaseBusy(err) || isDatabaseDown(err);
}

/** True when a statement gave up waiting for a lock or ran out of time: try again once what holds it is done. */
export function isDatabaseBusy(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && BUSY_SQLSTATES.has(code)) return true;
  }
  return false;
}

function isDatabaseDown(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { code, name, message, cause } = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true;
    for (const inner of (e as { errors?: unknown[] }).errors ?? []) if (isDatabaseDown(inner)) return true;
    e = cause;
  }
  return false;
}
