import { randomBytes } from 'node:crypto';
import { guessablePassword } from '../../server/auth/password-strength';
import { generatePassword, newPasswordFor } from '../../server/auth/passwords';

const ana = { name: 'Ana Silva', email: 'ana.silva@dailyherald.org' };

describe('a chosen password', () => {
  test.each([
    ['aaaaaaaaaaaa', 'it repeats characters'],
    ['password1234', 'it is a common password with a few changes'],
    ['qwertyuiop12', 'it is a common password with a few changes'],
    ['abcdefghijkl', 'it follows a sequence'],
    ['123456789012', 'it is a common password'],
    ['journalism2024', 'among the first a guessing program tries'],
  ])('when it is %s (common, repetitive or sequential), then it is refused saying why in one sentence', (password, reason) => {
    const problem = guessablePassword(password, ana);
    expect(problem).toMatch(/^This password is too easy to guess: [^.]+\. Add more words, less common ones, or use the suggested one\.$/);
    expect(problem).toContain(reason);
  });

  test.each([
    ['the name run together', 'anasilva2024'],
    ['the name as typed', 'Ana Silva 2024'],
    ['the email', 'ana.silva@dailyherald.org'],
    ['the email’s domain', 'dailyherald2026'],
    ['this app’s name', 'verbatim2026!'],
  ])('when it is built on %s, then it is refused for containing the account’s words', (_, password) => {
    expect(guessablePassword(password, ana)).toContain('it contains the account’s name or email, or this app’s name.');
  });

  test.each([
    ['the name run together with a year and a mark', 'MariaLopez-2026!', { name: 'Maria Lopez', email: 'maria.lopez@news.test' }],
    ['the name the other way round', 'Lopez.Maria.1990', { name: 'Maria Lopez', email: 'ml@news.test' }],
    ['the name with its accents', 'Zoë-Ångström-2026!', { name: 'Zoë Ångström', email: 'fc@news.test' }],
    ['the name without its accents', 'Zoe-Angstrom-2026!', { name: 'Zoë Ångström', email: 'zoe2@news.test' }],
    ['the name in capitals', 'ZOË ÅNGSTRÖM 2026', { name: 'Zoë Ångström', email: 'zoe2@news.test' }],
    ['a name written without its special letters', 'Soren-Moller-2026!', { name: 'Søren Møller', email: 'sm@news.test' }],
    ['a right-to-left name', 'דוד-לוי-2026!!', { name: 'דוד לוי', email: 'ed@news.test' }],
    ['the email’s local part', 'Desk.Chief-2026!', { name: 'Administrator', email: 'desk.chief@example.org' }],
    ['the email’s domain name', 'Dailyherald-2026!', ana],
  ])('when it is %s plus what any guesser adds, then it is refused for containing the account’s words, though it scores well', (_, password, account) => {
    expect(guessablePassword(password, account)).toBe('This password is too easy to guess: it contains the account’s name or email, or this app’s name. ' +
      'Add more words, less common ones, or use the suggested one.');
  });

  test('when it holds the name but is hard to guess without it, then it is accepted: a generated password holding “Ana”, a long passphrase', () => {
    for (let i = 0; i < 50; i++) {
      const generated = generatePassword();
      expect(guessablePassword(`${generated.slice(0, 8)}Ana${generated.slice(8)}`, ana)).toBeNull();
    }
    expect(guessablePassword('Maria Lopez keeps lanterns in the orchard', { name: 'Maria Lopez', email: 'ml@news.test' })).toBeNull();
    // a name part met inside another word is taken out all the same: what is left decides
    expect(guessablePassword('banana bread sunset walk', ana)).toBeNull();
  });

  test('when the same password is chosen for an account it says nothing about, then it is not refused for that', () => {
    expect(guessablePassword('anasilva2024', { name: 'Ben Okafor', email: 'ben@example.org' })).toBeNull();
  });

  test('when it is several words or a generated password, then it is accepted', () => {
    expect(guessablePassword('correct horse battery staple', ana)).toBeNull();
    expect(guessablePassword('Newsroom Desk 42', ana)).toBeNull();
    for (const account of [ana, { name: 'Zoë Ångström', email: 'fc@news.test' }, { name: 'Li Na', email: 'li.na@news.test' }]) {
      for (let i = 0; i < 50; i++) expect(guessablePassword(generatePassword(), account)).toBeNull();
    }
  });

  test('when it is refused, then the advice names no composition rule (capitals, digits, symbols)', () => {
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'Password1234', 'journalism2024', 'anasilva2024']) {
      expect(guessablePassword(password, ana)).not.toMatch(/capital|upper|digit|number|symbol|special/i);
    }
  });

  test('when the place has no suggestion, then the advice ends with what it offers instead', () => {
    expect(guessablePassword('password1234', ana, 'leave it out to have one generated')).toMatch(/or leave it out to have one generated\.$/);
  });

  test('when the longest password the forms take is checked, then it costs a small fraction of a second', () => {
    guessablePassword('dictionaries loaded first', ana);
    const longest = randomBytes(150).toString('base64').slice(0, 200);
    const started = performance.now();
    guessablePassword(longest, ana);
    // without the cap on checked characters one took two seconds
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the schema of a password chosen for an account', () => {
  test('when the password is too short or only spaces, then that is the one problem named', () => {
    const schema = newPasswordFor(ana);
    expect(schema.safeParse(' '.repeat(12)).error?.issues.map((i) => i.message)).toEqual(['Use characters other than spaces']);
    expect(schema.safeParse('aaaa').error?.issues.map((i) => i.message)).toEqual(['Use at least 12 characters']);
  });

  test('when the password is long enough but guessable, then the strength problem is named', () => {
    const issues = newPasswordFor(ana).safeParse('password1234').error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^This password is too easy to guess/)]);
  });
});
