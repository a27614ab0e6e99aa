import type { Page } from 'playwright-core';
import { PASSWORD } from './portal';

export type SelfRegistrableRole = 'candidate' | 'employer' | 'adviser';

/** The English labels of the role choices on the registration form. */
export const ROLE_OPTION: Record<SelfRegistrableRole, RegExp> = {
  candidate: /^Candidate/,
  employer: /^Employer/,
  adviser: /^Adviser/,
};

/** The <h1> of each role's home page, in English. */
export const HOME_HEADING: Record<string, string> = {
  candidate: 'Your candidate home',
  employer: 'Your employer home',
  adviser: 'Your adviser home',
  admin: 'Administration home',
};

export function heading(page: Page, level = 1) {
  return page.getByRole('heading', { level });
}

/** Waits for the page's <h1> to read `text` and returns its text. */
export async function waitForHeading(page: Page, text: string): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1, name: text, exact: true });
  await h1.waitFor({ state: 'visible' });
  return (await h1.textContent()) ?? '';
}

export async function fillRegistration(
  page: Page,
  { email, password = PASSWORD, role }: { email: string; password?: string; role?: SelfRegistrableRole },
): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  if (role) await page.getByRole('radio', { name: ROLE_OPTION[role] }).check();
}

/** Signs up through the form (from wherever the page is) and waits for the role's home page. */
export async function registerThroughUi(page: Page, email: string, role: SelfRegistrableRole): Promise<void> {
  await page.goto('/register');
  await waitForHeading(page, 'Create your account');
  await fillRegistration(page, { email, role });
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/home');
  await waitForHeading(page, HOME_HEADING[role]);
}

export async function logInThroughUi(page: Page, email: string, password = PASSWORD): Promise<void> {
  await waitForHeading(page, 'Log in to hashidari');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

export async function logOutThroughUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
}

/** True when the page is wider than the viewport (something would need horizontal scrolling). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return (await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  )) as boolean;
}
