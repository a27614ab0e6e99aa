import { employerWithPostings, registerThroughApi, signInWithSession } from './support/candidate-api';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, setRole, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };
const REASON = '応募者に登録料を求めているため（利用規約 第5条）。';

describe('posting moderation', () => {
  it('a candidate reports a posting (ko, phone), an admin takes it down with a reason (ja), and its employer and readers see why (en)', async () => {
    const { baseUrl, databaseUrl } = portal();
    const { employer, jobIds } = await employerWithPostings(baseUrl, { names: { ko: '(주)수상한무역' }, country: 'KR' }, [
      { title: { ko: '해외영업 (교육비 선납)' }, country: 'KR', city: 'Seoul', employmentType: 'full-time', occupationCode: '2742' },
      { title: { ko: '무역사무원' }, country: 'KR', city: 'Busan', employmentType: 'full-time', occupationCode: '2742' },
    ]);
    const [jobId, otherJobId] = jobIds;

    // Its own employer is not offered the report (once the portal knows the employer's organisations).
    const employerPage = await portal().newPage();
    await signInWithSession(employerPage, employer, 'en');
    await employerPage.goto(`/jobs/${jobId}`);
    await waitForHeading(employerPage, '해외영업 (교육비 선납)');
    await employerPage.waitForLoadState('networkidle');
    expect(await employerPage.getByRole('button', { name: 'Report this posting' }).count()).toBe(0);

    // The candidate reports it.
    const candidate = await registerThroughApi(baseUrl, 'candidate', 'ko', 'reporter');
    const phone = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithSession(phone, candidate, 'ko');
    await phone.goto(`/jobs/${jobId}`);
    await waitForHeading(phone, '해외영업 (교육비 선납)');
    await phone.getByRole('button', { name: '이 공고 신고하기' }).click();
    const dialog = phone.getByRole('dialog', { name: '이 공고 신고하기' });
    await dialog.getByRole('button', { name: '신고하기' }).click();
    await dialog.getByText('문제 유형을 선택해 주세요.').waitFor();
    await dialog.getByRole('radio', { name: '사기·허위 공고' }).check();
    await dialog.getByRole('textbox', { name: '운영팀에 남길 메모(선택)' }).fill('면접 전에 교육비 30만원을 입금하라고 합니다.');
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await dialog.getByRole('button', { name: '신고하기' }).click();
    await phone.getByRole('status').filter({ hasText: '신고해 주셔서 감사합니다.' }).waitFor();
    expect(await hasHorizontalScroll(phone)).toBe(false);
    // a report of the other posting, through the API, for the admin to dismiss
    const sent = await fetch(`${baseUrl}/api/v1/jobs/${otherJobId}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${candidate.accessToken}` },
      body: JSON.stringify({ reason: 'other', note: '잘못 누른 것 같습니다.' }),
    });
    expect(sent.status).toBe(201);

    // The admin finds it in the queue and takes it down.
    const adminSession = await registerThroughApi(baseUrl, 'candidate', 'ja', 'moderator');
    await setRole(databaseUrl, adminSession.email, 'admin');
    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithSession(page, adminSession, 'ja');
    await page.goto('/home');
    await page.getByRole('link', { name: '求人の審査' }).first().click();
    await waitForHeading(page, '求人の審査');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '해외영업 (교육비 선납)' }) });
    await card.getByText('未対応の通報：1件').waitFor();
    await card.getByText('詐欺・架空の求人：1').waitFor();
    await card.getByText('면접 전에 교육비 30만원을 입금하라고 합니다.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card.getByRole('button', { name: '해외영업 (교육비 선납) の掲載を停止' }).click();
    const confirm = page.getByRole('dialog', { name: 'この求人の掲載を停止しますか？' });
    await confirm.getByRole('button', { name: '掲載を停止' }).click();
    await confirm.getByText('5字以上で書いてください。').waitFor();
    await confirm.getByRole('textbox', { name: '求人に表示する理由' }).fill(REASON);
    await confirm.getByRole('button', { name: '掲載を停止' }).click();
    await page.getByRole('status').filter({ hasText: '掲載を停止しました。' }).waitFor();
    await card.waitFor({ state: 'detached' });
    // the decided card is gone: the focus is on the message saying what happened
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toContain('掲載を停止しました。');

    const other = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '무역사무원' }) });
    await other.getByText('잘못 누른 것 같습니다.').waitFor();
    await other.getByRole('button', { name: '무역사무원 への通報を却下' }).click();
    await page.getByRole('status').filter({ hasText: '通報を却下しました。' }).waitFor();
    await other.waitFor({ state: 'detached' });
    await page.getByText('対応待ちの通報はありません。').waitFor();

    // The employer sees the reason on its postings list, and a reader on the posting.
    await employerPage.goto('/postings');
    const posting = employerPage.getByRole('article', { name: '해외영업 (교육비 선납)' });
    await posting.getByText('Taken down by hashidari').waitFor();
    expect(await posting.textContent()).toContain(REASON);
    expect(await employerPage.getByRole('article', { name: '무역사무원' }).getByText('Taken down by hashidari').count()).toBe(0);

    await phone.goto(`/jobs/${jobId}`);
    await phone.getByText('hashidari가 게시를 중단했습니다').waitFor();
    expect(await phone.getByText(REASON, { exact: false }).count()).toBe(1);
    expect(await phone.getByRole('button', { name: '이 공고 신고하기' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
  });
});
