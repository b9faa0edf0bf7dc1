import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
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
