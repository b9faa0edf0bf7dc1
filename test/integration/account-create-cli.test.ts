import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { getTestDb, testDatabaseUrl, uniqueEmail } from '../support';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const db = getTestDb();

/** `npm run user:create -- …` on the test database: its exit code and everything it printed. */
async function createUserCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'silent' };
  delete fullEnv.VERBATIM_NEW_PASSWORD;
  Object.assign(fullEnv, env);
  try {
    const { stdout, stderr } = await run(TSX, ['server/cli/create-user.ts', ...args], { cwd: ROOT, env: fullEnv });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

const accountOf = (email: string) => db('users').where({ email }).first('name', 'role');

describe('npm run user:create', () => {
  test.each([
    ['a password of twelve spaces', ['--password', ' '.repeat(12)], {}, '--password: Use characters other than spaces'],
    ['a password of twelve spaces in VERBATIM_NEW_PASSWORD', [], { VERBATIM_NEW_PASSWORD: ' '.repeat(12) }, 'VERBATIM_NEW_PASSWORD: Use characters other than spaces'],
    ['a password longer than the forms take', ['--password', 'x'.repeat(201)], {}, '--password: Use at most 200 characters'],
    ['a password too short', ['--password', 'short'], {}, '--password: Use at least 12 characters'],
    ['a common password', ['--password', 'password1234'], {}, '--password: This password is too easy to guess: it is a common password with a few changes. Add more words, less common ones, or leave it out to have one generated.'],
    ['a password built on the name', [], { VERBATIM_NEW_PASSWORD: 'anasilva2025' }, 'VERBATIM_NEW_PASSWORD: This password is too easy to guess: it contains the account’s name or email, or this app’s name. Add more words, less common ones, or leave it out to have one generated.'],
    ['the name with a year and a mark', ['--password', 'AnaSilva-2026!'], {}, '--password: This password is too easy to guess: it contains the account’s name or email, or this app’s name. Add more words, less common ones, or leave it out to have one generated.'],
    ['a name of punctuation only', ['--name', '!!!'], {}, '--name: A name needs at least one letter or digit'],
    ['a name of hidden characters only', ['--name', '\u200b\u200b'], {}, '--name: Enter a name'],
    ['a name longer than the forms take', ['--name', 'n'.repeat(201)], {}, '--name: Use at most 200 characters'],
  ])('when given %s, then it is refused with the message the account forms give, and no account is made', async (_, args, env, message) => {
    const email = uniqueEmail('cli');
    const { code, out } = await createUserCli(['--email', email, '--name', 'Ana Silva', '--role', 'editor', ...args], env);
    expect(code).not.toBe(0);
    expect(out.split('\n')).toContain(message);
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await accountOf(email)).toBeUndefined();
  }, 60_000);

  test.each([
    ['--name', ['--email', 'ana@example.org'], '--name: Enter a name'],
    ['--email', ['--name', 'Ana Silva'], '--email: Enter an email address like name@example.org'],
  ])('when %s is left out, then it is refused with the message the form gives for it', async (_, args, message) => {
    const { code, out } = await createUserCli(args);
    expect(code).toBe(2);
    expect(out.split('\n')).toContain(message);
  }, 60_000);

  test('when the email is not one, then it is refused with the form\'s message', async () => {
    const { code, out } = await createUserCli(['--email', 'not an email', '--name', 'Ana Silva']);
    expect(code).not.toBe(0);
    expect(out.split('\n')).toContain('--email: Enter an email address like name@example.org');
  }, 60_000);

  test('when the name has hidden characters and runs of spaces, then the account gets the name the forms would store', async () => {
    const email = uniqueEmail('cli');
    const { code, out } = await createUserCli(['--email', email, '--name', '  Ana\u200b   Silva ', '--password', 'a long enough password']);
    expect(out).toContain(`Created fact_checker ${email}`);
    expect(code).toBe(0);
    expect(await accountOf(email)).toEqual({ name: 'Ana Silva', role: 'fact_checker' });
  }, 60_000);
});
