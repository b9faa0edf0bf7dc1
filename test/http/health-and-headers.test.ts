import { createHmac } from 'node:crypto';
import request from 'supertest';
import { SESSION_COOKIE } from '../../server/app';
import { getTestDb, testApp, TEST_SESSION_SECRET, unreachableDatabaseApp } from '../support';

const app = testApp();

test('when the database answers, then /healthz is 200 for anyone', async () => {
  const res = await request(app).get('/healthz');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok' });
  expect(res.headers['set-cookie']).toBeUndefined();
});

describe('when the database does not answer', () => {
  const broken = unreachableDatabaseApp();

  test('then /healthz is 503', async () => {
    const res = await request(broken).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('unavailable');
  });

  test('then a page whose session cannot load gets the 503 page, not a crash', async () => {
    const sid = 'some-session-id';
    const signature = createHmac('sha256', TEST_SESSION_SECRET).update(sid).digest('base64').replace(/=+$/, '');
    const res = await request(broken)
      .get('/login')
      .set('Accept', 'text/html')
      .set('Cookie', `${SESSION_COOKIE}=${encodeURIComponent(`s:${sid}.${signature}`)}`);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.text).toContain('The database is not answering right now. Try again in a moment.');
    expect(res.text).toContain('<link rel="stylesheet" href="/assets/css/app.css">');
  });
});

test('when any page is served, then strict security headers come with it', async () => {
  const res = await request(app).get('/login');
  const csp = res.headers['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['x-powered-by']).toBeUndefined();
});

test('when a page is served, then no cache may keep it, while stylesheets stay cacheable', async () => {
  expect((await request(app).get('/login')).headers['cache-control']).toBe('no-store');
  expect((await request(app).get('/no/such/page').set('Accept', 'text/html')).headers['cache-control']).toBe('no-store');
  expect((await request(app).get('/assets/css/app.css')).headers['cache-control']).toMatch(/max-age=3600/);
});

test('when a page is missing, then the 404 page comes from the error handler', async () => {
  const res = await request(app).get('/no/such/page').set('Accept', 'text/html');
  expect(res.status).toBe(404);
  expect(res.text).toContain('Page not found');
});

test('when a client asks for JSON, then errors come back as JSON', async () => {
  const res = await request(app).get('/no/such/page').set('Accept', 'application/json');
  expect(res.status).toBe(404);
  expect(res.body).toEqual({ error: 'Page not found', status: 404 });
});

test('when static files are requested, then they are served without signing in', async () => {
  expect((await request(app).get('/assets/css/app.css')).status).toBe(200);
  expect((await request(app).get('/assets/js/app.js')).status).toBe(200);
  expect((await request(app).get('/assets/js/no-such-file.js')).status).toBe(404);
});

test('when the database is used, then ids come back as numbers', async () => {
  const row = await getTestDb().raw('SELECT 9007199254740991::bigint AS id');
  expect(row.rows[0].id).toBe(9007199254740991);
});
