import type { Page } from 'playwright-core';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';
import { createPlanThroughApi, registerThroughApi, signInWithToken } from './support/visa-api';
import { daysFromToday } from './support/visa-dates';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };
const KR_ROUTE = '韓国：留学（D-2）→ インターン → 一般求職（D-10-1）→ 専門人材（E-7-1）';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('a candidate’s visa pathway', () => {
  it('ja: builds a plan, sees its timeline and the deadline at risk, ticks an item and finds it in the history', async () => {
    const candidate = await registerThroughApi(portal().baseUrl, 'candidate', 'ja', 'pathway-ja');
    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithToken(page, candidate, 'ja');
    await page.goto('/pathway');
    await waitForHeading(page, '在留資格ロードマップ');
    await page.getByText('まだプランがありません').waitFor();
    await expectAccessible(page);

    await page.getByRole('radio', { name: KR_ROUTE }).check();
    await page.getByLabel('「留学（D-2・韓国）」の開始日').fill('2023-03-01');
    // The stay ends in 20 days: its deadline is at risk.
    await page.getByLabel('現在の在留期限').fill(daysFromToday(20));
    await page.getByLabel('卒業（予定）日').fill(daysFromToday(10));
    await page.getByLabel('入社予定日').fill(daysFromToday(220));
    await page.getByRole('button', { name: 'プランを作成' }).click();

    await page.waitForURL(/\/pathway\/[0-9a-f-]{36}$/);
    await waitForHeading(page, KR_ROUTE);
    const risk = page.getByRole('alert').filter({ hasText: '今すぐ対応が必要な期限' });
    await risk.waitFor();
    expect(await risk.textContent()).toContain('留学（D-2）の在留期間満了');

    // The drawing, and the same stages in words with their dates and deadlines.
    expect(await page.getByRole('img', { name: /スケジュール/ }).count()).toBe(1);
    const stages = page.locator('.hd-tl__stages > li');
    expect(await stages.count()).toBe(5);
    expect(await stages.nth(0).textContent()).toContain('2023年3月1日');
    expect(await stages.nth(0).locator('.hd-deadline--risk').count()).toBe(1);
    expect(await stages.nth(3).textContent()).toContain('日付はまだ決まっていません');

    // The proposal is an overlay the reader asks for, labelled as such.
    expect(await page.getByRole('complementary', { name: '提案段階の制度（未施行）' }).count()).toBe(0);
    await page.getByRole('switch', { name: '提案段階の制度を重ねて表示' }).check();
    expect(await page.getByRole('complementary', { name: '提案段階の制度（未施行）' }).count()).toBe(5);

    const passport = page.getByRole('checkbox', { name: '旅券（パスポート）' }).first();
    // The tick is optimistic but lands a tick later than the click: click, then wait for its announcement.
    await passport.click();
    await page.getByRole('status').filter({ hasText: '旅券（パスポート）を完了にしました。' }).waitFor();
    const history = page.getByRole('region', { name: '操作履歴' });
    await history.getByText('本人が「旅券（パスポート）」を完了にしました。').waitFor();

    await page.reload();
    await waitForHeading(page, KR_ROUTE);
    await page.locator('.hd-checklist').waitFor();
    expect(await page.getByRole('checkbox', { name: '旅券（パスポート）' }).first().isChecked()).toBe(true);
    await expectAccessible(page);

    await page.setViewportSize(PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('ko: lists the plans, draws the timeline down the page on a phone and keeps a note on an item', async () => {
    const candidate = await registerThroughApi(portal().baseUrl, 'candidate', 'ko', 'pathway-ko');
    const plan = await createPlanThroughApi(portal().baseUrl, candidate, {
      pathwayId: 'jp-ryugaku-job-hunting-gijinkoku',
      startDate: '2023-04-01',
      statusExpiresAt: daysFromToday(120),
      graduationDate: daysFromToday(100),
      jobStartDate: daysFromToday(400),
    });
    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(page, candidate, 'ko');
    await page.goto('/pathway');
    await waitForHeading(page, '체류자격 전환 로드맵');
    const route = '일본: 유학 → 특정활동(계속 취직활동) → 기술·인문지식·국제업무';
    await page.getByRole('link', { name: route }).click();
    await page.waitForURL(`**/pathway/${plan.id}`);
    await waitForHeading(page, route);

    // On a phone the date axis runs down: the lanes stand side by side.
    const lanes = page.locator('.hd-tl-chart__lane');
    expect(await lanes.count()).toBe(3);
    const first = await lanes.nth(0).boundingBox();
    const second = await lanes.nth(1).boundingBox();
    expect(first && second && second.x > first.x && Math.abs(second.y - first.y) < 2).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByRole('button', { name: '메모 추가: 여권' }).first().click();
    await page.getByLabel('여권에 대한 메모').fill('2031년까지 유효');
    await page.getByRole('button', { name: '메모 저장' }).click();
    await page.getByText('내 메모: 2031년까지 유효').waitFor();
    await page.getByRole('region', { name: '처리 이력' }).getByText("본인이 '여권' 항목에 메모를 남겼습니다.").waitFor();
    await expectAccessible(page);
  });

  it('ko: moves a plan\'s dates after a later graduation; the checklist stays', async () => {
    const candidate = await registerThroughApi(portal().baseUrl, 'candidate', 'ko', 'pathway-dates');
    const plan = await createPlanThroughApi(portal().baseUrl, candidate, { pathwayId: 'kr-d2-d10-e7', startDate: '2024-03-01', graduationDate: '2027-02-20' });
    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(page, candidate, 'ko');
    await page.goto(`/pathway/${plan.id}`);
    const dayInKorean = (iso: string) => new Intl.DateTimeFormat('ko', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    await page.getByText(dayInKorean('2027-02-20'), { exact: false }).first().waitFor();
    expect(await page.getByText(dayInKorean('2027-08-20'), { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: '날짜 변경' }).click();
    const dialog = page.getByRole('dialog', { name: '플랜 날짜 변경' });
    await dialog.waitFor();
    const graduation = dialog.getByLabel('졸업(예정)일');
    expect(await graduation.inputValue()).toBe('2027-02-20');
    await graduation.fill('2027-08-20');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: '날짜 저장' }).click();
    await page.getByRole('status').filter({ hasText: '날짜를 저장했습니다.' }).waitFor();
    // the timeline on the page follows: the study stage now ends on the new graduation day
    await page.getByText(dayInKorean('2027-08-20'), { exact: false }).first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);

    const response = await fetch(`${portal().baseUrl}/api/v1/pathway-plans/${plan.id}`, { headers: { authorization: `Bearer ${candidate.accessToken}` } });
    const saved = (await response.json()) as { dates: Record<string, string>; items: unknown[] };
    expect(saved.dates).toEqual({ startDate: '2024-03-01', graduationDate: '2027-08-20' });
    expect(saved.items).toHaveLength(plan.items.length);
  });

  it('en: deletes a plan started by mistake after confirming, and is back on the list without it', async () => {
    const candidate = await registerThroughApi(portal().baseUrl, 'candidate', 'en', 'pathway-delete');
    const plan = await createPlanThroughApi(portal().baseUrl, candidate, { pathwayId: 'kr-d2-e7', startDate: '2024-03-01' });
    const page = await portal().newPage();
    await signInWithToken(page, candidate, 'en');
    await page.goto(`/pathway/${plan.id}`);
    const remove = page.getByRole('button', { name: 'Delete plan' });
    await remove.waitFor(); // shown with the plan, whose name is then the page heading
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL('**/pathway');
    await page.getByRole('status').filter({ hasText: `The plan “${title}” was deleted.` }).waitFor();
    expect(await page.getByRole('link', { name: title ?? '' }).count()).toBe(0);
  });
});
