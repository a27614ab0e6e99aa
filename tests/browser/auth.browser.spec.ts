import {
  HOME_HEADING,
  logInThroughUi,
  logOutThroughUi,
  registerThroughUi,
  waitForHeading,
  type SelfRegistrableRole,
} from './support/flows';
import { uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

// What each role's home describes (the headings of its task cards).
const ROLE_TASKS: Record<SelfRegistrableRole, string[]> = {
  candidate: ['Your profile', 'Your pathway', 'Your applications'],
  employer: ['Your organisation', 'Your postings', 'Your pipeline'],
  adviser: ['Your caseload', 'Checklist review', 'Deadlines at risk'],
};

const ROLE_LABEL: Record<SelfRegistrableRole, string> = {
  candidate: 'Candidate',
  employer: 'Employer',
  adviser: 'Adviser',
};

describe('signing up, out and in', () => {
  for (const role of ['candidate', 'employer', 'adviser'] as const) {
    it(`registers as ${role}, shows the ${role} home, logs out and logs in again`, async () => {
      const page = await portal().newPage();
      const email = uniqueEmail(role);

      await page.goto('/');
      await page.getByRole('main').getByRole('link', { name: 'Create a free account' }).first().click();
      await page.waitForURL('**/register');
      await registerThroughUi(page, email, role);

      // The home greets the user, shows the account and describes the role's own work.
      await page.getByText(`Welcome, ${email}.`).waitFor();
      const account = page.getByRole('region', { name: 'Your account' });
      expect(await account.getByText(email, { exact: true }).count()).toBe(1);
      expect(await account.getByText(ROLE_LABEL[role], { exact: true }).count()).toBe(1);
      expect(await account.getByText('English', { exact: true }).count()).toBe(1);
      for (const task of ROLE_TASKS[role]) {
        expect(await page.getByRole('heading', { level: 3, name: task, exact: true }).count()).toBe(1);
      }
      for (const [otherRole, tasks] of Object.entries(ROLE_TASKS)) {
        if (otherRole === role) continue;
        expect(await page.getByRole('heading', { level: 3, name: tasks[0], exact: true }).count()).toBe(0);
      }
      expect(await page.title()).toBe('My home · hashidari');

      const refreshToken = (await page.evaluate('localStorage.getItem("hashidari.refreshToken")')) as string;
      expect(refreshToken).toBeTruthy();
      await logOutThroughUi(page);
      expect(await page.evaluate('localStorage.getItem("hashidari.refreshToken")')).toBeNull();
      // Logging out revoked the session on the server too.
      const reuse = await page.request.post('/api/v1/auth/refresh', { data: { refreshToken } });
      expect(reuse.status()).toBe(401);

      await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
      await logInThroughUi(page, email);
      await page.waitForURL('**/home');
      await waitForHeading(page, HOME_HEADING[role]);
    });
  }

  it('sends a visitor of a protected page to the login page and back after logging in', async () => {
    const page = await portal().newPage();
    const email = uniqueEmail('redirect');
    await registerThroughUi(page, email, 'candidate');
    await logOutThroughUi(page);

    await page.goto('/settings');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/settings');
    await page.getByText('Please log in to continue.').waitFor();
    await logInThroughUi(page, email);
    await page.waitForURL('**/settings');
    await waitForHeading(page, 'Settings');
  });

  it('keeps the session across a reload by refreshing the access token once', async () => {
    const page = await portal().newPage();
    const email = uniqueEmail('reload');
    await registerThroughUi(page, email, 'employer');

    const refreshCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/auth/refresh')) refreshCalls.push(request.url());
    });
    await page.reload();
    await waitForHeading(page, HOME_HEADING.employer);
    await page.getByText(`Welcome, ${email}.`).waitFor();
    expect(refreshCalls).toHaveLength(1);
  });

  it('refreshes once and retries when the API answers 401 to a signed-in call', async () => {
    const page = await portal().newPage();
    await registerThroughUi(page, uniqueEmail('retry'), 'candidate');

    // Spoil the access token of the first PATCH /me only, so that the real API answers 401.
    let spoiled = false;
    await page.route('**/api/v1/me', async (route) => {
      if (route.request().method() !== 'PATCH' || spoiled) return route.continue();
      spoiled = true;
      await route.continue({ headers: { ...route.request().headers(), authorization: 'Bearer expired.or.forged' } });
    });
    const statuses: number[] = [];
    let refreshes = 0;
    page.on('response', (response) => {
      if (response.url().endsWith('/api/v1/me') && response.request().method() === 'PATCH') statuses.push(response.status());
      if (response.url().endsWith('/api/v1/auth/refresh')) refreshes += 1;
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await waitForHeading(page, 'Settings');
    await page.getByRole('radio', { name: '한국어' }).check();
    await page.getByRole('status').filter({ hasText: '저장했습니다. 표시 언어는 한국어입니다.' }).waitFor();
    expect(statuses).toEqual([401, 200]);
    expect(refreshes).toBe(1);
  });

  it('signs out locally when the refresh token is no longer accepted', async () => {
    const page = await portal().newPage();
    await registerThroughUi(page, uniqueEmail('revoked'), 'adviser');

    await page.evaluate('localStorage.setItem("hashidari.refreshToken", "not-a-valid-token")');
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/home');
    expect(await page.evaluate('localStorage.getItem("hashidari.refreshToken")')).toBeNull();
  });

  it('shows a wrong password as an alert', async () => {
    const page = await portal().newPage();
    const email = uniqueEmail('wrong');
    await registerThroughUi(page, email, 'candidate');
    await logOutThroughUi(page);

    await page.goto('/login');
    await logInThroughUi(page, email, 'not the right password');
    const alert = page.getByRole('alert').filter({ hasText: 'The e-mail address or the password is not correct.' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
