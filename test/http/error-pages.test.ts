import path from 'node:path';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { isDatabaseUnavailable } from '../../server/http/database-errors';
import { errorHandler, notFoundHandler } from '../../server/http/error-handler';
import { conflict, forbidden } from '../../server/http/errors';
import { createDb } from '../../server/db/knex';
import { ejsEngine } from '../../server/http/views';
import { createUser, getTestDb, testApp, testDatabaseUrl } from '../support';

const silent = pino({ level: 'silent' });

/** The error handler alone, behind routes that fail in each way it must tell apart. */
function appThrowing(err: unknown) {
  const app = express();
  const views = path.resolve(__dirname, '../../views');
  app.set('view engine', 'ejs');
  app.set('views', views);
  app.engine('ejs', ejsEngine(views));
  app.use((req, _res, next) => {
    req.log = silent;
    next();
  });
  app.get('/boom', () => {
    throw err;
  });
  app.post('/boom', express.urlencoded({ extended: false }), () => {
    throw err;
  });
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

const html = (app: express.Express, url = '/boom') => request(app).get(url).set('Accept', 'text/html');

test('when a handler throws an unexpected error, then the 500 page hides its message', async () => {
  const res = await html(appThrowing(new Error('secret internals')));
  expect(res.status).toBe(500);
  expect(res.text).toContain('Something went wrong');
  expect(res.text).not.toContain('secret internals');
});

test('when a handler throws AppErrors, then their status and message are shown', async () => {
  const refused = await html(appThrowing(forbidden('Editors only')));
  expect(refused.status).toBe(403);
  expect(refused.text).toContain('Editors only');
  const stale = await html(appThrowing(conflict('Someone reviewed this claim first')));
  expect(stale.status).toBe(409);
  expect(stale.text).toContain('Someone reviewed this claim first');
});

test('when the database refuses connections, then the answer is 503 with a plain try-again message', async () => {
  const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const res = await html(appThrowing(down));
  expect(res.status).toBe(503);
  expect(res.text).toContain('Try again in a moment');
  const json = await request(appThrowing(down)).get('/boom').set('Accept', 'application/json');
  expect(json.body).toEqual({ error: 'The database is not answering right now. Try again in a moment.', status: 503 });
});

/** Two sessions that each hold a row the other then asks for: the server aborts one with a deadlock (40P01). */
async function realDeadlock(): Promise<unknown> {
  const db = getTestDb();
  const [{ user: { id: a } }, { user: { id: b } }] = [await createUser(db), await createUser(db)];
  const first = createDb(testDatabaseUrl(), { poolMax: 1 });
  const second = createDb(testDatabaseUrl(), { poolMax: 1 });
  try {
    const [t1, t2] = [await first.transaction(), await second.transaction()];
    await t1('users').where({ id: a }).forUpdate().first('id');
    await t2('users').where({ id: b }).forUpdate().first('id');
    const results = await Promise.allSettled([t1('users').where({ id: b }).forUpdate().first('id'), t2('users').where({ id: a }).forUpdate().first('id')]);
    await Promise.allSettled([t1.rollback(), t2.rollback()]);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!refused) throw new Error('no deadlock');
    return refused.reason;
  } finally {
    await Promise.all([first.destroy(), second.destroy()]);
  }
}

// why: the embedded database is one session for every connection, where two transactions cannot wait on each other
const onServer = process.env.DATABASE_URL?.trim() ? test : test.skip;

onServer('when the database breaks a deadlock by aborting a form’s write, then the answer is the busy 503, with what the form held given back', async () => {
  const err = await realDeadlock();
  expect((err as { code?: string }).code).toBe('40P01');
  const host = 'verbatim.test';
  const res = await request(appThrowing(err)).post('/boom').type('form').set('Accept', 'text/html')
    .set('Host', host).set('Origin', `http://${host}`).set('Referer', `http://${host}/claims/7`)
    .send({ _csrf: 'token', version: '3', note: 'Checked against the minutes <of> the meeting.' });

  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  expect(res.text).toContain('The database is busy with other work');
  expect(res.text).toContain('Nothing you sent was saved');
  expect(res.text).toContain('>Checked against the minutes &lt;of&gt; the meeting.</textarea>');
  expect(res.text).toContain('<a href="/claims/7">Open the form again</a>');
  expect(res.text).not.toContain('>token</textarea>');
});

test('when a form sent from another site fails, then nothing of it is shown back', async () => {
  const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const res = await request(appThrowing(down)).post('/boom').type('form').set('Accept', 'text/html')
    .set('Host', 'verbatim.test').set('Origin', 'http://elsewhere.example').send({ note: 'Planted words' });

  expect(res.status).toBe(503);
  expect(res.text).not.toContain('Planted words');
  expect(res.text).toContain('go back and send it again');
});

test('when nothing matches, then the 404 page comes back', async () => {
  const res = await html(appThrowing(new Error('unused')), '/nowhere');
  expect(res.status).toBe(404);
  expect(res.text).toContain('Page not found');
});

describe('telling an unreachable database from other failures', () => {
  test.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['an administrator shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a server still starting', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a connection exception', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an exhausted pool', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['a wrapped cause', new Error('query failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })],
  ])('when it is %s, then it counts as unavailable', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  test.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error at or near'), { code: '42601' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing at all', undefined],
  ])('when it is %s, then it does not', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('input the database cannot store', () => {
  const app = testApp();

  test('when a form field carries a NUL character, then it is refused with 422 before any handler runs', async () => {
    const res = await request(app).post('/login').type('form').set('Accept', 'text/html').send({ email: 'a\u0000b@example.org', password: 'x', _csrf: 'x' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('NUL character');
  });

  test('when a query carries a NUL character, then it is refused with 400', async () => {
    const res = await request(app).get('/login?next=%00').set('Accept', 'text/html');
    expect(res.status).toBe(400);
  });
});
