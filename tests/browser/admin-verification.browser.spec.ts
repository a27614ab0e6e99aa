import { hasHorizontalScroll, waitForHeading } from './support/flows';
import { seriousAccessibilityViolations, setRole, usePortal } from './support/portal';
import { registerThroughApi, signInWithToken } from './support/visa-api';

const portal = usePortal();

const PHONE = { width: 360, height: 740 };

async function organizationVerified(baseUrl: string, token: string, id: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/v1/organizations/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { verified: boolean }).verified;
}

describe('employer verification', () => {
  it('ko admin: finds a new organisation in the queue, verifies it after confirming, and can take it back', async () => {
    const { baseUrl, databaseUrl } = portal();
    const employer = await registerThroughApi(baseUrl, 'employer', 'ko', 'verify-employer');
    const response = await fetch(`${baseUrl}/api/v1/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${employer.accessToken}` },
      body: JSON.stringify({ names: { ko: '한빛무역' }, country: 'KR', registrationNumber: '123-45-67890', size: 40 }),
    });
    const { id: orgId } = (await response.json()) as { id: string };
    const admin = await registerThroughApi(baseUrl, 'candidate', 'ko', 'verify-admin');
    await setRole(databaseUrl, admin.email, 'admin');

    const page = await portal().newPage({ locale: 'ko-KR', viewport: PHONE });
    await signInWithToken(page, admin, 'ko');
    await page.goto('/home');
    await page.getByRole('link', { name: '기업 인증' }).first().click();
    await waitForHeading(page, '기업 인증');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '한빛무역' }) });
    await card.waitFor();
    expect(await card.getByText('123-45-67890').count()).toBe(1);
    expect(await card.getByText(employer.email).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Verifying opens profiles to the members: the admin confirms first.
    await card.getByRole('button', { name: '한빛무역 인증하기' }).click();
    const dialog = page.getByRole('dialog', { name: '이 조직을 인증할까요?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '인증하기' }).click();
    await page.getByRole('status').filter({ hasText: '인증했습니다.' }).waitFor();
    await card.waitFor({ state: 'detached' });
    // the card and its button are gone: the focus is on the message saying what happened
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toContain('인증했습니다.');
    expect(await organizationVerified(baseUrl, employer.accessToken, orgId)).toBe(true);

    await page.getByText('인증됨', { exact: true }).first().click();
    const verifiedCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '한빛무역' }) });
    await verifiedCard.getByRole('button', { name: '한빛무역의 인증 취소' }).click();
    const revoke = page.getByRole('dialog', { name: '인증을 취소할까요?' });
    await revoke.getByRole('button', { name: '인증 취소' }).click();
    await page.getByRole('status').filter({ hasText: '인증을 취소했습니다.' }).waitFor();
    expect(await organizationVerified(baseUrl, employer.accessToken, orgId)).toBe(false);
  });

  it('tells other roles the page is for administrators', async () => {
    const { baseUrl } = portal();
    const employer = await registerThroughApi(baseUrl, 'employer', 'en', 'not-admin');
    const page = await portal().newPage();
    await signInWithToken(page, employer, 'en');
    await page.goto('/admin/organizations');
    await waitForHeading(page, 'Employer verification');
    await page.getByRole('status').filter({ hasText: 'Administrator' }).waitFor();
    expect(await page.getByRole('button', { name: 'Verify' }).count()).toBe(0);
  });
});
