import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { employerApplications, employerWithPostings, moveApplication } from './support/candidate-api';
import { choose, expectNoSeriousViolations, waitForDialog, waitForStatus, waitForStepHeading } from './support/candidate-ui';
import { PASSWORD, uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

describe('a Korean graduate heading to Japan (한국어)', () => {
  it('signs up, saves the first steps, finds a Japanese posting feasible from 留学, makes the profile visible, applies, follows it and withdraws', async () => {
    const { baseUrl } = portal();
    const seeded = await employerWithPostings(baseUrl, { names: { ja: '株式会社はしだり商事', en: 'Hashidari Shoji' }, country: 'JP' }, [
      {
        title: { ja: '海外営業（韓国担当）' },
        description: { ja: '韓国の取引先への提案営業と、展示会の運営を担当します。' },
        country: 'JP',
        city: 'Tokyo',
        employmentType: 'full-time',
        salary: { min: 4_000_000, max: 5_500_000, currency: 'JPY', period: 'year' },
        languageRequirements: [{ test: 'JLPT', level: 'N2' }],
        occupationCode: '048',
        sponsorship: true,
      },
      { title: { ja: '経理スタッフ' }, country: 'JP', city: 'Osaka', employmentType: 'contract' },
    ]);
    const page = await portal().newPage({ locale: 'ko-KR' });

    // Sign up in Korean.
    await page.goto('/register');
    await waitForHeading(page, '계정 만들기');
    await page.getByLabel('이메일 주소').fill(uniqueEmail('candidate-ko'));
    await page.getByRole('textbox', { name: '비밀번호', exact: true }).fill(PASSWORD);
    await page.getByRole('radio', { name: /^구직자/ }).check();
    await page.getByRole('button', { name: '계정 만들기' }).click();
    await page.waitForURL('**/home');

    // Identity: a Korean name is read in Latin letters, as in the passport.
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '프로필' }).click();
    await waitForHeading(page, '프로필');
    await page.getByLabel('성', { exact: true }).fill('김');
    await page.getByLabel('이름', { exact: true }).fill('민지');
    await choose(page, '국적', '대한민국');
    await page.getByLabel('영문 이름', { exact: true }).fill('KIM MINJI');
    await page.getByLabel('생년월일', { exact: true }).fill('2000-11-03');
    await page.getByRole('button', { name: '저장하고 다음으로' }).click();
    await waitForStatus(page, '저장했습니다. 프로필 완성도는 14%입니다.');
    await waitForStepHeading(page, '현재 체류자격');

    // Status of residence in Japan, with its official name.
    await choose(page, '현재 거주 국가', '일본');
    await choose(page, '체류자격(비자)', '일본: 유학');
    await page.getByLabel('체류기간 만료일', { exact: true }).fill('2027-03-31');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await waitForStatus(page, '프로필 완성도는 29%입니다.');

    // The completeness meter links to what is missing.
    const meter = page.getByRole('region', { name: '프로필 완성도' });
    await meter.getByText('29%').waitFor();
    await meter.getByRole('link', { name: '학력' }).click();
    await waitForStepHeading(page, '학력');
    expect(page.url()).toContain('step=education');
    await expectNoSeriousViolations(page);

    // A Japanese keyword, then only what is feasible from 留学.
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '채용공고 찾기' }).click();
    await waitForHeading(page, '한국·일본 채용공고');
    await page.getByRole('searchbox', { name: '검색어' }).fill('海外営業');
    await page.getByRole('button', { name: '검색', exact: true }).click();
    const card = page.getByRole('article', { name: '海外営業（韓国担当）' });
    await card.waitFor();
    // The list shown before the search may still be on screen: wait until the new results replace it.
    await page.getByRole('article', { name: '経理スタッフ' }).waitFor({ state: 'detached' });
    await card.getByText('연봉 400만~550만엔').waitFor();
    expect(await card.getByText('도쿄, 일본').count()).toBe(1);
    const filters = page.getByRole('form', { name: '상세 검색' });
    await filters.getByRole('switch', { name: '현재 체류자격으로 지원 가능' }).check();
    await filters.getByRole('button', { name: '결과 보기' }).click();
    await page.waitForURL((url) => url.searchParams.get('feasible') === 'true' && url.searchParams.get('q') === '海外営業');
    await card.waitFor();
    await expectNoSeriousViolations(page);

    // The same search, shared as a link, opens with its filters.
    const shared = page.url();
    const other = await portal().newPage({ locale: 'ko-KR' });
    await other.goto(shared.replace('&feasible=true', '').replace('feasible=true&', ''));
    await other.getByRole('article', { name: '海外営業（韓国担当）' }).waitFor();
    expect(await other.getByRole('searchbox', { name: '검색어' }).inputValue()).toBe('海外営業');

    // The posting: a new profile is private, so applying would share only the name; offer to change it.
    await card.getByRole('link', { name: '海外営業（韓国担当）' }).click();
    await waitForHeading(page, '海外営業（韓国担当）');
    await page.getByText('韓国の取引先への提案営業と、展示会の運営を担当します。').waitFor();
    await page.getByText('프로필이 비공개로 되어 있습니다').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '지원한 기업에 프로필 공개하기' }).click();
    await page.getByText('지원한 기업은 내 프로필을 볼 수 있습니다.').waitFor();
    expect(await page.getByText('프로필이 비공개로 되어 있습니다').count()).toBe(0);

    // A second tab still shows the form: applying there after applying here says "already applied".
    const second = await page.context().newPage();
    await second.goto(page.url());
    await second.getByRole('button', { name: '이 공고에 지원하기' }).waitFor();
    await page.getByRole('button', { name: '이 공고에 지원하기' }).click();
    await page.getByText('지원을 완료했습니다').waitFor();
    await second.getByRole('button', { name: '이 공고에 지원하기' }).click();
    await second.getByText('이미 지원한 채용공고입니다').waitFor();
    await second.close();

    // The application, submitted; then the employer moves it to screening with a note.
    await page.getByRole('link', { name: '지원 현황 보기' }).click();
    await waitForHeading(page, '지원 현황');
    const application = page.getByRole('article', { name: '海外営業（韓国担当）' });
    await application.getByText('지원 완료').first().waitFor();
    const [mine] = await employerApplications(baseUrl, seeded.employer);
    await moveApplication(baseUrl, seeded.employer, mine.id, 'screening', '서류를 검토하고 있습니다. 면접 일정은 다음 주에 안내드립니다.');
    await page.reload();
    await waitForHeading(page, '지원 현황');
    const progress = application.getByRole('list', { name: '전형 진행 상황' });
    expect(await progress.locator('[aria-current="step"]').textContent()).toContain('서류 검토 중');
    await application.getByText('진행 이력(2건)').waitFor();
    await application.getByText('서류를 검토하고 있습니다. 면접 일정은 다음 주에 안내드립니다.').waitFor();
    await expectNoSeriousViolations(page);

    // Withdraw, after a confirmation.
    await application.getByRole('button', { name: '지원 취소하기' }).click();
    const dialog = await waitForDialog(page, '이 지원을 취소할까요?');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: '지원 취소', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await application.getByText('진행 이력(3건)').waitFor();
    expect(await application.locator('.app-card__status').textContent()).toBe('지원 취소');
    expect(await application.getByRole('button', { name: '지원 취소하기' }).count()).toBe(0);
    expect(await progress.getByText('(여기서 종료)').count()).toBe(1);
    await page.setViewportSize(PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoSeriousViolations(page);
  });
});
