import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { employerApplications, employerWithPostings, moveApplication, type EmployerWithPostings } from './support/candidate-api';
import { choose, expectNoSeriousViolations, fieldError, waitForDialog, waitForStatus, waitForStepHeading } from './support/candidate-ui';
import { uniqueEmail, usePortal, PASSWORD } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

// A Korean trading company posting in Japanese and Korean, and a Korean-only posting that a search for
// 翻訳 must not find.
async function seedPostings(
  baseUrl: string,
  titles = { translator: '日韓翻訳コーディネーター', logistics: '물류센터 운영 매니저' },
): Promise<EmployerWithPostings> {
  return employerWithPostings(baseUrl, { names: { ko: '(주)다리무역', en: 'Dari Trading' }, country: 'KR' }, [
    {
      title: { ja: titles.translator, ko: '한일 번역 코디네이터' },
      description: { ja: '日本の取引先との契約書や商品資料の翻訳・通訳を担当します。', ko: '일본 거래처와의 계약서 및 상품 자료 번역·통역을 담당합니다.' },
      country: 'KR',
      city: 'Seoul',
      employmentType: 'full-time',
      salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
      languageRequirements: [{ test: 'JLPT', level: 'N2' }],
      occupationCode: '2742',
      sponsorship: true,
    },
    {
      title: { ko: titles.logistics },
      country: 'KR',
      city: 'Incheon',
      employmentType: 'contract',
      salary: { min: 3_000_000, currency: 'KRW', period: 'month' },
    },
  ]);
}

describe('a Japanese graduate in Korea (日本語)', () => {
  it('signs up, fills the profile step by step, finds a posting with a Japanese keyword, applies and follows it to screening', async () => {
    const { baseUrl } = portal();
    const seeded = await seedPostings(baseUrl);
    const page = await portal().newPage({ locale: 'ja-JP' });
    const email = uniqueEmail('candidate-ja');

    // Sign up in Japanese.
    await page.goto('/register');
    await waitForHeading(page, 'アカウントを作成');
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByRole('textbox', { name: 'パスワード', exact: true }).fill(PASSWORD);
    await page.getByRole('radio', { name: /^求職者/ }).check();
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    await page.waitForURL('**/home');

    // Step 1: identity. The reading is called フリガナ once the nationality is Japanese.
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'プロフィール' }).click();
    await waitForHeading(page, 'プロフィール');
    await page.getByRole('region', { name: 'プロフィール完成度' }).getByText('0%').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('姓', { exact: true }).fill('佐藤');
    await page.getByLabel('名', { exact: true }).fill('花子');
    await choose(page, '国籍', '日本');
    await page.getByLabel('フリガナ', { exact: true }).fill('サトウ ハナコ');
    await page.getByLabel('生年月日', { exact: true }).fill('2001-05-01');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, '保存しました。プロフィール完成度は14%です。');
    await waitForStepHeading(page, '現在の在留資格');
    expect(page.url()).toContain('step=status');

    // Step 2: status of residence, named officially with country and code.
    await choose(page, '現在住んでいる国', '韓国');
    await choose(page, '在留資格（ビザ）', '韓国：D-2（留学）');
    await page.getByLabel('在留期限', { exact: true }).fill('2027-02-28');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, 'プロフィール完成度は29%です。');
    await waitForStepHeading(page, '学歴');

    // Step 3: education; a graduation before the entry date is refused beside the field.
    await page.getByRole('button', { name: '学歴を追加' }).click();
    await choose(page, '学校の所在国', '韓国');
    await page.getByLabel('学校名', { exact: true }).fill('高麗大学校');
    await page.getByLabel('専攻', { exact: true }).fill('経営学');
    await page.getByLabel('入学日', { exact: true }).fill('2022-03-01');
    await page.getByLabel('卒業日（卒業見込み日）', { exact: true }).fill('2021-02-20');
    await page.getByLabel('GPA', { exact: true }).fill('3.4');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    expect(await fieldError(page, '卒業日（卒業見込み日）')).toContain('卒業日が入学日より前になっています。');
    await page.getByLabel('卒業日（卒業見込み日）', { exact: true }).fill('2026-02-20');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, 'プロフィール完成度は43%です。');
    await waitForStepHeading(page, '語学試験');

    // Step 4: a TOPIK level, with the scale printed next to it.
    await page.getByRole('button', { name: '試験結果を追加' }).click();
    await choose(page, '試験', '韓国語能力試験（TOPIK）');
    await choose(page, '級・レベル', '5級');
    await page.getByText('6級が最も高く、1級が最も易しいレベルです。').waitFor();
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, 'プロフィール完成度は57%です。');
    await waitForStepHeading(page, 'スキル');

    // Step 5: a skill from the list (searched in Japanese) and one the list does not know.
    const skillBox = page.getByRole('combobox', { name: 'スキルを追加' });
    await skillBox.fill('営業');
    await page.getByRole('option', { name: /^営業/ }).first().waitFor();
    await skillBox.press('Enter');
    await skillBox.fill('ゲーム実況');
    await page.getByRole('option', { name: '「ゲーム実況」をその他のスキルとして追加' }).waitFor();
    await skillBox.press('Enter');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, 'プロフィール完成度は71%です。');
    await waitForStepHeading(page, '職歴');
    await page.getByRole('link', { name: 'スキル' }).click();
    await waitForStepHeading(page, 'スキル');
    const known = page.getByRole('region', { name: 'マッチングに使うスキル（1件）' });
    expect(await known.getByText('営業', { exact: true }).count()).toBe(1);
    const other = page.getByRole('region', { name: 'その他のスキル（1件）' });
    expect(await other.getByText('ゲーム実況', { exact: true }).count()).toBe(1);

    // Step 7: wishes. An amount the API refuses comes back beside the amount field.
    await page.getByRole('navigation', { name: 'プロフィールの入力ステップ' }).getByRole('link', { name: '希望条件' }).click();
    await waitForStepHeading(page, '希望条件');
    await page.getByRole('checkbox', { name: '韓国' }).check();
    await page.getByRole('checkbox', { name: '正社員' }).check();
    await page.getByLabel('金額', { exact: true }).fill('20000000000');
    await page.getByRole('button', { name: '保存して次へ' }).click();
    expect(await fieldError(page, '金額')).toContain('0以上の整数で入力してください。');
    await page.getByLabel('金額', { exact: true }).fill('30000000');
    await page.getByText('年収3,000万ウォン以上').waitFor();
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await waitForStatus(page, 'プロフィール完成度は86%です。');
    await waitForStepHeading(page, '公開設定');

    // Step 8: visibility, explained in plain words.
    await page.getByRole('radio', { name: /^応募先企業のみ/ }).check();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await waitForStatus(page, '保存しました。');
    const meter = page.getByRole('region', { name: 'プロフィール完成度' });
    expect(await meter.getByRole('link', { name: '職歴' }).count()).toBe(1);
    await expectNoSeriousViolations(page);
    await page.setViewportSize(PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Search with a Japanese keyword: the address keeps the search.
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '求人を探す' }).click();
    await waitForHeading(page, '韓国・日本の求人');
    await page.getByRole('searchbox', { name: 'キーワード' }).fill('翻訳');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '翻訳');
    const card = page.getByRole('article', { name: '日韓翻訳コーディネーター' });
    await card.waitFor();
    // The list shown before the search may still be on screen: wait until the new results replace it.
    await page.getByRole('article', { name: '물류센터 운영 매니저' }).waitFor({ state: 'detached' });
    // ... and for the new card itself, which may be rendered again in between
    await card.getByText('年収3,300万〜4,000万ウォン').waitFor();
    expect(await card.getByText('ソウル（韓国）').count()).toBe(1);
    expect(await card.getByText('JLPT N2以上').count()).toBe(1);
    expect(await card.getByText('ビザサポートあり').count()).toBe(1);
    await expectNoSeriousViolations(page);

    // The posting, and applying to it.
    await card.getByRole('link', { name: '日韓翻訳コーディネーター' }).click();
    await waitForHeading(page, '日韓翻訳コーディネーター');
    await page.getByRole('heading', { level: 2, name: 'ビザに関する注意' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '募集要項' }).waitFor();
    await page.getByText('日本の取引先との契約書や商品資料の翻訳・通訳を担当します。').waitFor();
    // Written in Japanese and Korean: the reader can switch.
    await page.getByText('한국어', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '한일 번역 코디네이터' }).waitFor();
    await page.getByText('日本語', { exact: true }).last().click();
    await waitForHeading(page, '日韓翻訳コーディネーター');
    await page.getByText('応募先の企業はあなたのプロフィールを見られます。').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('応募メッセージ（任意）').fill('ソウルで経営学を学んでいます。日本語と韓国語を活かしたいです。');
    await page.getByRole('button', { name: 'この求人に応募する' }).click();
    await page.getByText('応募しました').waitFor();

    // Reloading the posting shows the application already made.
    await page.reload();
    await page.getByText('この求人には応募済みです').waitFor();

    // My applications: the new application, submitted.
    await page.getByRole('link', { name: '応募一覧を見る' }).click();
    await waitForHeading(page, '応募状況');
    const application = page.getByRole('article', { name: '日韓翻訳コーディネーター' });
    await application.getByText('応募済み').first().waitFor();
    await expectNoSeriousViolations(page);

    // The employer moves it to screening with a note; the candidate sees the new status and its history.
    const [mine] = await employerApplications(baseUrl, seeded.employer);
    expect(mine.candidate?.displayName).toBe('佐藤 花子');
    await moveApplication(baseUrl, seeded.employer, mine.id, 'screening', '書類を拝見しています。来週ご連絡します。');
    await page.reload();
    await waitForHeading(page, '応募状況');
    const updated = page.getByRole('article', { name: '日韓翻訳コーディネーター' });
    const progress = updated.getByRole('list', { name: '選考状況' });
    expect(await progress.locator('[aria-current="step"]').textContent()).toContain('書類選考中');
    await updated.getByText('選考履歴（2件）').waitFor();
    await updated.getByText('書類を拝見しています。来週ご連絡します。').waitFor();
    expect(await updated.getByText('企業の操作').count()).toBe(1);
    await page.setViewportSize(PHONE);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoSeriousViolations(page);
  });

  it('lets a visitor on a phone filter in a drawer, read a posting and find the way to sign up', async () => {
    const { baseUrl } = portal();
    await seedPostings(baseUrl, { translator: '日韓通訳アシスタント', logistics: '인천 물류 운영 담당' });
    const page = await portal().newPage({ locale: 'ja-JP', viewport: PHONE });
    await page.goto('/jobs');
    await waitForHeading(page, '韓国・日本の求人');
    await page.getByRole('article', { name: '日韓通訳アシスタント' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByRole('button', { name: '絞り込み' }).click();
    const drawer = await waitForDialog(page, '絞り込み');
    await expectNoSeriousViolations(page);
    await drawer.locator('label').filter({ hasText: /^韓国$/ }).click();
    expect(await drawer.getByRole('radio', { name: '韓国' }).isChecked()).toBe(true);
    await drawer.getByRole('combobox', { name: '雇用形態' }).click();
    await page.getByRole('option', { name: '契約社員', exact: true }).click();
    await drawer.getByRole('button', { name: 'この条件で表示' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'KR' && url.searchParams.get('employmentType') === 'contract');
    const contract = page.getByRole('article', { name: '인천 물류 운영 담당' });
    await contract.waitFor();
    // The list shown before the search may still be on screen: wait until the new results replace it.
    await page.getByRole('article', { name: '日韓通訳アシスタント' }).waitFor({ state: 'detached' });
    // and waits for the salary too: the card may be rendered again in between
    await contract.getByText('月給300万ウォン〜').waitFor();

    // A keyword that matches nothing: the empty state offers to start again.
    await page.getByRole('searchbox', { name: 'キーワード' }).fill('宇宙飛行士');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('条件に合う求人が見つかりませんでした').waitFor();
    await page.getByRole('button', { name: '検索条件をすべてクリア' }).click();
    await page.getByRole('article', { name: '日韓通訳アシスタント' }).waitFor();

    await page.getByRole('link', { name: '日韓通訳アシスタント' }).click();
    await waitForHeading(page, '日韓通訳アシスタント');
    const apply = page.getByRole('region', { name: '応募' });
    await apply.getByText('応募して選考状況を確認するには、無料の会員登録またはログインが必要です。').waitFor();
    expect(await apply.getByRole('link', { name: 'ログイン' }).getAttribute('href')).toMatch(/^\/login\?next=%2Fjobs%2F/);
    expect(await apply.getByRole('link', { name: '会員登録' }).count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoSeriousViolations(page);
  });
});
