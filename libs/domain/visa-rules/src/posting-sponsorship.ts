import { annualAmount, type Currency, type IsoDate, type MarketCountry, type PayPeriod, type TrilingualText } from '@hashidari/domain-core';
import { checklistFor, jpCategoryDocuments, type ChecklistItem } from './checklists/checklists';
import { lookupE7Code, ratioTestApplies } from './e7/e7-codes';
import { e7WageFloor, type E7FloorAnswer } from './e7/e7-wage-floors';
import type { JpEmployerCategory } from './eligibility-request';
import { koreanStaffNeededForNextHire } from './rules/kr-e7-rules';
import { referenceSource } from './rules/reference-source';
import { formatAmount, t } from './text';
import { RULE_SET_VERSION } from './version';

export type PostingEmploymentType = 'full-time' | 'internship' | 'contract' | 'part-time';

/** The parts of a job posting (POST /jobs) and its organisation that sponsorship depends on. */
export interface PostingSponsorshipFacts {
  country: MarketCountry;
  occupationCode?: string | null;
  employmentType: PostingEmploymentType;
  salary?: { min: number; max: number; currency: Currency; period: PayPeriod } | null;
  startDate?: IsoDate | null;
  sponsorship: boolean;
  employer?: {
    koreanInsuredStaff?: number | null;
    foreignProfessionalStaff?: number | null;
    domesticFocused?: boolean | null;
    exportOriented?: boolean | null;
    jpCategory?: JpEmployerCategory | null;
  };
}

export type WarningSeverity = 'error' | 'warning' | 'info';

export interface PostingWarning {
  ruleId: string;
  severity: WarningSeverity;
  message: TrilingualText;
  source: string;
}

/** What sponsoring the hire will require of the employer. `met` is null when the facts do not say. */
export interface SponsorshipRequirement {
  id: string;
  ruleId: string;
  label: TrilingualText;
  value?: number | string;
  met: boolean | null;
  source: string;
  unverified?: boolean;
}

export interface PostingAssessment {
  warnings: PostingWarning[];
  requirements: SponsorshipRequirement[];
  /** Documents the employer prepares (KR-E7-DOC employer side, or the JP category list) */
  employerDocuments: ChecklistItem[];
  /** Date the E-7 wage floor was taken at (the start date, else the evaluation date) */
  floorDate: IsoDate;
  ruleSetVersion: string;
}

function warning(ruleId: string, severity: WarningSeverity, message: TrilingualText): PostingWarning {
  return { ruleId, severity, message, source: referenceSource(ruleId) };
}

function requirement(id: string, ruleId: string, label: TrilingualText, met: boolean | null, value?: number | string, unverified?: boolean): SponsorshipRequirement {
  return { id, ruleId, label, met, source: referenceSource(ruleId), ...(value !== undefined ? { value } : {}), ...(unverified ? { unverified } : {}) };
}

function floorMessage(floor: Exclude<E7FloorAnswer, { kind: 'amount' }>, subType: string, date: IsoDate): TrilingualText {
  switch (floor.reason) {
    case 'gni-based':
      return t(`Before 2025-04-01 the ${subType} floor is GNI-based (80 % of the previous year's GNI per capita, 70 % for SMEs): check the amount for ${date}.`, `2025-04-01より前の${subType}の賃金要件はGNI基準（前年一人当たりGNIの80%、中小企業70%）です。${date} 時点の金額を確認してください。`, `2025-04-01 이전 ${subType} 임금 요건은 GNI 기준(전년도 1인당 GNI 80%, 중소기업 70%)입니다. ${date} 기준 금액을 확인하세요.`);
    case 'unverified':
      return t(`The ${subType} wage floor on ${date} is UNVERIFIED: check with immigration (1345).`, `${date} 時点の${subType}の賃金要件は未確認です。出入国・外国人庁（1345）に確認してください。`, `${date} 기준 ${subType} 임금 요건은 확인되지 않았습니다. 출입국·외국인청(1345)에 확인하세요.`);
    case 'not-published':
      return t(`No ${subType} wage floor is published in the rule set for ${date}.`, `${date} 時点の${subType}の賃金要件はルールに登録されていません。`, `${date} 기준 ${subType} 임금 요건이 규정에 등록되어 있지 않습니다.`);
  }
}

function assessKorea(p: PostingSponsorshipFacts, floorDate: IsoDate, out: PostingAssessment): void {
  const { warnings, requirements } = out;
  if (p.employmentType === 'part-time') {
    warnings.push(warning('KR-D2-03', 'warning', t('Part-time roles cannot be sponsored: only D-2 students (and some D-10 holders) with prior part-time permission can take them.', 'アルバイトは就労ビザの支援対象になりません。事前に時間制就業許可を得た留学（D-2）の学生（および一部のD-10）のみが就労できます。', '시간제 일자리는 비자 스폰서 대상이 아닙니다. 사전 시간제취업 허가를 받은 유학(D-2) 학생(및 일부 D-10)만 근무할 수 있습니다.')));
    return;
  }
  if (p.employmentType === 'internship') {
    warnings.push(warning('KR-D10-INT', 'info', t('Internships for foreign candidates run on D-2 (credit, vacation, or part-time rules) or on D-10-1 (report within 14 days of starting); E-7 is not issued for internships.', '外国人のインターンは留学（D-2）（単位・休暇中・時間制就業の規定）または一般求職（D-10-1）（開始から14日以内に届出）で行います。インターンにE-7は発給されません。', '외국인 인턴은 유학(D-2)(학점·방학·시간제 규정) 또는 일반구직(D-10-1)(시작 후 14일 이내 신고)으로 진행합니다. 인턴에는 E-7이 발급되지 않습니다.')));
    if (p.occupationCode && lookupE7Code(p.occupationCode).kind === 'not-listed') {
      warnings.push(warning('KR-D10-01', 'warning', t(`${p.occupationCode} is not an E-7 code: a D-10-1 internship must be in an E-1…E-7 field.`, `${p.occupationCode} はE-7の職種コードではありません。D-10-1のインターンはE-1〜E-7の分野である必要があります。`, `${p.occupationCode}은(는) E-7 직종코드가 아닙니다. D-10-1 인턴은 E-1~E-7 분야여야 합니다.`)));
    }
    return;
  }

  // full-time or contract with sponsorship: E-7-1
  const code = p.occupationCode ?? undefined;
  const found = code ? lookupE7Code(code) : undefined;
  const subType = found && found.kind !== 'not-listed' ? found.entry.subType : 'E-7-1';
  if (!code) {
    warnings.push(warning('KR-E7-01', 'warning', t('Set the E-7 occupation code (chosen by the actual duties) to check sponsorship.', '就労ビザ支援の確認のため、実際の業務に基づくE-7の職種コードを設定してください。', '비자 스폰서 확인을 위해 실제 업무에 따른 E-7 직종코드를 설정하세요.')));
  } else if (found?.kind === 'not-listed') {
    warnings.push(warning('KR-E7-01', 'error', t(`${code} is not an E-7 code: the hire cannot be sponsored on E-7. Domestic sales, HR, accounting and general office work have no E-7 code unless the duties fit e.g. 2742, 2715 or 2733.`, `${code} はE-7の職種コードではないため、E-7での雇用はできません。国内営業・人事・経理・一般事務には、業務が2742・2715・2733等に当たらない限りE-7のコードはありません。`, `${code}은(는) E-7 직종코드가 아니어서 E-7으로 고용할 수 없습니다. 국내 영업·인사·회계·일반 사무는 업무가 2742·2715·2733 등에 해당하지 않는 한 E-7 코드가 없습니다.`)));
  } else if (found?.kind === 'alternate') {
    warnings.push(warning('KR-E7-01', 'warning', t(`${code} is written ${found.entry.code} in other code lists; confirm the MOJ numbering.`, `${code} は他の一覧で ${found.entry.code} と表記されています。法務部の番号を確認してください。`, `${code}은(는) 다른 목록에서 ${found.entry.code}(으)로 표기됩니다. 법무부 번호를 확인하세요.`)));
  } else if (found?.kind === 'listed' && found.entry.subType === 'E-7-2') {
    warnings.push(warning('KR-E7-01', 'info', t(`${code} is an E-7-2 (semi-professional) code: the E-7-2 wage floor applies, not E-7-1.`, `${code} はE-7-2（準専門人材）の職種で、E-7-1ではなくE-7-2の賃金要件が適用されます。`, `${code}은(는) E-7-2(준전문인력) 직종으로 E-7-1이 아닌 E-7-2 임금 요건이 적용됩니다.`)));
  }
  requirements.push(requirement('e7-occupation-code', 'KR-E7-01', t('Occupation code is an E-7 designated code matching the actual duties', '実際の業務に合うE-7の指定職種コードであること', '실제 업무에 맞는 E-7 도입직종 코드일 것'), found === undefined ? null : found.kind === 'listed', code));

  const floor = e7WageFloor(subType, floorDate);
  if (floor.kind === 'amount') {
    let met: boolean | null = null;
    if (!p.salary) {
      warnings.push(warning(floor.ruleId, 'warning', t(`Add the salary to check the ${subType} wage floor of ${formatAmount(floor.amount)} KRW a year.`, `${subType}の賃金要件（年${formatAmount(floor.amount)}ウォン）を確認するため給与を入力してください。`, `${subType} 임금 요건(연 ${formatAmount(floor.amount)}원) 확인을 위해 급여를 입력하세요.`)));
    } else if (p.salary.currency !== 'KRW') {
      met = false;
      warnings.push(warning(floor.ruleId, 'error', t('A salary for a Korean E-7 hire must be stated in KRW.', '韓国のE-7の給与はウォン建てで記載してください。', '한국 E-7 급여는 원화로 기재하세요.')));
    } else {
      const min = annualAmount({ amount: p.salary.min, currency: 'KRW', period: p.salary.period });
      const max = annualAmount({ amount: p.salary.max, currency: 'KRW', period: p.salary.period });
      met = min >= floor.amount;
      if (max < floor.amount) {
        warnings.push(warning(floor.ruleId, 'error', t(`Salary band up to ${formatAmount(max)} KRW a year is below the ${subType} wage floor of ${formatAmount(floor.amount)} KRW on ${floorDate}.`, `給与の上限（年${formatAmount(max)}ウォン）が${floorDate}時点の${subType}の賃金要件（${formatAmount(floor.amount)}ウォン）を下回っています。`, `급여 상한(연 ${formatAmount(max)}원)이 ${floorDate} 기준 ${subType} 임금 요건(${formatAmount(floor.amount)}원)에 미달합니다.`)));
      } else if (min < floor.amount) {
        warnings.push(warning(floor.ruleId, 'warning', t(`The lower end ${formatAmount(min)} KRW is below the ${subType} wage floor of ${formatAmount(floor.amount)} KRW on ${floorDate}: a sponsored hire must be offered at least the floor.`, `給与の下限（${formatAmount(min)}ウォン）が${floorDate}時点の${subType}の賃金要件（${formatAmount(floor.amount)}ウォン）を下回っています。支援する採用では要件額以上を提示してください。`, `급여 하한(${formatAmount(min)}원)이 ${floorDate} 기준 ${subType} 임금 요건(${formatAmount(floor.amount)}원)에 미달합니다. 스폰서 채용은 요건 이상을 제시해야 합니다.`)));
      }
    }
    requirements.push(requirement('e7-wage-floor', floor.ruleId, t(`${subType} annual wage floor on ${floorDate}`, `${floorDate} 時点の${subType}の年間賃金要件`, `${floorDate} 기준 ${subType} 연간 임금 요건`), met, floor.amount));
  } else {
    warnings.push(warning(floor.ruleId, 'warning', floorMessage(floor, subType, floorDate)));
    requirements.push(requirement('e7-wage-floor', floor.ruleId, t(`${subType} annual wage floor on ${floorDate}`, `${floorDate} 時点の${subType}の年間賃金要件`, `${floorDate} 기준 ${subType} 연간 임금 요건`), null, floor.reason, floor.reason === 'unverified'));
  }

  const employer = p.employer ?? {};
  const k = employer.koreanInsuredStaff ?? undefined;
  const f = employer.foreignProfessionalStaff ?? undefined;
  let sizeMet: boolean | null = null;
  if (k === undefined) {
    warnings.push(warning('KR-E7-EMP-03', 'warning', t('Add the number of Korean insured employees: firms with fewer than 5 that mainly serve the domestic market are refused in principle.', '韓国人の雇用保険加入者数を入力してください。5人未満で内需中心の企業は原則不許可です。', '내국인 고용보험 피보험자 수를 입력하세요. 5인 미만 내수 위주 기업은 원칙적으로 불허됩니다.')));
  } else if (k >= 5 || employer.domesticFocused === false) {
    sizeMet = true;
  } else if (employer.domesticFocused === true) {
    sizeMet = false;
    warnings.push(warning('KR-E7-EMP-03', employer.exportOriented ? 'warning' : 'error', t(`${k} Korean insured employees and mainly domestic: E-7 is refused in principle (5 needed${employer.exportOriented ? '; exporters with a ministry recommendation may hire 1' : ''}).`, `韓国人の雇用保険加入者${k}人で内需中心のため、E-7は原則不許可です（5人必要${employer.exportOriented ? '。省庁推薦のある輸出企業は1人可' : ''}）。`, `내국인 피보험자 ${k}명이고 내수 위주이므로 E-7은 원칙적으로 불허됩니다(5명 필요${employer.exportOriented ? ', 부처 추천 수출기업은 1명 가능' : ''}).`)));
  } else {
    warnings.push(warning('KR-E7-EMP-03', 'warning', t(`Only ${k} Korean insured employees: say whether the company mainly serves the domestic market.`, `韓国人の雇用保険加入者は${k}人です。内需中心かどうかを入力してください。`, `내국인 피보험자가 ${k}명입니다. 내수 위주 여부를 입력하세요.`)));
  }
  requirements.push(requirement('min-korean-insured-staff', 'KR-E7-EMP-03', t('At least 5 Korean insured employees (insured for 3+ months, paid at least the minimum wage), unless not mainly domestic', '韓国人の雇用保険加入者5人以上（3か月以上加入・最低賃金以上）。内需中心でない場合を除く', '내국인 고용보험 피보험자 5명 이상(3개월 이상 가입·최저임금 이상), 내수 위주가 아닌 경우 제외'), sizeMet, 5));

  if (code) {
    const ratio = ratioTestApplies(code);
    if (ratio !== 'no') {
      const needed = f === undefined ? undefined : koreanStaffNeededForNextHire(f);
      const met = needed === undefined || k === undefined ? null : k >= needed;
      if (met === null) {
        warnings.push(warning('KR-E7-EMP-04', 'warning', t(`Code ${code} is subject to the 20 % foreign-staff ratio: add the Korean insured and foreign professional staff counts.`, `職種${code}は外国人雇用比率20%の対象です。韓国人の雇用保険加入者数と外国人専門人材数を入力してください。`, `직종 ${code}은(는) 외국인 고용 비율 20% 대상입니다. 내국인 피보험자 수와 외국인 전문인력 수를 입력하세요.`)));
      } else if (!met) {
        warnings.push(warning('KR-E7-EMP-04', ratio === 'confirmed' ? 'error' : 'warning', t(`With ${f} foreign professionals, one more hire needs ${needed} Korean insured staff; the employer has ${k}${ratio === 'reported' ? ' (this code is reported, not confirmed, as a ratio code)' : ''}.`, `外国人専門人材${f}人の場合、さらに1人雇用するには韓国人の雇用保険加入者が${needed}人必要ですが、${k}人です${ratio === 'reported' ? '（この職種が比率対象かは未確認）' : ''}。`, `외국인 전문인력 ${f}명일 때 1명을 더 고용하려면 내국인 피보험자 ${needed}명이 필요하나 ${k}명입니다${ratio === 'reported' ? '(이 직종의 비율 대상 여부는 미확인)' : ''}.`)));
      }
      requirements.push(requirement('foreign-staff-ratio', 'KR-E7-EMP-04', t('Foreign professionals (this hire included) at most 20 % of Korean insured staff: Korean insured staff needed', '外国人専門人材（今回の採用を含む）は韓国人の雇用保険加入者の20%以下：必要な韓国人加入者数', '외국인 전문인력(이번 채용 포함)은 내국인 피보험자의 20% 이하: 필요한 내국인 피보험자 수'), met, needed, ratio === 'reported'));
    }
  }
  requirements.push(requirement('statement-of-reasons', 'KR-E7-EMP-02', t('Statement of reasons for employing a foreigner (고용사유서)', '雇用事由書（고용사유서）', '고용사유서'), null));
  requirements.push(requirement('employer-standing', 'KR-E7-EMP-01', t('Valid business registration, no unpaid taxes, social insurance up to date, no immigration violations', '有効な事業者登録、税の滞納なし、社会保険料の納付、出入国管理法違反なし', '유효한 사업자등록, 세금 체납 없음, 사회보험료 납부, 출입국관리법 위반 없음'), null));
  out.employerDocuments = checklistFor('KR:E-7-1', { job: { occupationCode: code } }).filter((i) => i.provider === 'employer');
}

function assessJapan(p: PostingSponsorshipFacts, out: PostingAssessment): void {
  const { warnings, requirements } = out;
  if (p.employmentType === 'part-time') {
    warnings.push(warning('JP-RYU-PT-01', 'warning', t('Part-time roles cannot be sponsored: Student (留学) holders may work up to 28 h a week (8 h a day in school-defined long vacations) with permission.', 'アルバイトは就労ビザの支援対象になりません。「留学」の方は資格外活動許可により週28時間（学則で定める長期休業中は1日8時間）まで就労できます。', '아르바이트는 비자 스폰서 대상이 아닙니다. 유학 재류자격 소지자는 자격외활동허가로 주 28시간(학칙상 장기 방학 중 하루 8시간)까지 근무할 수 있습니다.')));
    return;
  }
  if (p.employmentType === 'internship') {
    warnings.push(warning('JP-TK9', 'info', t('Interns from foreign universities need Designated Activities No. 9 (paid, part of the curriculum, under a university–host contract; the host applies for a COE). Students in Japan intern on Student (留学) within the part-time limits.', '外国の大学の学生のインターンには特定活動9号が必要です（有給・教育課程の一部・大学との契約、受入機関が在留資格認定証明書を申請）。日本の留学生は資格外活動の範囲でインターンができます。', '외국 대학생 인턴은 특정활동 9호가 필요합니다(유급·교육과정의 일부·대학과의 계약, 수용기관이 COE 신청). 일본 유학생은 자격외활동 범위 내에서 인턴이 가능합니다.')));
    return;
  }
  const category = p.employer?.jpCategory ?? undefined;
  if (category === undefined) {
    warnings.push(warning('JP-GJK-CAT', 'warning', t("Set the employer category (カテゴリー1〜4): it decides the documents for 技術・人文知識・国際業務.", '所属機関のカテゴリー（1〜4）を設定してください。技術・人文知識・国際業務の提出書類が決まります。', '소속기관 카테고리(1~4)를 설정하세요. 기술·인문지식·국제업무 제출 서류가 정해집니다.')));
  } else if (category === 4) {
    warnings.push(warning('JP-GJK-DOC', 'info', t('Category 4 (typically new companies): a business plan and proof that no withholding-tax return exists are needed (details UNVERIFIED).', 'カテゴリー4（主に新設会社）：事業計画書と法定調書合計表がないことの証明が必要です（詳細は未確認）。', '카테고리 4(주로 신설 회사): 사업계획서와 법정조서합계표가 없음을 증명하는 서류가 필요합니다(세부 미확인).')));
  }
  if (p.salary && p.salary.currency !== 'JPY') {
    warnings.push(warning('JP-GJK-Q-03', 'error', t('A salary for a Japanese work status must be stated in JPY.', '日本の就労資格の給与は円建てで記載してください。', '일본 취업 재류자격 급여는 엔화로 기재하세요.')));
  }
  warnings.push(warning('JP-GJK-Q-03', 'info', t('Engineer/Specialist in Humanities/International Services has no fixed salary floor: pay must be at least what a Japanese national doing the same work gets.', '技術・人文知識・国際業務に固定の給与下限はありません。同じ業務の日本人と同等額以上の報酬が必要です。', '기술·인문지식·국제업무에 고정 급여 하한은 없습니다. 같은 업무의 일본인과 동등 이상의 보수가 필요합니다.')));
  requirements.push(requirement('jp-employer-category', 'JP-GJK-CAT', t('Employer category 1–4', '所属機関のカテゴリー（1〜4）', '소속기관 카테고리(1~4)'), category === undefined ? null : true, category));
  requirements.push(requirement('equal-pay', 'JP-GJK-Q-03', t('Pay at least equal to a Japanese national doing the same work; continuous contract', '同じ業務の日本人と同等額以上の報酬、継続的な契約', '같은 업무의 일본인과 동등 이상의 보수, 계속적 계약'), null));
  requirements.push(requirement('specialist-duties', 'JP-GJK-01', t('Duties need specialist knowledge (Engineer / Specialist in Humanities / International Services), not simple labour', '専門的知識を要する業務（技術・人文知識・国際業務）であり単純労働でないこと', '전문 지식이 필요한 업무(기술·인문지식·국제업무)이며 단순노무가 아닐 것'), null));
  out.employerDocuments = jpCategoryDocuments(category).filter((i) => i.provider === 'employer');
}

/**
 * Warnings shown on a posting when it is saved, and what sponsoring the hire will require. The E-7 wage
 * floor is the one in force on the posting's start date (or on `evalDate` without one).
 */
export function assessPostingSponsorship(posting: PostingSponsorshipFacts, evalDate: IsoDate): PostingAssessment {
  const floorDate = posting.startDate ?? evalDate;
  const out: PostingAssessment = { warnings: [], requirements: [], employerDocuments: [], floorDate, ruleSetVersion: RULE_SET_VERSION };
  if (!posting.sponsorship) {
    if (posting.employmentType === 'full-time' || posting.employmentType === 'contract') {
      out.warnings.push(
        warning(posting.country === 'KR' ? 'KR-E7-01' : 'JP-GJK-DOC', 'info', t('No visa sponsorship: only candidates who already hold a status that allows this work can be hired.', '就労ビザの支援なし：この仕事が可能な在留資格を既に持つ方のみ採用できます。', '비자 스폰서 없음: 이 업무가 가능한 체류자격을 이미 가진 사람만 채용할 수 있습니다.')),
      );
    }
    return out;
  }
  if (posting.country === 'KR') assessKorea(posting, floorDate, out);
  else assessJapan(posting, out);
  return out;
}
