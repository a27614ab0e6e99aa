import type { Page } from 'playwright-core';
import { HOME_HEADING, logInThroughUi, logOutThroughUi, registerThroughUi, waitForHeading } from './support/flows';
import { uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

const LANDING_HEADING = {
  ja: '日本と韓国で、学び、インターンし、働く',
  ko: '한국과 일본에서 배우고, 인턴하고, 일하세요',
  en: 'Study, intern and work between Japan and Korea',
};

// The language menu's button is named after the current language, in that language's UI.
const MENU_BUTTON = { ja: /^言語/, ko: /^언어/, en: /^Language/ };

async function htmlLang(page: Page): Promise<string> {
  return (await page.evaluate('document.documentElement.lang')) as string;
}

async function bodyFont(page: Page): Promise<string> {
  return (await page.evaluate('getComputedStyle(document.body).fontFamily')) as string;
}

async function chooseLanguage(page: Page, from: keyof typeof MENU_BUTTON, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: MENU_BUTTON[from] }).click();
  await page.getByRole('menuitemradio', { name }).click();
}

describe('languages', () => {
  it('starts in the browser language, switches ja → ko → en from the header and remembers the choice', async () => {
    const page = await portal().newPage({ locale: 'ja-JP' });
    await page.goto('/');
    await waitForHeading(page, LANDING_HEADING.ja);
    expect(await htmlLang(page)).toBe('ja');
    expect(await bodyFont(page)).toContain('Hiragino Sans');
    expect(await page.title()).toBe('日本と韓国で、学び・インターン・働く｜hashidari');
    expect(await page.getByRole('banner').getByRole('link', { name: '会員登録' }).count()).toBe(1);

    await chooseLanguage(page, 'ja', '한국어');
    await waitForHeading(page, LANDING_HEADING.ko);
    expect(await htmlLang(page)).toBe('ko');
    expect(await bodyFont(page)).toContain('Apple SD Gothic Neo');
    expect(await page.getByRole('banner').getByRole('link', { name: '회원가입' }).count()).toBe(1);

    await chooseLanguage(page, 'ko', 'English');
    await waitForHeading(page, LANDING_HEADING.en);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe('Study, intern and work between Japan and Korea · hashidari');

    await page.reload();
    await waitForHeading(page, LANDING_HEADING.en);
    expect(await htmlLang(page)).toBe('en');
  });

  it('falls back to English for a browser in another language, and to Korean for a Korean one', async () => {
    const french = await portal().newPage({ locale: 'fr-FR' });
    await french.goto('/');
    await waitForHeading(french, LANDING_HEADING.en);

    const korean = await portal().newPage({ locale: 'ko-KR' });
    await korean.goto('/login');
    await waitForHeading(korean, 'hashidari 로그인');
    expect(await htmlLang(korean)).toBe('ko');
  });

  it('saves a signed-in user’s language to the account and applies it at the next login', async () => {
    const page = await portal().newPage();
    const email = uniqueEmail('locale');
    await registerThroughUi(page, email, 'candidate');

    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me') && response.request().method() === 'PATCH',
    );
    await chooseLanguage(page, 'en', '日本語');
    expect((await saved).status()).toBe(200);
    await waitForHeading(page, '求職者のマイホーム');
    const account = page.getByRole('region', { name: 'アカウント' });
    expect(await account.getByText('日本語', { exact: true }).count()).toBe(1);

    // Log out, switch this browser back to English, log in: the account's Japanese wins.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await chooseLanguage(page, 'ja', 'English');
    await waitForHeading(page, LANDING_HEADING.en);
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await logInThroughUi(page, email);
    await page.waitForURL('**/home');
    await waitForHeading(page, '求職者のマイホーム');
    expect(await htmlLang(page)).toBe('ja');

    // The settings page changes it too.
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '設定' }).click();
    await waitForHeading(page, '設定');
    await page.getByRole('radio', { name: 'English' }).check();
    await waitForHeading(page, 'Settings');
    await page.getByRole('status').filter({ hasText: 'Saved. The portal now uses English.' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My home' }).click();
    await waitForHeading(page, HOME_HEADING.candidate);
    await logOutThroughUi(page);
  });
});
