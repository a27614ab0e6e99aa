import type { Page, Route } from 'playwright-core';
import { createOrganizationThroughApi, candidateWhoApplied, publishedJobThroughApi, registerUser } from './support/employer-api';
import { describedBy, expectNoSeriousViolations, heading, logIn, scrollsSideways, signUpAsEmployer } from './support/employer-ui';
import { uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

/** Sends the form's POST /jobs with facts the API refuses, to see its 422 details beside the fields. */
async function spoilPosting(route: Route): Promise<void> {
  const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
  await route.continue({
    postData: JSON.stringify({
      ...body,
      salary: { min: 6_000_000, max: 4_500_000, currency: 'JPY', period: 'year' },
      languageRequirements: [{ test: 'JLPT', level: 'N7' }],
      startDate: '2027-04-01',
      deadline: '2027-05-01',
    }),
  });
}

describe('an employer in Japan, in Japanese', () => {
  let page: Page;

  beforeAll(async () => {
    page = await portal().newPage({ locale: 'ja-JP' });
  });

  it('is guided to register the organisation first, then registers it with its category (カテゴリー)', async () => {
    await signUpAsEmployer(page, 'ja', uniqueEmail('employer-ja'));
    await page.getByRole('banner').getByRole('link', { name: '求人票' }).click();
    await heading(page, '求人票');
    await page.getByText('まず企業情報を登録してください').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: '企業情報を登録する' }).click();
    await heading(page, '企業情報を登録する');

    await page.getByRole('textbox', { name: '企業名（日本語）' }).fill('株式会社はしだり商事');
    await page.getByRole('textbox', { name: '企業名（英語）' }).fill('Hashidari Trading Co., Ltd.');
    await page.getByRole('radiogroup', { name: '雇用する国' }).getByText('日本', { exact: true }).click();
    await page.getByRole('textbox', { name: '法人番号' }).fill('1234567890123');
    await page.getByRole('textbox', { name: '従業員数' }).fill('80');
    // Korean staff figures are for Korean organisations; a Japanese one gives its category instead.
    expect(await page.getByRole('textbox', { name: /雇用保険に加入している韓国人従業員/ }).count()).toBe(0);
    const category = page.getByRole('radio', { name: /^カテゴリー3/ });
    expect(await describedBy(category)).toContain('法定調書合計表');
    await category.check();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: '企業情報を登録' }).click();

    await heading(page, '株式会社はしだり商事');
    await page.getByText('前年分の法定調書合計表を提出した団体・個人（カテゴリー2を除く）。').waitFor();
    await page.getByText('未認証', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);
  });

  it('writes a posting in yen, sees the category documents, and reads every 422 detail beside its field', async () => {
    await page.getByRole('link', { name: '求人を作成する' }).click();
    await heading(page, '求人を作成する');
    await page.getByRole('textbox', { name: '求人タイトル（日本語）' }).fill('韓国市場向け海外営業');
    await page.getByRole('tab', { name: 'English' }).click();
    await page.getByRole('textbox', { name: '求人タイトル（English）' }).fill('Overseas sales for the Korean market');
    const occupation = page.getByRole('combobox', { name: '職種コード' });
    await occupation.click();
    await occupation.fill('海外営業');
    await page.getByRole('option', { name: /^048 / }).click();
    await page.getByText('厚生労働省編職業分類のコード 048。').waitFor();

    await page.getByRole('textbox', { name: '下限' }).fill('4500000');
    await page.getByRole('textbox', { name: '上限' }).fill('6000000');
    await page.getByText('求職者への表示：年収450万〜600万円').waitFor();

    await page.getByRole('button', { name: '語学要件を追加' }).click();
    const level = page.getByRole('textbox', { name: '必要なレベル' }).or(page.getByRole('combobox', { name: '必要なレベル' }));
    await page.getByText('N1が最上級です（N1〜N5）。').waitFor();
    await level.click();
    await page.getByRole('option', { name: 'N2以上' }).click();

    const panel = page.getByRole('region', { name: 'ビザサポートの要件チェック' });
    await panel.getByText('貴社のカテゴリー：カテゴリー3').waitFor();
    await panel.getByRole('region', { name: '企業が準備する書類' }).getByText('登記事項証明書', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);

    // The API's own field errors, each beside its field (the request is altered on the way out).
    await page.route('**/api/v1/jobs', spoilPosting);
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/jobs') && response.request().method() === 'POST');
    await page.getByRole('button', { name: '下書き保存' }).click();
    expect((await answer).status()).toBe(422);
    const max = page.getByRole('textbox', { name: '上限' });
    await page.getByText('上限は下限以上の金額にしてください。').waitFor();
    expect(await max.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(max)).toContain('上限は下限以上の金額にしてください。');
    expect(await describedBy(page.getByRole('textbox', { name: '応募締切' }))).toContain('応募締切は入社日以前の日付にしてください。');
    expect(await describedBy(level)).toContain('選んだ試験のレベルではありません。');
    await page.unroute('**/api/v1/jobs', spoilPosting);

    // Leaving with unsaved changes asks first.
    await page.getByRole('banner').getByRole('link', { name: '企業情報' }).click();
    const leave = page.getByRole('dialog', { name: '保存せずに移動しますか？' });
    await leave.getByRole('button', { name: '編集を続ける' }).click();
    await leave.waitFor({ state: 'detached' });
    await heading(page, '求人を作成する');

    await page.getByRole('button', { name: '下書き保存' }).click();
    await page.waitForURL(/\/postings\/[0-9a-f-]+\/edit$/);
    await page.getByText('下書きを保存しました。', { exact: false }).waitFor();

    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('link', { name: /ビザサポートの要件チェック：要対応 0件/ }).waitFor();

    await page.getByRole('link', { name: '求人票一覧に戻る' }).first().click();
    await heading(page, '求人票');
    const card = page.getByRole('article', { name: '韓国市場向け海外営業' });
    await card.getByText('下書き', { exact: true }).waitFor();
    await card.getByText('年収450万〜600万円').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoSeriousViolations(page);
  });
});

describe('the applicant board on a phone, in English', () => {
  it('switches columns, moves an applicant with a note and shows the history', async () => {
    const baseUrl = portal().baseUrl;
    const employer = await registerUser(baseUrl, 'employer', 'en', 'employer-en');
    const organization = await createOrganizationThroughApi(baseUrl, employer, {
      names: { en: 'Bridge Works', ko: '브리지웍스' },
      country: 'KR',
      koreanInsuredStaff: 30,
      foreignProfessionalStaff: 0,
    });
    const job = await publishedJobThroughApi(baseUrl, employer, {
      organizationId: organization.id,
      title: { en: 'Japanese interpreter', ko: '일본어 통역 담당' },
      country: 'KR',
      city: 'Busan',
      occupationCode: '2814',
      employmentType: 'full-time',
      salary: { min: 34_000_000, max: 38_000_000, currency: 'KRW', period: 'year' },
      sponsorship: true,
    });
    await candidateWhoApplied(baseUrl, job.id, { displayName: 'Kenta Tanaka', locale: 'en', coverNote: 'I interpret between Japanese and Korean.' });

    const page = await portal().newPage({ locale: 'en-US', viewport: PHONE });
    await logIn(page, 'en', employer.email);
    await page.goto(`/postings/${job.id}/applicants`);
    await heading(page, 'Applicants');
    await page.getByRole('tab', { name: 'Submitted (1)' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Submitted (1)' }).getAttribute('aria-selected')).toBe('true');
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Move Kenta Tanaka to…' }).click();
    await page.getByRole('menuitem', { name: 'Screening' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move Kenta Tanaka' });
    await dialog.getByText('The candidate sees the note').waitFor();
    await dialog.getByRole('textbox', { name: 'Note to the candidate (optional)' }).fill('Thank you, we are reading your application.');
    await dialog.getByRole('button', { name: 'Move to Screening' }).click();
    await page.getByRole('status').filter({ hasText: 'Kenta Tanaka is now at: Screening.' }).waitFor();

    await page.getByRole('tab', { name: 'Screening (1)' }).click();
    await page.getByRole('tabpanel', { name: 'Screening (1)' }).getByText('Kenta Tanaka').waitFor();
    await page.getByRole('button', { name: 'History of Kenta Tanaka' }).click();
    const drawer = page.getByRole('dialog', { name: 'History: Kenta Tanaka' });
    await drawer.getByText('Thank you, we are reading your application.').waitFor();
    await drawer.getByText('I interpret between Japanese and Korean.').waitFor();
    await expectNoSeriousViolations(page);
  });
});
