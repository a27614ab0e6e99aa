import { annualAmount, type CountryCode, type Currency, type IsoDate, type MarketCountry, type PayPeriod, type TrilingualText } from '@hashidari/domain-core';
import { lookupE7Code } from './e7/e7-codes';
import { e7WageFloor } from './e7/e7-wage-floors';
import type { Verdict } from './evaluate-eligibility';
import type { PostingEmploymentType } from './posting-sponsorship';
import { statusFamily, type StatusCode, type StatusFamily } from './status-code';
import type { Target } from './targets';
import { formatAmount, t } from './text';

/** The posting facts the feasibility filter reads (a search row, not a full request). */
export interface FeasibilityJob {
  country: MarketCountry;
  employmentType: PostingEmploymentType;
  occupationCode?: string | null;
  /** A band (postings) or a single amount */
  salary?: { min: number; max: number; currency: Currency; period: PayPeriod } | { amount: number; currency: Currency; period: PayPeriod } | null;
  startDate?: IsoDate | null;
  sponsorship?: boolean | null;
  weeklyHours?: number | null;
}

export interface FeasibilityAnswer {
  verdict: Verdict;
  /** The eligibility target that would carry the person into this job */
  target?: Target;
  /** A pathway template that leads there */
  pathwayId?: string;
  ruleIds: string[];
  note: TrilingualText;
}

type JobKind = 'work' | 'internship' | 'part-time';
type RouteClass = StatusFamily | 'abroad';
type Check = 'sponsorship' | 'e7-1-code' | 'e7-1-wage' | 'e7-any-code' | 'jp-28h' | 'kr-h1-25h';

interface Route {
  verdict: Verdict;
  target?: Target;
  pathwayId?: string;
  ruleIds: string[];
  note: TrilingualText;
  checks?: readonly Check[];
  /** The route exists only for this nationality (the Japan–Korea working-holiday agreement) */
  nationality?: 'JP' | 'KR';
}

const E7_CHECKS: readonly Check[] = ['sponsorship', 'e7-1-code', 'e7-1-wage'];

const noRoute = (ruleIds: string[] = []): Route => ({
  verdict: 'needs_review',
  ruleIds,
  note: t('The reference documents no route from this status to this kind of job: an adviser must review it.', '参照資料にはこの在留資格からこの種類の仕事へのルートの記載がありません。専門家の確認が必要です。', '참고 자료에 이 체류자격에서 이 유형의 일자리로 가는 경로가 기재되어 있지 않습니다. 전문가 검토가 필요합니다.'),
});

const e7Work = (pathwayId: string | undefined, ruleIds: string[], note: TrilingualText): Route => ({
  verdict: 'eligible',
  target: 'KR:E-7-1',
  ...(pathwayId ? { pathwayId } : {}),
  ruleIds: ['KR-E7-01', 'KR-E7-W', ...ruleIds],
  note,
  checks: E7_CHECKS,
});

const gijinkokuWork = (pathwayId: string | undefined, note: TrilingualText): Route => ({
  verdict: 'eligible',
  target: 'JP:gijinkoku',
  ...(pathwayId ? { pathwayId } : {}),
  ruleIds: ['JP-GJK-Q-01', 'JP-GJK-Q-02', 'JP-GJK-Q-03'],
  note,
  checks: ['sponsorship'],
});

/** Routes by posting country, kind of job and the person's status class (built once). */
const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  // ---- Korea, full-time / contract ----
  ['KR|work|KR:D-2', e7Work('kr-d2-e7', ['KR-E7-DOC'], t('Change of status from D-2 to E-7-1 in Korea.', '韓国内で留学（D-2）から専門人材（E-7-1）へ変更。', '국내에서 유학(D-2) → 전문인력(E-7-1) 변경.'))],
  ['KR|work|KR:D-10-1', e7Work('kr-d2-d10-e7', ['KR-E7-DOC'], t('Change of status from D-10-1 to E-7-1 in Korea.', '韓国内で一般求職（D-10-1）から専門人材（E-7-1）へ変更。', '국내에서 일반구직(D-10-1) → 전문인력(E-7-1) 변경.'))],
  ['KR|work|KR:E-7-1', e7Work(undefined, ['KR-E7-EMP-06'], t('Workplace change on E-7-1 (prior permission for designated codes, otherwise a report within 15 days).', 'E-7-1での勤務先変更（指定職種は事前許可、その他は15日以内の届出）。', 'E-7-1 근무처 변경(지정 직종은 사전 허가, 그 외 15일 이내 신고).'))],
  // The documented way out of H-1 is a CCVI the employer applies for: without sponsorship there is none.
  ['KR|work|KR:H-1', { ...noRoute(['KR-H1', 'KR-E7-DOC']), pathwayId: 'kr-h1-e7', target: 'KR:E-7-1', checks: ['sponsorship'], note: t('From H-1 the reference documents no change to E-7 inside Korea: plan a CCVI from Japan.', 'H-1から韓国内でのE-7への変更は参照資料に記載がありません。日本からの査証発給認定書を計画してください。', 'H-1에서 국내 E-7 변경은 참고 자료에 기재되어 있지 않습니다. 일본에서 사증발급인정서를 계획하세요.') }],
  ['KR|work|abroad', e7Work(undefined, ['KR-E7-DOC'], t('From abroad: the employer applies for a CCVI, then the E-7-1 visa at a Korean consulate.', '国外から：雇用主が査証発給認定書を申請し、在外公館でE-7-1の査証を受けます。', '해외에서: 고용주가 사증발급인정서를 신청하고 재외공관에서 E-7-1 사증을 받습니다.'))],
  // ---- Korea, internships ----
  ['KR|internship|KR:D-2', { verdict: 'eligible', target: 'KR:D-2:internship', pathwayId: 'kr-d2-d10-e7', ruleIds: ['KR-D2-INT-01', 'KR-D2-INT-02', 'KR-D2-INT-03'], note: t('Internship on D-2: for credit without permission, in vacations in professional fields, or as part-time work in semester.', '留学（D-2）でのインターン：単位認定なら許可不要、休暇中は専門分野、学期中は時間制就業として可能。', '유학(D-2) 인턴: 학점 인정은 허가 불필요, 방학 중 전문 분야, 학기 중 시간제취업으로 가능.') }],
  ['KR|internship|KR:D-10-1', { verdict: 'eligible', target: 'KR:D-10-1:internship', pathwayId: 'kr-d2-d10-e7', ruleIds: ['KR-D10-INT', 'KR-D10-01'], note: t('Internship on D-10-1 in an E-1…E-7 field; report within 14 days of starting.', '一般求職（D-10-1）でE-1〜E-7分野のインターン。開始から14日以内に届出。', '일반구직(D-10-1)으로 E-1~E-7 분야 인턴. 시작 후 14일 이내 신고.'), checks: ['e7-any-code'] }],
  ['KR|internship|KR:D-10-2', { verdict: 'not_eligible', ruleIds: ['KR-D10-02'], note: t('D-10-2 allows no internships.', 'D-10-2ではインターンはできません。', 'D-10-2는 인턴이 불가합니다.') }],
  ['KR|internship|KR:H-1', { verdict: 'needs_review', target: 'KR:H-1', ruleIds: ['KR-H1'], note: t('On H-1 work is incidental to travel and full-time employment is not allowed: an internship needs review.', 'H-1では就労は付随的でフルタイム雇用は不可のため、インターンは要確認です。', 'H-1은 취업이 부수적이고 정규직이 불가하므로 인턴은 확인이 필요합니다.') }],
  // ---- Korea, part-time ----
  ['KR|part-time|KR:D-2', { verdict: 'eligible', target: 'KR:D-2:part-time', ruleIds: ['KR-D2-PT-05'], note: t('Part-time work on D-2 with prior permission (GPA, Korean level and weekly caps apply).', '事前の時間制就業許可により留学（D-2）でアルバイト可能（成績・韓国語・週の上限あり）。', '사전 시간제취업 허가로 유학(D-2) 아르바이트 가능(평점·한국어·주당 상한 적용).') }],
  ['KR|part-time|KR:D-10-1', { ...noRoute(['KR-D10-PT']), note: t('D-10 part-time work needs the special permission (recent Korean degree, TOPIK 4, never held E-1…E-7): needs review.', 'D-10のアルバイトは特例の許可（最近の韓国の学位・TOPIK 4級・E-1〜E-7歴なし）が必要で、要確認です。', 'D-10 아르바이트는 특례 허가(최근 한국 학위·TOPIK 4급·E-1~E-7 이력 없음)가 필요하여 확인이 필요합니다.') }],
  ['KR|part-time|KR:D-10-2', { verdict: 'not_eligible', ruleIds: ['KR-D10-02'], note: t('D-10-2 allows no part-time work.', 'D-10-2ではアルバイトはできません。', 'D-10-2는 시간제 취업이 불가합니다.') }],
  ['KR|part-time|KR:D-4', { ...noRoute(['KR-D4-PT-01']), note: t('D-4-1 part-time work is possible only after 6 months, with attendance and Korean-level conditions: needs review.', 'D-4-1のアルバイトは入国後6か月以降、出席率・韓国語の条件付きで、要確認です。', 'D-4-1 아르바이트는 입국 6개월 이후 출석률·한국어 조건부로 가능하여 확인이 필요합니다.') }],
  ['KR|part-time|KR:H-1', { verdict: 'eligible', target: 'KR:H-1', ruleIds: ['KR-H1'], note: t('Part-time work incidental to the working holiday.', 'ワーキングホリデーに付随するアルバイト。', '워킹홀리데이에 부수하는 아르바이트.'), checks: ['kr-h1-25h'] }],
  ['KR|part-time|abroad', { verdict: 'eligible', target: 'KR:H-1', pathwayId: 'kr-h1-e7', ruleIds: ['KR-H1'], nationality: 'JP', note: t('Reachable through the Korea–Japan working holiday (H-1, ages 18–25).', '日韓ワーキングホリデー（H-1、18〜25歳）で可能。', '한일 워킹홀리데이(H-1, 18~25세)로 가능.'), checks: ['kr-h1-25h'] }],
  // ---- Japan, full-time / contract ----
  ['JP|work|JP:ryugaku', gijinkokuWork('jp-ryugaku-gijinkoku', t('Change of status from Student to Engineer/Specialist in Humanities/International Services (or Designated Activities No. 46 for Japanese-university graduates with N1).', '「留学」から技術・人文知識・国際業務へ変更（N1のある日本の大学卒業者は特定活動46号も）。', '유학에서 기술·인문지식·국제업무로 변경(N1 보유 일본 대학 졸업자는 특정활동 46호도).'))],
  ['JP|work|JP:tokutei-katsudo', gijinkokuWork('jp-ryugaku-job-hunting-gijinkoku', t('Change of status from job-hunting Designated Activities to Engineer/Specialist in Humanities/International Services.', '特定活動（継続就職活動）から技術・人文知識・国際業務へ変更。', '특정활동(계속 취직활동)에서 기술·인문지식·국제업무로 변경.'))],
  ['JP|work|JP:gijinkoku', gijinkokuWork(undefined, t('Job change within Engineer/Specialist in Humanities/International Services.', '技術・人文知識・国際業務のままでの転職。', '기술·인문지식·국제업무 유지 상태에서 이직.'))],
  ['JP|work|JP:tokutei-katsudo:46', { ...noRoute(['JP-TK46.employment']), target: 'JP:tokutei-katsudo:46', note: t('On Designated Activities No. 46 the employer is named in the designation paper: a new employer needs a new permission.', '特定活動46号は指定書に雇用主が記載されるため、転職には新たな許可が必要です。', '특정활동 46호는 지정서에 고용주가 기재되므로 이직 시 새 허가가 필요합니다.') }],
  // Likewise the way out of the working holiday is a COE the employer applies for.
  ['JP|work|JP:working-holiday', { ...noRoute(['JP-WH']), target: 'JP:gijinkoku', pathwayId: 'jp-wh-gijinkoku', checks: ['sponsorship'], note: t('From the working holiday the reference documents no change to Engineer/Specialist in Humanities/International Services inside Japan: plan a COE and apply from Korea.', 'ワーキングホリデーから日本国内での技術・人文知識・国際業務への変更は参照資料に記載がありません。在留資格認定証明書で韓国から申請する計画にしてください。', '워킹홀리데이에서 일본 내 기술·인문지식·국제업무 변경은 참고 자료에 기재되어 있지 않습니다. COE로 한국에서 신청하는 계획으로 하세요.') }],
  ['JP|work|abroad', gijinkokuWork(undefined, t('From abroad: the employer applies for a Certificate of Eligibility for Engineer/Specialist in Humanities/International Services.', '国外から：雇用主が技術・人文知識・国際業務の在留資格認定証明書を申請します。', '해외에서: 고용주가 기술·인문지식·국제업무 재류자격인정증명서를 신청합니다.'))],
  // ---- Japan, internships ----
  ['JP|internship|JP:ryugaku', { verdict: 'eligible', target: 'JP:ryugaku:part-time', ruleIds: ['JP-RYU-INT'], note: t('Internship on Student: unpaid for credit, within 28 h, or over 28 h with an individual permission in the final year.', '「留学」でのインターン：単位認定の無給、28時間以内、または最終学年で個別許可により28時間超。', '유학 인턴: 학점 인정 무급, 28시간 이내, 또는 최종 학년 개별 허가로 28시간 초과.') }],
  ['JP|internship|JP:tokutei-katsudo', { verdict: 'eligible', target: 'JP:tokutei-katsudo:job-hunting', ruleIds: ['JP-TKJ.work', 'JP-RYU-INT'], note: t('Internship while job hunting: within 28 h, or with an individual permission.', '就職活動中のインターン：28時間以内、または個別許可。', '취직활동 중 인턴: 28시간 이내 또는 개별 허가.') }],
  ['JP|internship|JP:working-holiday', { verdict: 'eligible', target: 'JP:working-holiday', ruleIds: ['JP-WH'], note: t('Work incidental to the working holiday (no adult-entertainment (風俗営業) businesses).', 'ワーキングホリデーに付随する就労（風俗営業は不可）。', '워킹홀리데이에 부수하는 취업(풍속영업 불가).') }],
  ['JP|internship|KR:D-2', { verdict: 'eligible', target: 'JP:tokutei-katsudo:9', pathwayId: 'jp-tk9-gijinkoku', ruleIds: ['JP-TK9.student', 'JP-TK9.paid', 'JP-TK9.curriculum'], note: t('Student of a Korean university: Designated Activities No. 9 (paid, part of the curriculum, university–host contract).', '韓国の大学の学生：特定活動9号（有給・教育課程の一部・大学と受入機関の契約）。', '한국 대학생: 특정활동 9호(유급·교육과정의 일부·대학–수용기관 계약).') }],
  ['JP|internship|abroad', { ...noRoute(['JP-TK9.student']), target: 'JP:tokutei-katsudo:9', note: t('Designated Activities No. 9 is for students of a foreign university: needs review of the enrolment.', '特定活動9号は外国の大学の学生が対象のため、在学状況の確認が必要です。', '특정활동 9호는 외국 대학생이 대상이므로 재학 여부 확인이 필요합니다.') }],
  // ---- Japan, part-time ----
  ['JP|part-time|JP:ryugaku', { verdict: 'eligible', target: 'JP:ryugaku:part-time', ruleIds: ['JP-RYU-PT-01', 'JP-RYU-PT-02'], note: t('Part-time work on Student with permission for activity outside status: 28 h a week, 8 h a day in long vacations.', '「留学」の資格外活動許可：週28時間、長期休業中は1日8時間。', '유학 자격외활동허가: 주 28시간, 장기 방학 중 하루 8시간.'), checks: ['jp-28h'] }],
  ['JP|part-time|JP:tokutei-katsudo', { verdict: 'eligible', target: 'JP:tokutei-katsudo:job-hunting', ruleIds: ['JP-TKJ.work'], note: t('Part-time work while job hunting: 28 h a week with permission.', '就職活動中のアルバイト：許可により週28時間。', '취직활동 중 아르바이트: 허가로 주 28시간.'), checks: ['jp-28h'] }],
  ['JP|part-time|JP:working-holiday', { verdict: 'eligible', target: 'JP:working-holiday', ruleIds: ['JP-WH'], note: t('Work incidental to the working holiday (no adult-entertainment (風俗営業) businesses).', 'ワーキングホリデーに付随する就労（風俗営業は不可）。', '워킹홀리데이에 부수하는 취업(풍속영업 불가).') }],
  ['JP|part-time|abroad', { verdict: 'eligible', target: 'JP:working-holiday', pathwayId: 'jp-wh-gijinkoku', ruleIds: ['JP-WH.age', 'JP-WH.uses'], nationality: 'KR', note: t('Reachable through the Japan–Korea working holiday (ages 18–25).', '日韓ワーキングホリデー（18〜25歳）で可能。', '한일 워킹홀리데이(18~25세)로 가능.') }],
]);

function routeClass(country: MarketCountry, kind: JobKind, family: StatusFamily): RouteClass {
  if (family === 'none') return 'abroad';
  const sameSide = family.startsWith(`${country}:`);
  if (sameSide) return family;
  // a Korean D-2 student applying for a Japanese internship keeps its own route (特定活動9号); for a job
  // in Japan they apply from abroad like anyone else (COE)
  return country === 'JP' && kind === 'internship' && family === 'KR:D-2' ? family : 'abroad';
}

const RANK: Readonly<Record<Verdict, number>> = { eligible: 2, needs_review: 1, not_eligible: 0 };

function minVerdict(a: Verdict, b: Verdict): Verdict {
  return RANK[a] <= RANK[b] ? a : b;
}

function annualBand(salary: NonNullable<FeasibilityJob['salary']>): { min: number; max: number } {
  if ('amount' in salary) {
    const a = annualAmount(salary);
    return { min: a, max: a };
  }
  return {
    min: annualAmount({ amount: salary.min, currency: salary.currency, period: salary.period }),
    max: annualAmount({ amount: salary.max, currency: salary.currency, period: salary.period }),
  };
}

function runCheck(check: Check, job: FeasibilityJob, family: StatusFamily, evalDate: IsoDate): { verdict: Verdict; ruleId: string; note: TrilingualText } | null {
  switch (check) {
    case 'sponsorship': {
      if (job.sponsorship === true) return null;
      const sameStatus = family === 'KR:E-7-1' || family === 'JP:gijinkoku';
      if (job.sponsorship === false && !sameStatus) {
        return { verdict: 'not_eligible', ruleId: job.country === 'KR' ? 'KR-E7-DOC' : 'JP-GJK-DOC', note: t('The posting offers no visa sponsorship, which this route needs.', 'この求人は就労ビザの支援がなく、このルートには支援が必要です。', '이 공고는 비자 스폰서가 없으며 이 경로에는 스폰서가 필요합니다.') };
      }
      return { verdict: 'needs_review', ruleId: job.country === 'KR' ? 'KR-E7-DOC' : 'JP-GJK-DOC', note: t('Whether the employer sponsors the status is not stated.', '雇用主が在留資格の手続を支援するか記載がありません。', '고용주가 체류자격 절차를 지원하는지 기재되어 있지 않습니다.') };
    }
    case 'e7-1-code':
    case 'e7-any-code': {
      const code = job.occupationCode ?? undefined;
      if (!code) return { verdict: 'needs_review', ruleId: 'KR-E7-01', note: t('No occupation code: whether it is an E-7 code cannot be checked.', '職種コードがないため、E-7の職種か確認できません。', '직종코드가 없어 E-7 직종인지 확인할 수 없습니다.') };
      const found = lookupE7Code(code);
      if (found.kind === 'listed' && (check === 'e7-any-code' || found.entry.subType === 'E-7-1')) return null;
      if (check === 'e7-any-code') return { verdict: 'needs_review', ruleId: 'KR-D10-01', note: t(`${code} is not an E-7 code; it may still be an E-1…E-6 field.`, `${code} はE-7の職種ではありませんが、E-1〜E-6の分野の可能性があります。`, `${code}은(는) E-7 직종이 아니지만 E-1~E-6 분야일 수 있습니다.`) };
      if (found.kind === 'listed') return { verdict: 'needs_review', ruleId: 'KR-E7-01', note: t(`${code} is an ${found.entry.subType} code (not encoded as a target).`, `${code} は${found.entry.subType}の職種です（判定対象外）。`, `${code}은(는) ${found.entry.subType} 직종입니다(판정 대상 외).`) };
      if (found.kind === 'alternate') return { verdict: 'needs_review', ruleId: 'KR-E7-01', note: t(`${code} is an alternate spelling of ${found.entry.code}.`, `${code} は ${found.entry.code} の別表記です。`, `${code}은(는) ${found.entry.code}의 다른 표기입니다.`) };
      return { verdict: 'not_eligible', ruleId: 'KR-E7-01', note: t(`${code} is not an E-7 code.`, `${code} はE-7の職種コードではありません。`, `${code}은(는) E-7 직종코드가 아닙니다.`) };
    }
    case 'e7-1-wage': {
      if (!job.salary) return { verdict: 'needs_review', ruleId: 'KR-E7-W', note: t('No salary: the E-7-1 wage floor cannot be checked.', '給与がないため、E-7-1の賃金要件を確認できません。', '급여가 없어 E-7-1 임금 요건을 확인할 수 없습니다.') };
      const date = job.startDate ?? evalDate;
      const floor = e7WageFloor('E-7-1', date);
      if (floor.kind !== 'amount') return { verdict: 'needs_review', ruleId: floor.ruleId, note: t(`The E-7-1 wage floor on ${date} is not determinable from the rule set.`, `${date} 時点のE-7-1の賃金要件はルールから決められません。`, `${date} 기준 E-7-1 임금 요건을 규정으로 정할 수 없습니다.`) };
      if (job.salary.currency !== 'KRW') return { verdict: 'needs_review', ruleId: floor.ruleId, note: t('Salary not in KRW.', '給与がウォン建てではありません。', '급여가 원화가 아닙니다.') };
      const band = annualBand(job.salary);
      if (band.max < floor.amount) return { verdict: 'not_eligible', ruleId: floor.ruleId, note: t(`Salary up to ${formatAmount(band.max)} KRW is below the E-7-1 floor of ${formatAmount(floor.amount)} KRW.`, `給与の上限${formatAmount(band.max)}ウォンはE-7-1の賃金要件${formatAmount(floor.amount)}ウォンを下回ります。`, `급여 상한 ${formatAmount(band.max)}원은 E-7-1 임금 요건 ${formatAmount(floor.amount)}원에 미달합니다.`) };
      if (band.min < floor.amount) return { verdict: 'needs_review', ruleId: floor.ruleId, note: t(`Part of the salary band is below the E-7-1 floor of ${formatAmount(floor.amount)} KRW.`, `給与幅の一部がE-7-1の賃金要件${formatAmount(floor.amount)}ウォンを下回ります。`, `급여 범위 일부가 E-7-1 임금 요건 ${formatAmount(floor.amount)}원에 미달합니다.`) };
      return null;
    }
    case 'jp-28h':
      return job.weeklyHours != null && job.weeklyHours > 28
        ? { verdict: 'not_eligible', ruleId: 'JP-RYU-PT-01', note: t(`${job.weeklyHours} h a week exceeds 28 h.`, `週${job.weeklyHours}時間は28時間を超えます。`, `주 ${job.weeklyHours}시간은 28시간을 초과합니다.`) }
        : null;
    case 'kr-h1-25h':
      return job.weeklyHours != null && job.weeklyHours > 25
        ? { verdict: 'needs_review', ruleId: 'KR-H1.work', note: t(`${job.weeklyHours} h a week exceeds the 25 h of the 2019 notice (applicability to Japanese UNVERIFIED).`, `週${job.weeklyHours}時間は2019年告示の25時間を超えます（日本国籍者への適用は未確認）。`, `주 ${job.weeklyHours}시간은 2019년 공지의 25시간을 초과합니다(일본 국적자 적용 미확인).`) }
        : null;
  }
}

/**
 * Is a posting reachable from a person's current status? Cheap (a map lookup and a few comparisons), so
 * it can run over every search result. `eligible` means a documented route exists and the posting's own
 * facts do not block it; the person's conditions (degree, language, age …) are for evaluateEligibility.
 */
export function isFeasibleFrom(
  currentStatus: StatusCode | string | null | undefined,
  nationality: CountryCode | null | undefined,
  job: FeasibilityJob,
  evalDate: IsoDate,
): FeasibilityAnswer {
  const family = statusFamily(currentStatus);
  const kind: JobKind = job.employmentType === 'internship' ? 'internship' : job.employmentType === 'part-time' ? 'part-time' : 'work';
  const route = ROUTES.get(`${job.country}|${kind}|${routeClass(job.country, kind, family)}`) ?? noRoute();
  if (route.nationality && nationality !== route.nationality) {
    return {
      ...noRoute(route.ruleIds),
      note: t(
        `This route is the Japan–Korea working holiday for ${route.nationality} nationals; other nationalities are not encoded.`,
        `このルートは${route.nationality === 'JP' ? '日本' : '韓国'}国籍の方向けの日韓ワーキングホリデーで、他の国籍は登録されていません。`,
        `이 경로는 ${route.nationality === 'JP' ? '일본' : '한국'} 국적자 대상 한일 워킹홀리데이이며 다른 국적은 등록되어 있지 않습니다.`,
      ),
    };
  }
  let verdict = route.verdict;
  let note = route.note;
  const ruleIds = [...route.ruleIds];
  for (const check of route.checks ?? []) {
    const r = runCheck(check, job, family, evalDate);
    if (!r) continue;
    if (!ruleIds.includes(r.ruleId)) ruleIds.push(r.ruleId);
    if (RANK[r.verdict] < RANK[verdict]) note = r.note;
    verdict = minVerdict(verdict, r.verdict);
  }
  const answer: FeasibilityAnswer = { verdict, ruleIds, note };
  if (route.target) answer.target = route.target;
  if (route.pathwayId) answer.pathwayId = route.pathwayId;
  return answer;
}
