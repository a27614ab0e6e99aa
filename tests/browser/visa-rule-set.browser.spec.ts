import { registerThroughApi, signInWithSession } from './support/candidate-api';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

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
    await page.getByRole('link', { name: '규정 목록' }).first().click();
    await waitForHeading(page, '체류자격 규정 목록');
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${total}건 표시` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    const views = page.getByRole('radiogroup', { name: '표시' });

    await views.getByText('미확인', { exact: true }).click();
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${unverified}건 표시` }).waitFor();
    expect(await page.locator('.visa-rule').count()).toBe(unverified);
    expect(await page.getByText('미확인: 확인 필요').count()).toBe(unverified);

    await views.getByText('예정된 변경', { exact: true }).click();
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 ${ahead}건 표시` }).waitFor();

    await views.getByText('전체', { exact: true }).click();
    await page.getByRole('textbox', { name: '규정 찾기(ID 또는 제목의 단어)' }).fill('kr-e7-w-04');
    await page.getByRole('status').filter({ hasText: `전체 ${total}건 중 1건 표시` }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'KR-E7-W-04' });
    await card.getByText('참고 자료 §A4.4', { exact: false }).waitFor();
    expect(await card.getByText('출처:', { exact: false }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
