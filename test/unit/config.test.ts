import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import fc from 'fast-check';
import { ConfigError, loadConfig } from '../../server/config';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('when nothing is set, then defaults apply and a session secret is generated under DATA_DIR', () => {
  const config = loadConfig({ DATA_DIR: dir });
  expect(config).toMatchObject({ port: 3000, dataDir: dir, databaseUrl: null, preparedStatements: true, adminEmail: null, nodeEnv: 'production', trustProxy: false });
  expect(config.sessionSecret).toHaveLength(64);
  expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
});

test('when started twice on the same DATA_DIR, then the same session secret is kept', () => {
  const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
  expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
});

test('when SESSION_SECRET is given, then it is used and nothing is written', () => {
  const secret = 'x'.repeat(40);
  expect(loadConfig({ DATA_DIR: dir, SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  expect(() => readFileSync(path.join(dir, 'session-secret'))).toThrow();
});

test('when values are invalid, then loading fails naming every bad variable', () => {
  const load = () =>
    loadConfig({ DATA_DIR: dir, PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_EMAIL: 'nope', SESSION_SECRET: 'short' });
  expect(load).toThrow(ConfigError);
  try {
    load();
  } catch (err) {
    const message = (err as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'ADMIN_EMAIL', 'SESSION_SECRET']) expect(message).toContain(name);
  }
});

test('when TRUST_PROXY is a hop count or list, then express gets it in its own syntax', () => {
  expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '1' }).trustProxy).toBe(1);
  expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
});

test('when TRUST_PROXY is true, which trusts the addresses a client writes in X-Forwarded-For itself, then loading fails in one line saying why and what to give instead, and writes nothing', () => {
  let message = '';
  try {
    loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'true' });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    message = (err as Error).message;
  }
  expect(message.split('\n')).toEqual([
    'Invalid configuration:',
    '  TRUST_PROXY: "true" would take the client address from the left of X-Forwarded-For, which the client writes itself: ' +
      'anyone could pick the address sign-in throttling counts and the audit trail records. Give the number of proxies in ' +
      'front of Verbatim (1) or their addresses or subnets (10.0.0.1, 10.0.0.0/8, loopback)',
  ]);
  expect(existsSync(path.join(dir, 'session-secret'))).toBe(false);
});

/** Whether express builds its `trust proxy` check from the value (it throws on what it cannot read). */
function expressAccepts(value: unknown): boolean {
  try {
    express().set('trust proxy', value);
    return true;
  } catch {
    return false;
  }
}

const SECRET = { SESSION_SECRET: 'x'.repeat(40) };

test('when TRUST_PROXY is any form express reads (addresses, subnets, netmasks, named ranges, lists), then it is accepted and express takes it', () => {
  const forms = [
    '0', '2', '10.0.0.1', '::1', 'fe80::1%eth0', '::ffff:10.0.0.1', '10.0.0.0/8', '10.0.0.0/255.0.0.0', '2001:db8::/32',
    'loopback', 'linklocal', 'uniquelocal', 'loopback, 10.0.0.1', 'loopback,uniquelocal,192.168.1.7/32',
  ];
  for (const form of forms) {
    const { trustProxy } = loadConfig({ DATA_DIR: dir, TRUST_PROXY: form });
    expect([form, expressAccepts(trustProxy)]).toEqual([form, true]);
  }
});

test('when TRUST_PROXY is a value express would refuse once the app is built, then loading fails at once naming TRUST_PROXY and the value, and writes nothing', () => {
  const bad = ['yes', 'on', 'maybe', 'TRUE', '1.2.3.4/99', '10.0.0.0/0', '::1/129', '10.0.0.0/255.0.255.0', '127.1', '10.0.0.256', 'loopback,', 'loopback,yes', '10.0.0.1 10.0.0.2', '-1'];
  for (const value of bad) {
    expect([value, expressAccepts(value)]).toEqual([value, false]);
    let message = '';
    try {
      loadConfig({ DATA_DIR: dir, TRUST_PROXY: value });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/^\s+TRUST_PROXY: /m);
    expect(message).toContain(`"${value.trim()}"`);
  }
  expect(existsSync(path.join(dir, 'session-secret'))).toBe(false);
});

test('when TRUST_PROXY is accepted, then express accepts it too, whatever the string', () => {
  const piece = fc.constantFrom('10', '0', '1', '255', '256', ':', '::', 'ffff', 'fe80', '%eth0', '.', '/', ' ', 'loopback', 'true', 'x');
  const octets = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 5 }).map((o) => o.join('.'));
  const suffix = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 140 }).map((n) => `/${n}`), octets.map((o) => `/${o}`));
  const entry = fc.oneof(fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')), fc.tuple(octets, suffix).map(([a, b]) => a + b));
  let runs = 0;
  let accepted = 0;
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }).map((e) => e.join(',')), (value) => {
      runs += 1;
      let trustProxy: unknown;
      try {
        trustProxy = loadConfig({ DATA_DIR: dir, ...SECRET, TRUST_PROXY: value }).trustProxy;
      } catch (err) {
        if (err instanceof ConfigError) return true;
        throw err;
      }
      accepted += 1;
      return expressAccepts(trustProxy);
    }),
    { numRuns: 5000 },
  );
  // A refused value passes trivially: enough values were accepted for the property to say something (about 4 in 100
  // are, some 190 of the 5000 runs).
  expect(runs).toBeGreaterThanOrEqual(5000);
  expect(accepted).toBeGreaterThanOrEqual(50);
});

test('when PORT is not a plain port number, then loading fails naming PORT', () => {
  for (const port of ['0x50', '1e3', '80abc', '70000', '-1', '8.5']) {
    expect(() => loadConfig({ DATA_DIR: dir, ...SECRET, PORT: port })).toThrow(/PORT: must be a port number/);
  }
  expect(loadConfig({ DATA_DIR: dir, ...SECRET, PORT: '0' }).port).toBe(0);
  expect(loadConfig({ DATA_DIR: dir, ...SECRET, PORT: '8080' }).port).toBe(8080);
});

test('when DATABASE_URL cannot be read as a URL, then loading fails naming it; a socket URL without a host is accepted', () => {
  expect(() => loadConfig({ DATA_DIR: dir, ...SECRET, DATABASE_URL: 'postgres://u:p@db-host:99999/verbatim' })).toThrow(/DATABASE_URL: is not a valid URL/);
  const socket = 'postgres://verbatim@/verbatim?host=/var/run/postgresql';
  expect(loadConfig({ DATA_DIR: dir, ...SECRET, DATABASE_URL: socket }).databaseUrl).toBe(socket);
});

test('when the session secret cannot be kept under DATA_DIR, then loading fails naming DATA_DIR', () => {
  const file = path.join(dir, 'a-file');
  writeFileSync(file, '');
  expect(() => loadConfig({ DATA_DIR: path.join(file, 'data') })).toThrow(/DATA_DIR: cannot keep the session secret/);
});

test('when DATABASE_URL is set, then it is used as given', () => {
  const url = 'postgres://postgres@127.0.0.1:5432/verbatim';
  expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: url }).databaseUrl).toBe(url);
});

test('when DATABASE_PREPARED_STATEMENTS is off, then connections run statements unnamed; any other word is refused', () => {
  expect(loadConfig({ DATA_DIR: dir, DATABASE_PREPARED_STATEMENTS: 'off' }).preparedStatements).toBe(false);
  expect(loadConfig({ DATA_DIR: dir, DATABASE_PREPARED_STATEMENTS: 'on' }).preparedStatements).toBe(true);
  expect(() => loadConfig({ DATA_DIR: dir, DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
});
