import path from 'node:path';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { isDatabaseUnavailable } from '../../server/http/database-errors';
import { errorHandler, notFoundHandler } from '../../server/http/error-handler';
import { conflict, forbidden } from '../../server/http/errors';
import { testApp } from '../support';

const silent = pino({ level: 'silent' });

/** The error handler alone, behind routes that fail in each way it must tell apart. */
function appThrowing(err: unknown) {
  const app = express();
  app.set('view engine', 'ejs');
  app.set('views', path.resolve(__dirname, '../../views'));
  app.use((req, _res, next) => {
    req.log = silent;
    next();
  });
  app.get('/boom', () => {
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
