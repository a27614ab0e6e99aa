import type { Page } from 'playwright-core';
import { employerWithPostings, type PostingInput } from './support/candidate-api';
import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, usePortal } from './support/portal';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

/** A full-time sales posting (code 2742 in Korea, 048 in Japan) paid a yearly band. */
const salesPosting = (country: 'KR' | 'JP', min: number, max: number, sponsorship: boolean): PostingInput => ({
  title: country === 'KR' ? { ko: '해외영업 담당' } : { ja: '海外営業' },
  country,
  city: country === 'KR' ? 'Seoul' : 'Tokyo',
  employmentType: 'full-time',
  occupationCode: country === 'KR' ? '2742' : '048',
  salary: { min, max, currency: country === 'KR' ? 'KRW' : 'JPY', period: 'year' },
  sponsorship,
});
const krSales = (min: number, max: number, sponsorship: boolean) => salesPosting('KR', min, max, sponsorship);
const jpSales = (min: number, max: number, sponsorship: boolean) => salesPosting('JP', min, max, sponsorship);

function groupCard(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

describe('market insights', () => {
  // First, while this file's database has no postings.
  it('en visitor: an empty market says so, and the page explains how its figures are made', async () => {
    const page = await portal().newPage({ locale: 'en-US' });
    await page.goto('/insights?country=JP');
    await waitForHeading(page, 'Market insights');
    await page.getByText('No open postings in Japan yet.').waitFor();
    await page.getByRole('heading', { name: 'How these figures are made' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('ja visitor on a phone: reads the Korean market by occupation group beside Japan, switches market and opens the postings of a code', async () => {
    const { baseUrl } = portal();
    // Korea: midpoints 32M, 38M and 36M a year (quartiles 34M / 36M / 37M), plus an internship; two of four sponsor.
    await employerWithPostings(baseUrl, { names: { ko: '(주)다리무역' }, country: 'KR' }, [
      krSales(30_000_000, 34_000_000, true),
      krSales(36_000_000, 40_000_000, true),
      krSales(35_000_000, 37_000_000, false),
      { ...krSales(2_000_000, 2_000_000, false), employmentType: 'internship', salary: { min: 2_000_000, currency: 'KRW', period: 'month' } },
    ]);
    // Japan: midpoints 4.5M, 4.0M and 5.5M yen (median 4.5M); two of three sponsor.
    await employerWithPostings(baseUrl, { names: { ja: '株式会社はしだり商事' }, country: 'JP' }, [
      jpSales(4_000_000, 5_000_000, true),
      jpSales(3_600_000, 4_400_000, false),
      jpSales(5_000_000, 6_000_000, true),
      // another group, so that the search from code 048 shows only the sales postings
      { ...jpSales(5_000_000, 7_000_000, true), title: { ja: 'ソフトウェア開発' }, occupationCode: '009' },
    ]);

    const page = await portal().newPage({ locale: 'ja-JP', viewport: PHONE });
    await page.goto('/');
    await page.getByRole('link', { name: '市場データ' }).first().click();
    await waitForHeading(page, '市場データ（求人動向）');

    const summary = page.getByRole('definition').first();
    await summary.waitFor();
    expect(await page.getByLabel('韓国の求人市場').textContent()).toContain('募集中の求人4');
    const sales = groupCard(page, '営業・貿易');
    await sales.getByText('募集中の求人：4件', { exact: true }).waitFor();
    await sales.getByText('ビザ支援あり：50%').waitFor();
    await sales.getByText('インターン：25%').waitFor();
    await sales.getByText('年収の中央50%：3,400万〜3,700万ウォン').waitFor();
    await sales.getByText('中央値：3,600万ウォン 正社員・契約社員の求人3件から').waitFor();
    // the same group across the sea
    await sales.getByText('日本では', { exact: true }).waitFor();
    await sales.getByText('募集中3件・ビザ支援67%・年収中央値450万円').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByRole('radiogroup', { name: '国' }).getByText('日本', { exact: true }).click();
    await page.waitForURL(/\?country=JP$/);
    const jpSalesCard = groupCard(page, '営業・貿易');
    await jpSalesCard.getByText('募集中の求人：3件', { exact: true }).waitFor();
    await jpSalesCard.getByText('韓国では', { exact: true }).waitFor();
    await jpSalesCard.getByText('職種コード別（1）').click();
    await jpSalesCard.getByText('コード 048', { exact: true }).waitFor();
    expect(await jpSalesCard.getByText('海外営業', { exact: false }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await jpSalesCard.getByRole('link', { name: 'コード 048 の求人を見る' }).click();
    await page.waitForURL(/\/jobs\?country=JP&occupation=048$/);
    await page.getByRole('article', { name: '海外営業' }).first().waitFor();
    expect(await page.getByRole('article', { name: '海外営業' }).count()).toBe(3);
    expect(await page.getByRole('article', { name: 'ソフトウェア開発' }).count()).toBe(0);
  });
});
