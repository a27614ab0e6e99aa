import type { Page } from 'playwright-core';
import { registerThroughApi, signInWithSession } from './support/candidate-api';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

/** Waits (up to 5 s) until the page lists `count` rule cards, each containing `text` when given. */
async function waitForRules(page: Page, count: number, text?: string): Promise<void> {
  const cards = page.locator('.visa-rule');
  const matching = text ? cards.filter({ hasText: text }) : cards;
  for (let tries = 0; tries < 50; tries += 1) {
    if ((await cards.count()) === count && (await matching.count()) === count) return;
    await page.waitForTimeout(100);
  }
  expect({ shown: await cards.count(), matching: await matching.count() }).toEqual({ shown: count, matching: count });
}

interface RuleSet {
  counts: { rules: number };
  rules: { id: string; unverified: boolean; upcomingDates: string[] }[];
}

describe('the visa rule set', () => {
  it('ko adviser on a phone: opens the rules from the navigation, narrows them to the unverified ones and to the changes ahead, and finds one by id', async () => {
    const { baseUrl } = portal();
    // what the page must show, whatever day the suite runs on
    const ruleSet = (await (await fetch(`${baseUrl}/api/v1/visa/rule-set`)).json()) as RuleSet;
    const total = ruleSet.counts.rules;
    const unverified = ruleSet.rules.filter((r) => r.unverified).length;
    const ahead = ruleSet.rules.filter((r) => r.upcomingDates.length > 0).length;

    const adviser = await registerThroughApi(baseUrl, 'adviser', 'ko', 'rules-adviser');
    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithSession(page, adviser, 'ko');
    await page.goto('/home');
    await page.getByRole('link', { name: '체류자격 규정' }).first().click();
    await waitForHeading(page, '체류자격 규정');
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${total}건 표시` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    const views = page.getByRole('radiogroup', { name: '표시' });

    await views.getByText('미확인', { exact: true }).click();
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${unverified}건 표시` }).waitFor();
    await waitForRules(page, unverified, '미확인(판정은 확인 필요)');

    await views.getByText('예정된 변경', { exact: true }).click();
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${ahead}건 표시` }).waitFor();
    await waitForRules(page, ahead, '예정된 변경:');

    await views.getByText('전체', { exact: true }).click();
    await page.getByRole('textbox', { name: '규정 찾기(ID 또는 제목의 단어)' }).fill('kr-e7-w-04');
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 1건 표시` }).waitFor();
    await waitForRules(page, 1, 'KR-E7-W-04');
    const card = page.getByRole('listitem').filter({ hasText: 'KR-E7-W-04' });
    await card.getByText('참고 자료 §A4.4', { exact: false }).waitFor();
    expect(await card.getByText('출처:', { exact: false }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
