import type { Page } from 'playwright-core';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';
import { chooseOption, chooseSegment, describedBy } from './support/visa-form';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };
// Rules depend on the date: the checks below are made as on this day, whatever day the tests run.
const EVAL_DATE = '2026-11-28';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function openCheck(page: Page, heading: string): Promise<void> {
  await page.goto('/visa/check');
  await waitForHeading(page, heading);
}

describe('the public eligibility check (no account)', () => {
  it('ja: a Japanese national in Japan is likely eligible for the Korean working holiday, with reasons and a proposal apart', async () => {
    const page = await portal().newPage({ locale: 'ja-JP' });
    await openCheck(page, '在留資格の要件チェック');

    await chooseOption(page, page.getByRole('combobox', { name: '確認する在留資格' }), '韓国：ワーキングホリデー（H-1）');
    await page.getByLabel('判定基準日').fill(EVAL_DATE);
    // Only the facts this status reads are asked: no job salary, no education.
    expect(await page.getByText('給与（額面・契約上の金額）').count()).toBe(0);
    await chooseOption(page, page.getByRole('combobox', { name: '国籍' }), '日本');
    await chooseOption(page, page.getByRole('combobox', { name: '現在いる国' }), '日本');
    await page.getByLabel('生年月日').fill('2003-05-01');
    await chooseSegment(page.getByRole('group', { name: /過去の在留資格/ }), 'なし');
    await page.getByRole('button', { name: '判定する' }).click();

    const heading = page.getByRole('heading', { level: 2, name: '判定結果' });
    await heading.waitFor();
    await page.waitForFunction('document.activeElement && document.activeElement.id === "result-heading"');
    const verdict = page.locator('.hd-verdict');
    expect(await verdict.getAttribute('class')).toContain('hd-verdict--eligible');
    expect(await verdict.textContent()).toContain('要件を満たす見込み');
    // The rules of the chosen date and the rule-set version that gave the answer.
    expect(await verdict.textContent()).toMatch(/判定基準日：2026年11月28日\s+ルールのバージョン：\d{4}-\d{2}-\d{2}\.\d+/);

    const met = page.getByRole('heading', { level: 4, name: '満たしている要件' });
    await met.waitFor();
    for (const ruleId of ['KR-H1.nationality', 'KR-H1.location', 'KR-H1.age', 'KR-H1.uses']) {
      expect(await page.locator('.hd-reason').filter({ hasText: ruleId }).count()).toBe(1);
    }
    // The source is there on demand.
    const firstReason = page.locator('.hd-reason').first();
    await firstReason.getByRole('button', { name: '出典を表示' }).click();
    await firstReason.locator('.hd-source').waitFor();
    expect(await firstReason.locator('.hd-source').textContent()).toContain('reference/visa-rules.md');

    // The proposed framework is shown beside the verdict, labelled as a proposal, never as a verdict.
    const proposal = page.getByRole('complementary', { name: '提案段階の制度（未施行）' });
    expect(await proposal.count()).toBe(1);
    expect(await proposal.locator('.hd-verdict').count()).toBe(0);

    expect(await page.getByRole('heading', { level: 3, name: '必要書類と手続き' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('ja: with nothing known the answer is “needs review” and each missing fact links to its field', async () => {
    const page = await portal().newPage({ locale: 'ja-JP' });
    await openCheck(page, '在留資格の要件チェック');
    await chooseOption(page, page.getByRole('combobox', { name: '確認する在留資格' }), '韓国：特定活動（E-7）専門人材（E-7-1）');
    await page.getByLabel('判定基準日').fill(EVAL_DATE);
    await page.getByRole('button', { name: '判定する' }).click();

    const verdict = page.locator('.hd-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('要確認（専門家に確認してください）');
    const missing = page.locator('.hd-missing');
    expect(await missing.textContent()).toContain('給与（額面・契約上の金額）');
    // The engine's raw field names are put in words in the reasons too.
    expect(await page.locator('.hd-reason').filter({ hasText: 'job.occupationCode' }).count()).toBe(0);

    await missing.getByRole('button', { name: '職種コード（E-7）' }).click();
    await page.waitForFunction('document.activeElement && document.activeElement.id === "vf-job-occupationCode"');
    // The code list opens on focus (it can be searched); close it before the page-wide check.
    await page.keyboard.press('Escape');
    await expectAccessible(page);
  });

  it('ko: a Korean national in Korea is likely eligible for the Japanese working holiday', async () => {
    const page = await portal().newPage({ locale: 'ko-KR' });
    await openCheck(page, '체류자격 요건 확인');
    await chooseOption(page, page.getByRole('combobox', { name: '확인할 체류자격' }), '일본: 워킹홀리데이(특정활동)');
    await page.getByLabel('판정 기준일').fill(EVAL_DATE);
    await chooseOption(page, page.getByRole('combobox', { name: '국적' }), '대한민국');
    await chooseOption(page, page.getByRole('combobox', { name: '현재 있는 나라' }), '대한민국');
    await page.getByLabel('생년월일').fill('2003-05-01');
    await chooseSegment(page.getByRole('group', { name: /이전 체류자격/ }), '없음');
    await page.getByRole('button', { name: '판정하기' }).click();

    const verdict = page.locator('.hd-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('요건 충족 (예상)');
    expect(await page.locator('.hd-reason').filter({ hasText: 'JP-WH.age' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: '제안 단계 제도 (미시행)' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('ko: an empty D-10-1 check needs review, names the missing education, and fits a phone', async () => {
    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await openCheck(page, '체류자격 요건 확인');
    await chooseOption(page, page.getByRole('combobox', { name: '확인할 체류자격' }), '한국: 일반구직(D-10-1)');
    await page.getByLabel('판정 기준일').fill(EVAL_DATE);
    await page.getByRole('button', { name: '판정하기' }).click();

    const verdict = page.locator('.hd-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('class')).toContain('hd-verdict--needs_review');
    expect(await verdict.textContent()).toContain('확인 필요 (전문가 검토)');
    const link = page.locator('.hd-missing').getByRole('button', { name: '학력 (취득 또는 취득 예정 학위)' });
    await link.click();
    // A list that is not known yet: the focus lands on its "unknown / none / enter" choice.
    await page.waitForFunction('document.activeElement && document.activeElement.closest("#vf-person-education") !== null');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectAccessible(page);
  });

  it('en: shows the API’s 422 field error beside the field it names', async () => {
    const page = await portal().newPage();
    // Pass the form, then send a birth date the API refuses (the API itself answers 422).
    await page.route('**/api/v1/visa/eligibility', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { person?: Record<string, unknown> };
      await route.continue({ postData: JSON.stringify({ ...body, person: { ...body.person, birthDate: '2003-02-31x' } }) });
    });
    await openCheck(page, 'Check a status of residence');
    await chooseOption(page, page.getByRole('combobox', { name: 'Status to check' }), 'Korea H-1 Working Holiday');
    await page.getByLabel('Date of birth').fill('2003-05-01');
    const answer = page.waitForResponse('**/api/v1/visa/eligibility');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect((await answer).status()).toBe(422);

    const field = page.getByLabel('Date of birth');
    await page.getByText('Enter a date (year, month, day).').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(field)).toContain('Enter a date (year, month, day).');
    expect(await page.locator('.hd-verdict').count()).toBe(0);
  });
});
