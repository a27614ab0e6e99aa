import type { Page } from 'playwright-core';
import { HOME_HEADING, logInThroughUi, registerThroughUi, waitForHeading, type SelfRegistrableRole } from './support/flows';
import { hasHorizontalScroll } from './support/flows';
import { seriousAccessibilityViolations, setRole, uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function expectLandmarks(page: Page): Promise<void> {
  for (const role of ['banner', 'main', 'contentinfo'] as const) {
    expect(await page.getByRole(role).count()).toBe(1);
  }
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
}

describe('accessibility and small screens', () => {
  const publicPages: { path: string; heading: string }[] = [
    { path: '/', heading: 'Study, intern and work between Japan and Korea' },
    { path: '/register', heading: 'Create your account' },
    { path: '/login', heading: 'Log in to hashidari' },
    { path: '/no/such/page', heading: 'We could not find this page' },
  ];

  for (const { path, heading } of publicPages) {
    it(`${path} has landmarks, no serious axe violation, and fits 360 px`, async () => {
      const page = await portal().newPage();
      await page.goto(path);
      await waitForHeading(page, heading);
      await expectLandmarks(page);
      await expectAccessible(page);

      await page.setViewportSize(PHONE);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  for (const locale of ['ja-JP', 'ko-KR']) {
    it(`the landing page in ${locale} has no serious axe violation and fits 360 px`, async () => {
      const page = await portal().newPage({ locale, viewport: PHONE });
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  for (const role of ['candidate', 'employer', 'adviser'] as SelfRegistrableRole[]) {
    it(`the ${role} home has no serious axe violation and fits 360 px`, async () => {
      const page = await portal().newPage({ viewport: PHONE });
      await registerThroughUi(page, uniqueEmail(`a11y-${role}`), role);
      await expectLandmarks(page);
      await expectAccessible(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  it('the admin home has no serious axe violation and fits 360 px', async () => {
    const page = await portal().newPage({ viewport: PHONE });
    const email = uniqueEmail('a11y-admin');
    await registerThroughUi(page, email, 'candidate');
    await setRole(portal().databaseUrl, email, 'admin');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.goto('/login');
    await logInThroughUi(page, email);
    await waitForHeading(page, HOME_HEADING.admin);
    expect(await page.getByRole('heading', { level: 3, name: 'Employer verification' }).count()).toBe(1);
    await expectAccessible(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('the settings page has no serious axe violation and fits 360 px', async () => {
    const page = await portal().newPage({ viewport: PHONE });
    await registerThroughUi(page, uniqueEmail('a11y-settings'), 'candidate');
    await page.goto('/settings');
    await waitForHeading(page, 'Settings');
    await expectAccessible(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('offers a skip link first and moves the focus to the heading after a navigation', async () => {
    const page = await portal().newPage();
    await page.goto('/');
    await waitForHeading(page, 'Study, intern and work between Japan and Korea');

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');

    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await waitForHeading(page, 'Log in to hashidari');
    await page.waitForFunction('document.activeElement && document.activeElement.tagName === "H1"');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Log in to hashidari');
  });

  it('labels every form field', async () => {
    const page = await portal().newPage();
    for (const path of ['/register', '/login']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
        .filter((el) => el.type !== 'hidden' && !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
        .map((el) => el.name || el.id)`);
      expect(unlabelled).toEqual([]);
    }
  });
});
