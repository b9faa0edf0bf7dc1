import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { csrfFrom } from '../support';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start`'s entry point with `dataDir`, on a free port (on the embedded database unless given a DATABASE_URL), and everything it prints. */
function launch(dataDir: string, extraEnv: Record<string, string>): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.SESSION_SECRET;
  Object.assign(env, extraEnv);
  const child = spawn(TSX, ['server/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

function start(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Started> {
  const { child, output } = launch(dataDir, extraEnv);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output()}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /Verbatim is running at (http:\/\/localhost:\d+)\//.exec(output());
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function signsIn(url: string, email: string, password: string): Promise<boolean> {
  const agent = request.agent(url);
  const page = await agent.get('/login');
  const res = await agent.post('/login').type('form').send({ email, password, _csrf: csrfFrom(page.text) });
  if (res.status !== 303) return false;
  return (await agent.get('/admin/users')).status === 200;
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-start-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('when started on an empty folder, stopped and restarted, then the first admin is made once and still signs in', async () => {
  const first = await start(dataDir);
  let exit: number | null;
  try {
    const m = /First admin account: (\S+)\nGenerated password \(shown only once[^)]*\): (\S+)/.exec(first.output());
    expect(m).not.toBeNull();
    const [, email, password] = m!;
    expect(await signsIn(first.url, email!, password!)).toBe(true);

    exit = await stop(first.child);
    expect(exit).toBe(0);

    const second = await start(dataDir, { ADMIN_EMAIL: 'ignored@example.org', ADMIN_PASSWORD: 'ignored ignored' });
    try {
      expect(second.output()).not.toContain('First admin account');
      expect(await signsIn(second.url, email!, password!)).toBe(true);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  } finally {
    if (first.child.exitCode === null) await stop(first.child);
  }
}, 180_000);

/** `npm start`'s entry point expected to stop: its exit code and everything it printed. */
function startRefused(dataDir: string, extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = launch(dataDir, extraEnv);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after 60 s:\n${output()}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output() });
    });
  });
}

test('when TRUST_PROXY is not a value express reads, then the start stops at once naming it, and no admin or data folder is made', async () => {
  const fresh = path.join(mkdtempSync(path.join(os.tmpdir(), 'verbatim-refused-')), 'data');
  try {
    const { code, output } = await startRefused(fresh, { TRUST_PROXY: 'yes' });
    expect(code).not.toBe(0);
    expect(output).toContain('TRUST_PROXY: "yes" is not false, a hop count');
    expect(output).not.toContain('First admin account');
    expect(output).not.toContain('TypeError');
    expect(existsSync(fresh)).toBe(false);
  } finally {
    rmSync(path.dirname(fresh), { recursive: true, force: true });
  }
}, 90_000);

test('when the port is taken, then the start stops naming it before the first admin is made, and the next start makes and shows it', async () => {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'verbatim-port-'));
  const taken = net.createServer().listen(0);
  await once(taken, 'listening');
  try {
    const port = String((taken.address() as net.AddressInfo).port);
    const refused = await startRefused(fresh, { PORT: port });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`Port ${port} is already in use`);
    expect(refused.output).not.toContain('First admin account');
    const next = await start(fresh);
    try {
      expect(next.output()).toMatch(/First admin account: \S+\nGenerated password \(shown only once/);
    } finally {
      expect(await stop(next.child)).toBe(0);
    }
  } finally {
    taken.close();
    rmSync(fresh, { recursive: true, force: true });
  }
}, 180_000);

describe('a start stopped by a setting it cannot use', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'verbatim-refused-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** Stops with exit code 1 and one line naming the setting: no stack trace, no first admin. */
  function expectOneClearLine({ code, output }: { code: number | null; output: string }, line: string): void {
    expect(code).toBe(1);
    expect(output.trim()).toBe(line);
  }

  const notADirectory = (dataDir: string, file: string) => `${dataDir} is not a directory (${file} is a file); set DATA_DIR to a folder Verbatim may create and write in`;

  test('when DATA_DIR is under a file, then the start stops naming it and writes nothing', async () => {
    const file = path.join(scratch, 'hostname');
    writeFileSync(file, 'a file\n');
    const dataDir = path.join(file, 'x');
    expectOneClearLine(await startRefused(dataDir, {}), `DATA_DIR: cannot keep the session secret: ${notADirectory(dataDir, file)}, or set SESSION_SECRET`);
    expectOneClearLine(await startRefused(dataDir, { SESSION_SECRET: 'a-session-secret-of-at-least-32-characters' }), `DATA_DIR: ${notADirectory(dataDir, file)}`);
    expect(readdirSync(scratch)).toEqual(['hostname']);
  }, 90_000);

  test('when DATA_DIR is a file, then the start stops naming it and writes nothing', async () => {
    const file = path.join(scratch, 'data');
    writeFileSync(file, 'a file\n');
    expectOneClearLine(await startRefused(file, { SESSION_SECRET: 'a-session-secret-of-at-least-32-characters' }), `DATA_DIR: ${notADirectory(file, file)}`);
    expect(readFileSync(file, 'utf8')).toBe('a file\n');
  }, 90_000);

  test('when DATABASE_URL names a port where no server listens, then the start stops naming it and writes nothing', async () => {
    const closed = net.createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dataDir = path.join(scratch, 'data');
    const refused = await startRefused(dataDir, { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/verbatim` });
    expectOneClearLine(refused, `DATABASE_URL: cannot connect to 127.0.0.1:${port} (connection refused)`);
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);

  test('when ADMIN_PASSWORD is easy to guess, then the start stops naming it in one line and makes no account; the next start without it does', async () => {
    const dataDir = path.join(scratch, 'data');
    const refused = await startRefused(dataDir, { ADMIN_PASSWORD: 'password1234' });
    expect(refused.code).toBe(1);
    expect(refused.output.trim()).toMatch(/^ADMIN_PASSWORD: This password is too easy to guess: [^\n]+ or leave ADMIN_PASSWORD unset to have one generated\.$/);
    const app = await start(dataDir);
    try {
      expect(app.output()).toMatch(/First admin account: admin@verbatim\.local\nGenerated password/);
    } finally {
      await stop(app.child);
    }
  }, 120_000);

  // a PostgreSQL server to ask for a database it does not have; the embedded database has only one
  const server = process.env.DATABASE_URL?.trim();
  (server ? test : test.skip)('when DATABASE_URL names a database the server does not have, then the start stops naming it and writes nothing', async () => {
    const url = new URL(server!);
    url.pathname = `/verbatim_missing_${process.pid}`;
    const dataDir = path.join(scratch, 'data');
    const refused = await startRefused(dataDir, { DATABASE_URL: url.toString() });
    const database = url.pathname.slice(1);
    expectOneClearLine(refused, `DATABASE_URL: ${url.hostname}:${url.port || 5432} has no database "${database}"; create it (createdb ${database}) or name another`);
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);

  // the server's autovacuum is its own setting, not a database's: the start is held to whichever this server has
  (server ? test : test.skip)('when DATABASE_URL names a server, then the start warns that dead rows will slow the pages exactly when its autovacuum is off', async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    const { rows } = await client.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'autovacuum'`);
    await client.end();
    const app = await start(path.join(scratch, 'data'), { DATABASE_URL: server! });
    // why: the warning goes through the logger, whose writes may reach the pipe after the "running at" line printed
    // beside them; read once the process has ended and its output is closed, all of it is there
    const closed = new Promise((resolve) => app.child.once('close', resolve));
    await stop(app.child);
    await closed;
    expect(app.output().includes('autovacuum is off on this PostgreSQL server')).toBe(rows[0]!.setting !== 'on');
  }, 90_000);
});
