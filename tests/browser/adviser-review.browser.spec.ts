import type { Page } from 'playwright-core';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';
import {
  createPlanThroughApi,
  grantAdviser,
  putCandidateProfile,
  registerThroughApi,
  signInWithToken,
  updateItemThroughApi,
  type ApiPlan,
  type ApiUser,
} from './support/visa-api';
import { daysFromToday } from './support/visa-dates';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** A Korean candidate heading to Japan, with a plan whose stay ends soon, who consented to the adviser. */
async function candidateWithPlan(adviser: ApiUser, name: { family: string; given: string }): Promise<{ candidate: ApiUser; plan: ApiPlan }> {
  const { baseUrl } = portal();
  const candidate = await registerThroughApi(baseUrl, 'candidate', 'ko', 'adviser-case');
  await putCandidateProfile(baseUrl, candidate, {
    displayName: `${name.family}${name.given}`,
    familyName: name.family,
    givenName: name.given,
    nationality: 'KR',
    currentStatus: 'JP:ryugaku',
    statusExpiresAt: daysFromToday(25),
  });
  const plan = await createPlanThroughApi(baseUrl, candidate, {
    pathwayId: 'jp-ryugaku-gijinkoku',
    startDate: '2023-04-01',
    statusExpiresAt: daysFromToday(25),
    graduationDate: daysFromToday(15),
    jobStartDate: daysFromToday(150),
  });
  await grantAdviser(baseUrl, candidate, adviser.email);
  return { candidate, plan };
}

describe('an adviser reviewing a consenting candidate’s checklist', () => {
  it('ja adviser verifies an item with a note; the ko candidate then sees it verified, with the note and the history', async () => {
    const { baseUrl } = portal();
    const adviser = await registerThroughApi(baseUrl, 'adviser', 'ja', 'adviser');
    const { candidate, plan } = await candidateWithPlan(adviser, { family: '김', given: '민지' });
    const passport = plan.items.find((item) => item.label.ja === '旅券（パスポート）');
    if (!passport) throw new Error('The plan has no passport item');
    await updateItemThroughApi(baseUrl, candidate, plan.id, passport.itemId, { status: 'done', note: '2031年まで有効' });

    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithToken(page, adviser, 'ja');
    await page.goto('/caseload');
    await waitForHeading(page, '担当案件');
    const card = page.locator('.hd-case').filter({ has: page.getByRole('heading', { level: 2, name: '김민지' }) });
    await card.waitFor();
    // The stay ends within 30 days and the plan has deadlines at risk: the candidate is urgent.
    expect(await card.textContent()).toContain('至急');
    expect(await card.textContent()).toContain('日本：留学');
    expect(await card.getByRole('link', { name: '김민지さんのプロフィール' }).getAttribute('href')).toMatch(/^\/candidates\/[0-9a-f-]{36}$/);
    await expectAccessible(page);

    await card.getByRole('button', { name: 'プランを表示（1）' }).click();
    await card.getByRole('link', { name: '日本：留学 → 技術・人文知識・国際業務' }).click();
    await page.waitForURL(`**/caseload/plans/${plan.id}`);
    await waitForHeading(page, '김민지さんのプラン');
    await page.getByRole('alert').filter({ hasText: '今すぐ対応が必要な期限' }).waitFor();

    const item = page.locator('.hd-item').filter({ hasText: '旅券（パスポート）' }).first();
    expect(await item.textContent()).toContain('本人：完了（確認待ち）');
    expect(await item.textContent()).toContain('2031年まで有効');
    await item.getByRole('button', { name: 'メモを書く：旅券（パスポート）' }).click();
    await item.getByLabel('旅券（パスポート）について本人へのメモ').fill('原本を確認しました。');
    await item.getByRole('button', { name: '確認済みにする：旅券（パスポート）' }).click();
    await page.getByRole('status').filter({ hasText: '旅券（パスポート）を確認済みにしました。' }).waitFor();
    await page.getByRole('region', { name: '操作履歴' }).getByText('アドバイザーが「旅券（パスポート）」を確認済みにしました。').waitFor();
    await expectAccessible(page);

    const candidatePage = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(candidatePage, candidate, 'ko');
    await candidatePage.goto(`/pathway/${plan.id}`);
    await waitForHeading(candidatePage, '일본: 유학 → 기술·인문지식·국제업무');
    const seen = candidatePage.locator('.hd-item').filter({ hasText: '여권' }).first();
    await seen.getByText('어드바이저 확인 완료').waitFor();
    expect(await seen.textContent()).toContain('原本を確認しました。');
    // A verified item is no longer the candidate's to tick.
    expect(await seen.getByRole('checkbox').count()).toBe(0);
    await candidatePage.getByRole('region', { name: '처리 이력' }).getByText("어드바이저가 '여권' 항목을 확인 완료로 표시했습니다.").waitFor();
    expect(await hasHorizontalScroll(candidatePage)).toBe(false);
  });

  it('ko adviser sends an item back; the candidate cannot verify it themselves (403)', async () => {
    const { baseUrl } = portal();
    const adviser = await registerThroughApi(baseUrl, 'adviser', 'ko', 'adviser-ko');
    const { candidate, plan } = await candidateWithPlan(adviser, { family: '박', given: '서준' });

    const candidateCannotSeeRejectionYet = async () => {
      const answer = await fetch(`${baseUrl}/api/v1/pathway-plans/${plan.id}`, { headers: { authorization: `Bearer ${candidate.accessToken}` } });
      const body = (await answer.json()) as ApiPlan;
      expect(body.items.every((entry) => entry.status === 'todo')).toBe(true);
    };

    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(page, adviser, 'ko');
    await page.goto(`/caseload/plans/${plan.id}`);
    await waitForHeading(page, '박서준 님의 플랜');
    const item = page.locator('.hd-item').filter({ hasText: '여권' }).first();
    // Sending back asks for a note saying what to fix first.
    await item.getByRole('button', { name: '반려: 여권' }).click();
    const note = item.getByLabel('여권에 대해 본인에게 남길 메모');
    await note.waitFor();
    await candidateCannotSeeRejectionYet();
    await note.fill('유효기간이 6개월 미만입니다. 갱신 후 다시 올려 주세요.');
    await item.getByRole('button', { name: '반려: 여권' }).click();
    await item.getByText('반려 (보완 요청)').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectAccessible(page);

    const refused = await fetch(`${baseUrl}/api/v1/pathway-plans/${plan.id}/items/${plan.items[0].itemId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${candidate.accessToken}` },
      body: JSON.stringify({ status: 'verified' }),
    });
    expect(refused.status).toBe(403);

    await page.goto('/caseload');
    await waitForHeading(page, '담당 케이스');
    await page.getByRole('heading', { level: 2, name: '박서준' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectAccessible(page);
  });
});
