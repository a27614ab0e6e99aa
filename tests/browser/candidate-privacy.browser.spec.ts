import { readFile } from 'node:fs/promises';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import {
  applyThroughApi,
  employerApplications,
  employerWithPostings,
  loginStatus,
  putProfile,
  registerThroughApi,
  signInWithSession,
  type Session,
} from './support/candidate-api';
import { expectNoSeriousViolations, fieldError, waitForDialog, waitForStatus } from './support/candidate-ui';
import { usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

const PROFILE = {
  familyName: '佐藤',
  givenName: '花子',
  nameReading: 'サトウ ハナコ',
  nationality: 'JP',
  birthDate: '2001-05-01',
  currentCountry: 'KR',
  currentStatus: 'KR:D-2',
  statusExpiresAt: '2027-02-28',
  education: [
    { level: 'bachelor', institution: '高麗大学校', country: 'KR', field: '経営学', startDate: '2022-03-01', graduationDate: '2026-02-20', gpa: 3.4, gpaScale: 4.5 },
  ],
  languageTests: [
    { test: 'TOPIK', level: 5, date: '2025-08-09' },
    { test: 'JLPT', level: 'N1' },
  ],
  skills: ['sales', 'ゲーム実況'],
  experience: [{ title: '日本語講師（アルバイト）', occupationCode: '2742', months: 14, country: 'KR' }],
  wishes: { countries: ['KR'], employmentTypes: ['full-time'], salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' } },
};

async function candidateWithApplication(baseUrl: string, jobId: string, visibility: string): Promise<{ session: Session; profileId: string }> {
  const session = await registerThroughApi(baseUrl, 'candidate', 'ja');
  const profile = await putProfile(baseUrl, session, { ...PROFILE, visibility });
  await applyThroughApi(baseUrl, session, jobId, '日本語と韓国語を活かして働きたいです。');
  return { session, profileId: profile.id };
}

async function postings(baseUrl: string) {
  return employerWithPostings(baseUrl, { names: { ko: '(주)한다리', en: 'Handari' }, country: 'KR' }, [
    { title: { ja: '日本市場マーケター', ko: '일본 시장 마케터' }, country: 'KR', city: 'Busan', employmentType: 'full-time' },
  ]);
}

describe('privacy for candidates', () => {
  it('downloads all of the data as a JSON file, then erases the account and signs out (한국어)', async () => {
    const { baseUrl } = portal();
    const seeded = await postings(baseUrl);
    const { session } = await candidateWithApplication(baseUrl, seeded.jobIds[0], 'applied');
    const page = await portal().newPage({ locale: 'ko-KR' });
    await signInWithSession(page, session, 'ko');

    await page.goto('/settings');
    await waitForHeading(page, '설정');
    await expectNoSeriousViolations(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '내 정보 다운로드' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^hashidari-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as {
      account: { email: string };
      candidateProfile: { familyName: string; otherSkills: string[] };
      applications: { coverNote: string; history: unknown[] }[];
    };
    expect(exported.account.email).toBe(session.email);
    expect(exported.candidateProfile.familyName).toBe('佐藤');
    expect(exported.candidateProfile.otherSkills).toEqual(['ゲーム実況']);
    expect(exported.applications).toHaveLength(1);
    expect(exported.applications[0].coverNote).toBe('日本語と韓国語を活かして働きたいです。');
    await waitForStatus(page, '완료했습니다.');

    // Erasure: what goes and what stays is explained; the button waits for the typed e-mail address.
    const erase = page.getByRole('region', { name: '회원 탈퇴(계정 삭제)' });
    await erase.getByText('익명으로 남는 정보').waitFor();
    await erase.getByRole('button', { name: '회원 탈퇴…' }).click();
    const dialog = await waitForDialog(page, '정말 탈퇴하시겠습니까?');
    await expectNoSeriousViolations(page);
    const confirm = dialog.getByRole('button', { name: '탈퇴하기' });
    expect(await confirm.isDisabled()).toBe(true);
    const emailBox = dialog.getByRole('textbox', { name: /^확인을 위해 이메일 주소를 입력해 주세요/ });
    await emailBox.fill('someone.else@example.com');
    expect(await confirm.isDisabled()).toBe(true);
    await emailBox.fill(session.email);
    await confirm.click();

    // Signed out here, and gone on the server; the employer keeps the application, anonymised.
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('banner').getByRole('link', { name: '로그인' }).waitFor();
    expect(await page.evaluate('localStorage.getItem("hashidari.refreshToken")')).toBeNull();
    expect(await loginStatus(baseUrl, session.email)).toBe(401);
    const [kept] = await employerApplications(baseUrl, seeded.employer);
    expect(kept.candidate).toBeNull();
    expect(kept.status).toBe('submitted');
  });

  it('shows a consenting candidate’s résumé to the employer and explains consent for others (日本語)', async () => {
    const { baseUrl } = portal();
    const seeded = await postings(baseUrl);
    const visible = await candidateWithApplication(baseUrl, seeded.jobIds[0], 'applied');
    const hidden = await candidateWithApplication(baseUrl, seeded.jobIds[0], 'private');
    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithSession(page, seeded.employer, 'ja');

    await page.goto(`/candidates/${visible.profileId}`);
    await waitForHeading(page, '佐藤 花子');
    await page.getByText('サトウ ハナコ', { exact: true }).waitFor();
    const personal = page.getByRole('region', { name: '基本情報' });
    await personal.getByText('韓国：D-2（留学）、在留期限 2027年2月28日').waitFor();
    await personal.getByText('2001年5月1日', { exact: false }).waitFor();
    await page.getByRole('region', { name: '語学' }).getByText('TOPIK 5級').waitFor();
    await page.getByRole('region', { name: '語学' }).getByText('JLPT N1').waitFor();
    await page.getByRole('region', { name: 'スキル' }).getByText('ゲーム実況').waitFor();
    await page.getByRole('region', { name: '職歴' }).getByText('14か月', { exact: false }).waitFor();
    await page.getByRole('region', { name: '希望条件' }).getByText('年収3,000万ウォン以上').waitFor();
    expect(await page.title()).toContain('佐藤 花子');
    await expectNoSeriousViolations(page);
    await page.setViewportSize(PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.goto(`/candidates/${hidden.profileId}`);
    await page.getByText('このプロフィールは公開されていません').waitFor();
    await page.getByText(/プロフィールを誰に見せるかは求職者本人が決めています/).waitFor();
    await expectNoSeriousViolations(page);
  });

  it('lets the candidate give an adviser access and take it back (日本語)', async () => {
    const { baseUrl } = portal();
    const candidate = await registerThroughApi(baseUrl, 'candidate', 'ja');
    const { id } = await putProfile(baseUrl, candidate, PROFILE);
    const adviser = await registerThroughApi(baseUrl, 'adviser', 'ja');
    const page = await portal().newPage({ locale: 'ja-JP' });
    await signInWithSession(page, candidate, 'ja');

    await page.goto('/profile?step=visibility');
    await page.getByRole('heading', { level: 2, name: 'アクセスを許可したアドバイザー' }).waitFor();
    await page.getByText('アクセスを許可したアドバイザーはいません。').waitFor();
    const emailBox = page.getByLabel('アドバイザーのメールアドレス', { exact: true });
    await emailBox.fill('nobody.here@example.com');
    await page.getByRole('button', { name: 'アクセスを許可' }).click();
    expect(await fieldError(page, 'アドバイザーのメールアドレス')).toContain('このメールアドレスのアドバイザーは登録されていません。');
    await emailBox.fill(adviser.email);
    await page.getByRole('button', { name: 'アクセスを許可' }).click();
    await waitForStatus(page, `${adviser.email}がプロフィールを見られるようになりました。`);
    await page.getByText(adviser.email, { exact: true }).waitFor();
    await expectNoSeriousViolations(page);

    const adviserPage = await portal().newPage({ locale: 'ja-JP' });
    await signInWithSession(adviserPage, adviser, 'ja');
    await adviserPage.goto(`/candidates/${id}`);
    await waitForHeading(adviserPage, '佐藤 花子');

    await page.getByRole('button', { name: `${adviser.email}のアクセスを取り消す` }).click();
    await page.getByRole('button', { name: `${adviser.email}のアクセスを取り消す（確定）` }).click();
    await page.getByText('アクセスを許可したアドバイザーはいません。').waitFor();

    await adviserPage.reload();
    await adviserPage.getByText('このプロフィールは公開されていません').waitFor();
  });
});
