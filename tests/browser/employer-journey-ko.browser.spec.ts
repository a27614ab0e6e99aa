import type { Page } from 'playwright-core';
import { candidateApplications, candidateWhoApplied, registerUser } from './support/employer-api';
import { describedBy, expectNoSeriousViolations, heading, signUpAsEmployer } from './support/employer-ui';
import { uniqueEmail, usePortal } from './support/portal';

const portal = usePortal();

// Inside the period of KR-E7-W-04 (E-7-1 floor 31,120,000 KRW a year), whatever day the suite runs:
// the reference publishes no amount for 2027 onward, so a start date relative to today would stop
// showing a wage shortfall at the turn of the year.
const START_DATE = '2026-12-21';

function readiness(page: Page) {
  return page.getByRole('region', { name: '비자 지원 요건 점검' });
}

async function focusedMenuItem(page: Page): Promise<string | null> {
  return (await page.evaluate(
    'document.activeElement && document.activeElement.getAttribute("role") === "menuitem" ? document.activeElement.textContent : null',
  )) as string | null;
}

/**
 * Moves the focus with the arrow keys to the open menu's item `label`. The menu takes the focus only
 * after its opening transition, so it first waits for a menu item to be focused: arrows pressed
 * before that land on the button and are lost.
 */
async function focusMenuItem(page: Page, label: string): Promise<void> {
  let focused = await focusedMenuItem(page);
  for (let tries = 0; tries < 20 && focused === null; tries += 1) {
    await page.waitForTimeout(100);
    focused = await focusedMenuItem(page);
  }
  for (let step = 0; step < 5 && focused !== label; step += 1) {
    await page.keyboard.press('ArrowDown');
    focused = await focusedMenuItem(page);
  }
  expect(focused).toBe(label);
}

/** Waits (up to 2 s) until the focused element is named `label`. */
async function expectFocusOn(page: Page, label: string): Promise<void> {
  let focused = '';
  for (let tries = 0; tries < 20 && focused !== label; tries += 1) {
    focused = (await page.evaluate('document.activeElement ? document.activeElement.getAttribute("aria-label") : ""')) as string;
    if (focused !== label) await page.waitForTimeout(100);
  }
  expect(focused).toBe(label);
}

function column(page: Page, stage: string) {
  return page.getByRole('region', { name: stage, exact: true });
}

describe('an employer in Korea, in Korean', () => {
  let jobId = '';
  let page: Page;

  beforeAll(async () => {
    page = await portal().newPage({ locale: 'ko-KR' });
  });

  it('signs up and registers the organisation with its E-7 staff figures', async () => {
    await signUpAsEmployer(page, 'ko', uniqueEmail('employer-ko'));
    await page.getByRole('banner').getByRole('link', { name: '기업 정보' }).click();
    await heading(page, '기업 정보 등록');
    await expectNoSeriousViolations(page);

    // Nothing given: the form says what is missing beside the names.
    await page.getByRole('button', { name: '기업 정보 등록' }).click();
    await page.getByText('한 가지 이상의 언어로 기업명을 입력해 주세요.').waitFor();

    await page.getByRole('textbox', { name: '기업명 (한국어)' }).fill('(주)다리무역');
    await page.getByRole('textbox', { name: '기업명 (영어)' }).fill('Dari Trading');
    await page.getByRole('textbox', { name: '사업자등록번호' }).fill('123-45');
    await page.getByRole('textbox', { name: '직원 수' }).fill('40');
    await page.getByRole('textbox', { name: '고용보험 가입 내국인 수' }).fill('25');
    await page.getByRole('textbox', { name: '외국인 전문인력 수' }).fill('1');
    await page.getByRole('radio', { name: '수출 또는 해외 시장' }).check();
    await page.getByRole('button', { name: '기업 정보 등록' }).click();
    const registration = page.getByRole('textbox', { name: '사업자등록번호' });
    expect(await describedBy(registration)).toContain('사업자등록번호는 10자리입니다');

    await registration.fill('123-45-67890');
    await page.getByRole('button', { name: '기업 정보 등록' }).click();
    await heading(page, '(주)다리무역');
    await page.getByText('인증 전', { exact: true }).waitFor();
    await page.getByText('고용보험 가입 내국인 25명: 5인 요건을 충족합니다.').waitFor();
    await expectNoSeriousViolations(page);
  });

  it('adds a colleague who has an employer account, and says so beside the field when there is none', async () => {
    const colleague = await registerUser(portal().baseUrl, 'employer', 'ko', 'colleague-ko');
    const email = page.getByRole('textbox', { name: '이메일로 동료 추가' });

    await email.fill('nobody-here@example.com');
    await page.getByRole('button', { name: '동료 추가' }).click();
    const missing = '이 이메일 주소로 가입된 기업회원 계정이 없습니다.';
    await page.getByText(missing, { exact: false }).waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(email)).toContain(missing);

    await email.fill(colleague.email);
    await page.getByRole('button', { name: '동료 추가' }).click();
    await page.getByRole('status').filter({ hasText: `${colleague.email}님을 멤버로 추가했습니다.` }).waitFor();
    const members = page.getByRole('region', { name: '멤버' });
    await members.getByText(colleague.email, { exact: true }).waitFor();
    expect(await members.getByRole('button', { name: `${colleague.email} 삭제` }).count()).toBe(1);

    // An owner removes a colleague after confirming.
    const leaving = await registerUser(portal().baseUrl, 'employer', 'ko', 'leaving-ko');
    await email.fill(leaving.email);
    await page.getByRole('button', { name: '동료 추가' }).click();
    await members.getByText(leaving.email, { exact: true }).waitFor();
    await members.getByRole('button', { name: `${leaving.email} 삭제` }).click();
    const confirm = page.getByRole('dialog', { name: '이 동료를 삭제할까요?' });
    await confirm.getByText(`${leaving.email}님은 더 이상`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '삭제', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await members.getByText(leaving.email, { exact: true }).waitFor({ state: 'detached' });
    await members.getByText(colleague.email, { exact: true }).waitFor();
    await expectNoSeriousViolations(page);
  });

  it('writes a posting whose readiness check flags a salary below the E-7-1 wage floor, fixes it and publishes it', async () => {
    await page.getByRole('banner').getByRole('link', { name: '채용공고 관리' }).click();
    await heading(page, '채용공고 관리');
    await page.getByText('아직 채용공고가 없습니다').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: '첫 채용공고 작성하기' }).click();
    await heading(page, '채용공고 작성');

    await page.getByRole('textbox', { name: '공고 제목 (한국어)' }).fill('일본 시장 해외영업 담당');
    await page.getByRole('textbox', { name: '상세 내용 (한국어)' }).fill('일본 거래처 관리와 신규 바이어 발굴을 담당합니다.');
    await page.getByRole('textbox', { name: '근무지(도시)' }).fill('서울');
    const occupation = page.getByRole('combobox', { name: '직종코드' });
    await occupation.click();
    await occupation.fill('해외영업');
    await page.getByRole('option', { name: /^E-7\s*2742/ }).click();
    await page.getByText('2742은(는) E-7 도입직종 코드입니다.').waitFor();

    await page.getByRole('textbox', { name: '최소' }).fill('25000000');
    await page.getByRole('textbox', { name: '최대' }).fill('28000000');
    await page.getByText('구직자에게 표시: 연봉 2,500만~2,800만원').waitFor();
    await page.getByLabel('입사일').fill(START_DATE);

    const panel = readiness(page);
    const wageProblem = panel.getByRole('listitem').filter({ hasText: 'E-7-1 임금 요건(31,120,000원)에 미달합니다' });
    await wageProblem.waitFor();
    expect(await wageProblem.textContent()).toContain('조치 필요');
    await wageProblem.getByText('규정과 출처').click();
    await wageProblem.getByRole('code').filter({ hasText: 'KR-E7-W-04' }).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('textbox', { name: '최소' }).fill('33000000');
    await page.getByRole('textbox', { name: '최대' }).fill('40000000');
    await wageProblem.waitFor({ state: 'detached' });
    const floor = panel.getByRole('listitem').filter({ hasText: 'E-7-1 연간 임금 요건' });
    await floor.getByText('충족', { exact: true }).waitFor();
    await floor.getByText('기준 금액: 연봉 3,112만원').waitFor();

    await page.getByRole('button', { name: '임시저장' }).click();
    await page.waitForURL(/\/postings\/[0-9a-f-]+\/edit$/);
    jobId = /\/postings\/([0-9a-f-]+)\/edit/.exec(page.url())?.[1] ?? '';
    await page.getByText('임시저장했습니다. 준비가 되면 게시해 주세요.').waitFor();
    await panel.getByText('저장된 공고의 내용입니다.').waitFor();

    await page.getByRole('button', { name: '게시하기' }).click();
    await page.getByText('채용공고를 게시했습니다.', { exact: false }).first().waitFor();

    await page.getByRole('link', { name: '채용공고 목록으로' }).first().click();
    await heading(page, '채용공고 관리');
    const card = page.getByRole('article', { name: '일본 시장 해외영업 담당' });
    await card.getByText('게시 중', { exact: true }).waitFor();
    await card.getByText('연봉 3,300만~4,000만원').waitFor();
    await expectNoSeriousViolations(page);
  });

  it('moves the applicant to screening and then to interview on the board, with notes the candidate sees', async () => {
    const candidate = await candidateWhoApplied(portal().baseUrl, jobId, {
      displayName: '佐藤 花子',
      locale: 'ja',
      coverNote: '韓国の大学で経営学を学んでいます。',
    });

    await page.goto(`/postings/${jobId}/applicants`);
    await heading(page, '지원자 전형 진행');
    const profileLink = column(page, '지원 완료').getByRole('link', { name: '佐藤 花子' });
    expect(await profileLink.getAttribute('href')).toMatch(/^\/candidates\/[0-9a-f-]+$/);
    await expectNoSeriousViolations(page);

    // With the pointer: the "move to…" menu, then the dialog with a note for the candidate.
    await page.getByRole('button', { name: '佐藤 花子님 단계 변경' }).click();
    await page.getByRole('menuitem', { name: '서류 검토 중' }).click();
    const dialog = page.getByRole('dialog', { name: '佐藤 花子님 단계 변경' });
    await dialog.getByText('메모는 지원자에게 표시됩니다').waitFor();
    await dialog.getByRole('textbox', { name: '지원자에게 보낼 메모 (선택)' }).fill('서류를 검토하고 있습니다.');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: '‘서류 검토 중’(으)로 변경' }).click();
    await page.getByRole('status').filter({ hasText: '佐藤 花子님을 ‘서류 검토 중’(으)로 변경했습니다.' }).waitFor();
    await column(page, '서류 검토 중').getByText('佐藤 花子').waitFor();

    // With the keyboard only: after a move the focus is on the card's "move to…" button in its new column.
    await expectFocusOn(page, '佐藤 花子님 단계 변경');
    await page.keyboard.press('Enter');
    await focusMenuItem(page, '면접');
    await page.keyboard.press('Enter');
    const second = page.getByRole('dialog', { name: '佐藤 花子님 단계 변경' });
    await second.getByRole('radio', { name: '면접' }).waitFor();
    expect(await second.getByRole('radio', { name: '면접' }).isChecked()).toBe(true);
    await second.getByRole('textbox', { name: '지원자에게 보낼 메모 (선택)' }).fill('면접은 12월 3일 오후 2시입니다.');
    await second.getByRole('button', { name: '‘면접’(으)로 변경' }).focus();
    await page.keyboard.press('Enter');
    await column(page, '면접').getByText('佐藤 花子').waitFor();

    // Drag and drop opens the same dialog, with the column's stage chosen; closing it moves nothing.
    await column(page, '면접').getByRole('listitem').filter({ hasText: '佐藤 花子' }).dragTo(column(page, '최종 합격'));
    const dropped = page.getByRole('dialog', { name: '佐藤 花子님 단계 변경' });
    expect(await dropped.getByRole('radio', { name: '최종 합격' }).isChecked()).toBe(true);
    await dropped.getByRole('button', { name: '취소' }).click();
    await dropped.waitFor({ state: 'detached' });
    await column(page, '면접').getByText('佐藤 花子').waitFor();

    await column(page, '면접').getByRole('button', { name: '佐藤 花子님 이력' }).click();
    const drawer = page.getByRole('dialog', { name: '佐藤 花子님 이력' });
    await drawer.getByText('韓国の大学で経営学を学んでいます。').waitFor();
    await drawer.getByText('면접은 12월 3일 오후 2시입니다.').waitFor();
    await expectNoSeriousViolations(page);

    const [seen] = await candidateApplications(portal().baseUrl, candidate);
    expect(seen.status).toBe('interview');
    expect(seen.history.map((event) => [event.toStatus, event.note])).toEqual([
      ['submitted', null],
      ['screening', '서류를 검토하고 있습니다.'],
      ['interview', '면접은 12월 3일 오후 2시입니다.'],
    ]);
  });
});
