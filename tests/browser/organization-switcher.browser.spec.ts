import { createOrganizationThroughApi, publishedJobThroughApi, registerUser, type EmployerTestUser } from './support/employer-api';
import { expectNoSeriousViolations, heading, logIn } from './support/employer-ui';
import { usePortal } from './support/portal';

const portal = usePortal();

async function organizationWithPosting(baseUrl: string, owner: EmployerTestUser, name: string, title: string): Promise<string> {
  const organization = await createOrganizationThroughApi(baseUrl, owner, { names: { en: name }, country: 'KR' });
  await publishedJobThroughApi(baseUrl, owner, {
    organizationId: organization.id,
    title: { en: title },
    country: 'KR',
    occupationCode: '2742',
    employmentType: 'full-time',
    salary: { min: 34_000_000, max: 38_000_000, currency: 'KRW', period: 'year' },
    sponsorship: true,
  });
  return organization.id;
}

describe('an employer in two organisations', () => {
  it('chooses which one the postings and organisation pages show, and the choice stays', async () => {
    const { baseUrl } = portal();
    const recruiter = await registerUser(baseUrl, 'employer', 'en', 'two-orgs');
    await organizationWithPosting(baseUrl, recruiter, 'Hanbit Trading', 'Overseas sales');
    const agencyOwner = await registerUser(baseUrl, 'employer', 'en', 'agency-owner');
    const agency = await organizationWithPosting(baseUrl, agencyOwner, 'Seoul Talent Partners', 'Recruitment consultant');
    const invite = await fetch(`${baseUrl}/api/v1/organizations/${agency}/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agencyOwner.accessToken}` },
      body: JSON.stringify({ email: recruiter.email }),
    });
    expect(invite.status).toBe(201);

    const page = await portal().newPage({ locale: 'en-US' });
    await logIn(page, 'en', recruiter.email);
    await page.goto('/postings');
    await heading(page, 'Postings');
    await page.getByText('Overseas sales').first().waitFor();
    const switcher = page.getByRole('combobox', { name: 'Organisation' });
    expect(await switcher.inputValue()).toBe('Hanbit Trading');
    await expectNoSeriousViolations(page);

    await switcher.click();
    await page.getByRole('option', { name: 'Seoul Talent Partners' }).click();
    await page.getByText('Recruitment consultant').first().waitFor();
    expect(await page.getByText('Overseas sales').count()).toBe(0);

    await page.goto('/organization');
    await heading(page, 'Seoul Talent Partners');
    await page.reload();
    await heading(page, 'Seoul Talent Partners');
  });
});
