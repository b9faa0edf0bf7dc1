import { createUser, getTestDb, testApp, uniqueEmail } from '../support';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

describeBrowser('an admin creates a fact-checker in the browser', () => {
  const env = useBrowserApp(testApp);
  const newPage = () => env.newPage();

  test('when the admin adds a fact-checker, then that person signs in without the admin menu and is refused /admin/users', async () => {
    const { user: admin, password } = await createUser(getTestDb(), { role: 'admin' });
    const checkerEmail = uniqueEmail('browser-checker');
    const checkerPassword = 'quiet harbour lantern 42';

    const adminPage = await newPage();
    await signInThroughForm(adminPage, env.base, admin.email, password);
    await expect(adminPage.locator('nav a[data-admin-menu]').count()).resolves.toBe(1);
    await adminPage.goto(`${env.base}/admin/users`);
    await adminPage.getByLabel('Name').fill('Browser Checker');
    await adminPage.getByLabel('Email').fill(checkerEmail);
    await adminPage.getByLabel('Role').selectOption('fact_checker');
    await adminPage.getByLabel('Initial password').fill(checkerPassword);
    await Promise.all([adminPage.waitForURL(`${env.base}/admin/users`), adminPage.getByRole('button', { name: 'Create account' }).click()]);
    await expect(adminPage.getByRole('status').textContent()).resolves.toContain(`Created fact-checker account for ${checkerEmail}`);
    await expect(adminPage.locator(`tr[data-user-email="${checkerEmail}"]`).textContent()).resolves.toContain('Fact-checker');

    const checkerPage = await newPage();
    await signInThroughForm(checkerPage, env.base, checkerEmail, checkerPassword);
    await expect(checkerPage.locator('header').textContent()).resolves.toContain('Browser Checker');
    await expect(checkerPage.locator('nav a[data-admin-menu]').count()).resolves.toBe(0);
    await expect(checkerPage.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    const refused = await checkerPage.goto(`${env.base}/admin/users`);
    expect(refused?.status()).toBe(403);
    await expect(checkerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You do not have access to this page');

    expect(env.cspViolations).toEqual([]);
  }, 60_000);
});
