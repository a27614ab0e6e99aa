import type { Locator, Page } from 'playwright-core';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';
import { registerThroughApi, signInWithToken } from './support/visa-api';
import { employerWithPosting, salesCandidate } from './support/visa-marketplace';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };
const TITLE = { ko: '해외영업원 (일본 시장)', en: 'Overseas sales (Japan market)' };

/** Opens a card's reasons unless they are open already (the first card's are). */
async function openReasons(card: Locator): Promise<void> {
  const toggle = card.locator('.hd-jobmatch__toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await card.locator('.hd-why').waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('matching, explained to both sides', () => {
  it('ja candidate: sees the posting recommended with its score, why, and visa route, and starts a plan from it', async () => {
    const { baseUrl, databaseUrl } = portal();
    const { jobId } = await employerWithPosting(baseUrl, databaseUrl, { verified: true, title: TITLE });
    const candidate = await salesCandidate(baseUrl, { family: '佐藤', given: '美咲' });

    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithToken(page, candidate, 'ja');
    await page.goto('/matches');
    await waitForHeading(page, 'あなたへのおすすめ求人');
    // The posting has no Japanese title: the English one is shown (marked lang="en"), before the Korean.
    const title = page.getByRole('link', { name: TITLE.en });
    const card = page.locator('.hd-jobmatch').filter({ has: title });
    await card.waitFor();
    expect(await title.getAttribute('lang')).toBe('en');
    await openReasons(card);

    // The score is a meter with its value in words, not a raw number.
    const meter = card.getByRole('meter', { name: 'マッチ度' });
    const value = Number(await meter.getAttribute('aria-valuenow'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThanOrEqual(100);
    expect(await meter.getAttribute('aria-valuetext')).toBe(`マッチ度${value}%`);

    // Skills held are named with the taxonomy's labels.
    const skills = card.locator('.hd-why__item').filter({ hasText: 'スキル' });
    expect(await skills.textContent()).toContain('必須スキルをすべて満たしています。');
    expect(await skills.locator('.hd-skills__group--matchedRequired').textContent()).toContain('日本語');
    expect(await card.locator('.hd-why__item').filter({ hasText: '給与' }).textContent()).toContain('年収3,300万〜4,000万ウォン');
    expect(await card.locator('.hd-why__item').filter({ hasText: '語学' }).textContent()).toContain('TOPIK 4級');

    // The visa route, with the official name of the target status.
    expect(await card.locator('.hd-visa-summary').textContent()).toContain('韓国：特定活動（E-7）専門人材（E-7-1）');
    await expectAccessible(page);

    await card.getByRole('link', { name: 'この求人でロードマップを作成' }).click();
    await page.waitForURL(/\/pathway\?pathwayId=kr-d2/);
    await waitForHeading(page, '在留資格ロードマップ');
    // The route of the match is chosen already.
    await page.getByRole('radio', { checked: true }).waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
    await page.getByRole('group', { name: 'このプランの目標の求人' }).getByRole('link', { name: new RegExp(TITLE.en.replace(/[()]/g, '\\$&')) }).waitFor();
    expect(new URL(page.url()).searchParams.get('jobId')).toBe(jobId);

    await page.setViewportSize(PHONE);
    await page.goto('/matches');
    await card.waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('ko employer: sees the consenting candidate ranked with the reasons from the posting’s side', async () => {
    const { baseUrl, databaseUrl } = portal();
    const { employer, jobId } = await employerWithPosting(baseUrl, databaseUrl, { verified: true, title: TITLE });
    const candidate = await salesCandidate(baseUrl, { family: '鈴木', given: '蓮' });

    const page = await portal().newPage({ locale: 'ko-KR' });
    await signInWithToken(page, employer, 'ko');
    await page.goto(`/postings/${jobId}/matches`);
    await waitForHeading(page, `'${TITLE.ko}' 매칭 후보자`);
    const card = page.locator('.hd-jobmatch').filter({ has: page.getByRole('link', { name: '鈴木 蓮' }) });
    await card.waitFor();
    expect(await card.getByRole('link', { name: '鈴木 蓮' }).getAttribute('href')).toBe(`/candidates/${candidate.profileId}`);
    expect(await card.textContent()).toContain('한국: 유학(D-2)');
    await openReasons(card);
    const meter = card.getByRole('meter', { name: '적합도' });
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    // From the employer's side: the posting's requirements first, and no wished salary figure of the candidate.
    expect(await card.getByRole('heading', { name: '채용 조건' }).count()).toBe(1);
    expect(await card.locator('.hd-why__item').filter({ hasText: '급여' }).textContent()).not.toContain('3,000만원');
    expect(await card.locator('.hd-why__item').filter({ hasText: '역량' }).textContent()).toContain('필수 역량을 모두 갖추고 있습니다.');
    await expectAccessible(page);
  });

  it('ko employer of an unverified organisation is told why no candidate is shown yet', async () => {
    const { baseUrl, databaseUrl } = portal();
    const { employer, jobId } = await employerWithPosting(baseUrl, databaseUrl, { verified: false, title: TITLE });
    await salesCandidate(baseUrl, { family: '高橋', given: '陽菜' });

    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(page, employer, 'ko');
    await page.goto(`/postings/${jobId}/matches`);
    await waitForHeading(page, `'${TITLE.ko}' 매칭 후보자`);
    await page.getByText('귀사 조직이 아직 인증되지 않았습니다').waitFor();
    expect(await page.locator('.hd-jobmatch').count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectAccessible(page);
  });

  it('en candidate without a profile gets an empty state that leads to the profile', async () => {
    const candidate = await registerThroughApi(portal().baseUrl, 'candidate', 'en', 'matches-empty');
    const page = await portal().newPage();
    await signInWithToken(page, candidate, 'en');
    await page.goto('/matches');
    await waitForHeading(page, 'Jobs recommended for you');
    await page.getByText('No recommendation yet').waitFor();
    expect(await page.getByRole('link', { name: 'Go to my profile' }).getAttribute('href')).toBe('/profile');
    await expectAccessible(page);
  });
});
