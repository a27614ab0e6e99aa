import type { Locator } from 'playwright-core';
import { fillRegistration, logOutThroughUi, registerThroughUi, waitForHeading } from './support/flows';
import { uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

/** The text of the element(s) that a field's aria-describedby points to. */
async function description(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    texts.push((await field.page().locator(`[id="${id}"]`).textContent()) ?? '');
  }
  return texts.join(' ');
}

describe('registration form errors', () => {
  it('checks the fields before sending and says what is missing beside each one', async () => {
    const page = await portal().newPage();
    await page.goto('/register');
    await waitForHeading(page, 'Create your account');
    await page.getByRole('button', { name: 'Create account' }).click();

    const email = page.getByLabel('E-mail address');
    await page.getByText('Enter your e-mail address.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await description(email)).toContain('Enter your e-mail address.');
    expect(await page.getByText('Choose how you will use hashidari.', { exact: true }).count()).toBe(1);

    await fillRegistration(page, { email: 'someone@example.com', password: 'short', role: 'candidate' });
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByRole('textbox', { name: 'Password', exact: true });
    await page.getByText('Use at least 10 characters.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await description(password)).toContain('Use at least 10 characters.');
  });

  it('shows the API’s 422 field error beside the password field', async () => {
    const page = await portal().newPage();
    // Pass the client-side checks, then send a password the API refuses (the API itself answers 422).
    await page.route('**/api/v1/auth/register', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      await route.continue({ postData: JSON.stringify({ ...body, password: 'short' }) });
    });
    await page.goto('/register');
    await waitForHeading(page, 'Create your account');
    await fillRegistration(page, { email: uniqueEmail('short'), role: 'employer' });
    const answer = page.waitForResponse('**/api/v1/auth/register');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect((await answer).status()).toBe(422);

    const message = 'The server did not accept this password: use 10 to 128 characters.';
    await page.getByText(message).waitFor();
    const password = page.getByRole('textbox', { name: 'Password', exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await description(password)).toContain(message);
    expect(new URL(page.url()).pathname).toBe('/register');
  });

  it('shows a duplicate e-mail address (409 EMAIL_TAKEN) beside the e-mail field', async () => {
    const page = await portal().newPage();
    const taken = uniqueEmail('taken');
    await registerThroughUi(page, taken, 'adviser');
    await logOutThroughUi(page);

    await page.goto('/register');
    await waitForHeading(page, 'Create your account');
    await fillRegistration(page, { email: taken, role: 'candidate' });
    await page.getByRole('button', { name: 'Create account' }).click();

    const message = 'An account with this e-mail address already exists. Log in instead, or use another address.';
    await page.getByText(message).waitFor();
    const email = page.getByLabel('E-mail address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await description(email)).toContain(message);
  });

  it('says so in an alert when the API cannot be reached', async () => {
    const page = await portal().newPage();
    await page.goto('/login');
    await waitForHeading(page, 'Log in to hashidari');
    // Simulates a lost connection: the request never reaches the API.
    await page.route('**/api/v1/auth/login', (route) => route.abort('internetdisconnected'));
    await page.getByLabel('E-mail address').fill('someone@example.com');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('whatever it is');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'We could not reach hashidari. Check your connection and try again.' })
      .waitFor();
  });

  it('translates the errors into the current language', async () => {
    const page = await portal().newPage({ locale: 'ko-KR' });
    await page.goto('/login');
    await waitForHeading(page, 'hashidari 로그인');
    await page.getByRole('button', { name: '로그인', exact: true }).click();
    await page.getByText('이메일 주소를 입력해 주세요.').waitFor();
    await page.getByText('비밀번호를 입력해 주세요.').waitFor();
  });
});
