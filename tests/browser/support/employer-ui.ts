import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { PASSWORD, seriousAccessibilityViolations } from './portal';

type Locale = 'ja' | 'ko' | 'en';

/** The words of the sign-up and login forms in each language. */
const AUTH_WORDS: Record<Locale, { email: string; password: string; employer: RegExp; create: string; home: string; login: string; loginHeading: string }> = {
  ja: { email: 'メールアドレス', password: 'パスワード', employer: /^企業/, create: 'アカウントを作成', home: '企業のマイホーム', login: 'ログイン', loginHeading: 'hashidari にログイン' },
  ko: { email: '이메일 주소', password: '비밀번호', employer: /^기업/, create: '계정 만들기', home: '기업 마이홈', login: '로그인', loginHeading: 'hashidari 로그인' },
  en: { email: 'E-mail address', password: 'Password', employer: /^Employer/, create: 'Create account', home: 'Your employer home', login: 'Log in', loginHeading: 'Log in to hashidari' },
};

/** Signs up as an employer through the form in the page's language and waits for the employer home. */
export async function signUpAsEmployer(page: Page, locale: Locale, email: string): Promise<void> {
  const words = AUTH_WORDS[locale];
  await page.goto('/register');
  await page.getByLabel(words.email).fill(email);
  await page.getByRole('textbox', { name: words.password, exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: words.employer }).check();
  await page.getByRole('button', { name: words.create }).click();
  await page.waitForURL('**/home');
  await page.getByRole('heading', { level: 1, name: words.home }).waitFor();
}

/** Logs in through the form in the page's language. */
export async function logIn(page: Page, locale: Locale, email: string): Promise<void> {
  const words = AUTH_WORDS[locale];
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: words.loginHeading }).waitFor();
  await page.getByLabel(words.email).fill(email);
  await page.getByRole('textbox', { name: words.password, exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: words.login, exact: true }).click();
  await page.waitForURL('**/home');
}

/** Waits for the page's <h1>. */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Lets opening dialogs, drawers and menus finish their transitions (half-faded text would fail the contrast
 * rule): waits until no animation has run for three checks in a row.
 */
async function settleTransitions(page: Page): Promise<void> {
  let quiet = 0;
  for (let checks = 0; checks < 40 && quiet < 3; checks += 1) {
    const running = (await page.evaluate(
      'Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))).then((done) => done.length)',
    )) as number;
    quiet = running === 0 ? quiet + 1 : 0;
    await page.waitForTimeout(60);
  }
}

/** No serious or critical axe-core violation on the page as it is now (contrast failures say by how much). */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  await settleTransitions(page);
  const found = await seriousAccessibilityViolations(page);
  if (found.length === 0) return;
  const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  const details = contrast.violations.flatMap((violation) => violation.nodes.map((node) => node.failureSummary ?? ''));
  expect([...found, ...details]).toEqual([]);
}

/** The text that a field's aria-describedby points to (its description and error). */
export async function describedBy(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    texts.push((await field.page().locator(`[id="${id}"]`).textContent()) ?? '');
  }
  return texts.join(' ');
}

/** True when the page is wider than the viewport. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth')) as boolean;
}
