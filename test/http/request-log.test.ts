import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { createApp, SESSION_COOKIE } from '../../server/app';
import { requestLogging } from '../../server/http/request-log';
import { getSessionPool, getTestDb, TEST_SESSION_SECRET, unreachableDatabaseApp } from '../support';
import { TEST_PREPARES_STATEMENTS } from '../support/db';

type Level = 'info' | 'warn';

/** A pino logger at `level` whose JSON lines land in `lines`. */
function capturingLogger(level: Level) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}

const signedCookie = (sid: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(`s:${sid}.${createHmac('sha256', TEST_SESSION_SECRET).update(sid).digest('base64').replace(/=+$/, '')}`)}`;

/** Lets pino's stream hand its last lines over. */
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('when the log level is info', () => {
  const { logger, lines } = capturingLogger('info');
  const app = createApp({
    config: { sessionSecret: TEST_SESSION_SECRET, trustProxy: false, nodeEnv: 'test', logLevel: 'info' },
    db: getTestDb(),
    sessionPool: getSessionPool(),
    prepareStatements: TEST_PREPARES_STATEMENTS,
    logger,
  });

  test('then each finished request is one line with its method, path and status, and no cookie', async () => {
    // (a session nobody has: the page sends the visitor to sign in)
    const res = await request(app).get('/claims?status=verified').set('Cookie', signedCookie('a-session-nobody-has'));
    expect(res.status).toBe(303);
    await flushed();
    const done = lines.filter((l) => l.msg === 'request completed');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ level: 30, req: { method: 'GET', url: '/claims?status=verified' }, res: { statusCode: 303 } });
    expect(JSON.stringify(done[0])).not.toContain(SESSION_COOKIE);
  });

  test('then the health check is not logged', async () => {
    lines.length = 0;
    expect((await request(app).get('/healthz')).status).toBe(200);
    await flushed();
    expect(lines.filter((l) => l.msg === 'request completed')).toEqual([]);
  });
});

describe('when the log level is warn', () => {
  const { logger, lines } = capturingLogger('warn');
  const app = unreachableDatabaseApp(logger);

  test('then a request that fails is still logged with its method and path, and one that succeeds is not', async () => {
    const failed = await request(app).get('/claims?status=verified').set('Accept', 'text/html').set('Cookie', signedCookie('some-session'));
    expect(failed.status).toBe(503);
    const served = await request(app).get('/assets/css/app.css');
    expect(served.status).toBe(200);
    await flushed();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'database unavailable', req: { method: 'GET', url: '/claims?status=verified' } });
  });
});

test('when the level logs no finished request, then a handler may still give a request a logger of its own', async () => {
  const { logger } = capturingLogger('warn');
  const { logger: own, lines } = capturingLogger('warn');
  const app = express();
  expect(requestLogging(app, logger)).toBeNull();
  app.get('/', (req, res) => {
    req.log = own;
    req.log.warn('from the handler');
    res.send('ok');
  });
  expect((await request(app).get('/')).status).toBe(200);
  await flushed();
  expect(lines).toMatchObject([{ msg: 'from the handler' }]);
});
