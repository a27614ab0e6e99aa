import { findDegree } from '../facts/education';
import { experienceAtLeast, relatedExperience } from '../facts/experience';
import { monthsOn } from '../facts/prior-statuses';
import { annualIn } from '../facts/salary';
import { allTri, triOf, type Tri } from '../facts/tri';
import { isInFamily, statusFamily } from '../status-code';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, unverifiedPoint, type RuleContext, type RuleEvaluation, type VisaRule } from '../rule';
import { formatAmount, t } from '../text';
import { lookupE7Code, ratioTestApplies } from '../e7/e7-codes';
import { E7_WAGE_PERIODS, type E7WagePeriod } from '../e7/e7-wage-floors';
import { mergeAlternatives } from './alternatives';

const base = { sources: SOURCES.krE7, unverified: false, targets: ['KR:E-7-1'] } as const;

const occupationCode: VisaRule = {
  ...base,
  id: 'KR-E7-01',
  refId: 'KR-E7-01',
  section: '§A4.1',
  title: t('Occupation is an E-7-1 designated code', 'E-7-1の指定職種であること', 'E-7-1 도입직종 해당'),
  evaluate: ({ job }) => {
    const code = job.occupationCode;
    if (code === undefined) {
      return missingFact(['job.occupationCode'], t('E-7-1 needs one of the designated occupation codes, chosen by the actual duties.', 'E-7-1には実際の業務に基づく指定職種コードが必要です。', 'E-7-1은 실제 업무에 따른 도입직종 코드가 필요합니다.'));
    }
    const found = lookupE7Code(code);
    if (found.kind === 'listed') {
      return found.entry.subType === 'E-7-1'
        ? pass(t(`${code} (${found.entry.nameEn}) is an E-7-1 code; the code must match the actual duties (a mismatch is the most common refusal).`, `${code}（${found.entry.nameKo}）はE-7-1の職種です。実際の業務と一致する必要があります（不一致は最も多い不許可理由）。`, `${code}(${found.entry.nameKo})은(는) E-7-1 직종입니다. 실제 업무와 일치해야 합니다(불일치가 가장 흔한 불허 사유).`))
        : fail(t(`${code} (${found.entry.nameEn}) is an ${found.entry.subType} code, not E-7-1.`, `${code}（${found.entry.nameKo}）は${found.entry.subType}の職種で、E-7-1ではありません。`, `${code}(${found.entry.nameKo})은(는) ${found.entry.subType} 직종으로 E-7-1이 아닙니다.`));
    }
    if (found.kind === 'alternate') {
      return unverifiedPoint('KR', t(`${code} appears as ${found.entry.code} (${found.entry.nameEn}) in other code lists; which number the MOJ list uses is not confirmed.`, `${code} は他の一覧では ${found.entry.code}（${found.entry.nameKo}）と表記されており、法務部の番号は確認されていません。`, `${code}은(는) 다른 목록에서 ${found.entry.code}(${found.entry.nameKo})(으)로 표기되며 법무부 번호는 확인되지 않았습니다.`));
    }
    return fail(
      t(
        `${code} is not an E-7-1 designated code. Domestic sales, HR, accounting and general office work have no E-7 code unless the duties fit e.g. 2742, 2715 or 2733.`,
        `${code} はE-7-1の指定職種コードではありません。国内営業・人事・経理・一般事務には、業務が2742・2715・2733等に該当しない限りE-7のコードはありません。`,
        `${code}은(는) E-7-1 도입직종 코드가 아닙니다. 국내 영업·인사·회계·일반 사무는 업무가 2742·2715·2733 등에 해당하지 않는 한 E-7 코드가 없습니다.`,
      ),
    );
  },
};

interface Option {
  value: Tri;
  missing: string[];
  label: { en: string; ja: string; ko: string };
}

function relatedTri(ctx: RuleContext, missing: string[]): Tri {
  if (ctx.job.relatedToMajor === undefined) missing.push('job.relatedToMajor');
  return triOf(ctx.job.relatedToMajor);
}

const generalQualification: VisaRule = {
  ...base,
  id: 'KR-E7-Q-01',
  refId: 'KR-E7-Q-01',
  section: '§A4.3',
  alternativeGroup: 'kr-e7-qualification',
  title: t('General requirement: education and experience', '一般要件：学歴と経歴', '일반 요건: 학력과 경력'),
  evaluate: (ctx) => {
    const { person, evalDate } = ctx;
    const options: Option[] = [];
    {
      const missing: string[] = [];
      const degree = findDegree(person, evalDate, { levels: ['master', 'doctor'] });
      missing.push(...degree.missing);
      options.push({ value: allTri([degree.value, relatedTri(ctx, missing)]), missing, label: t("master's or higher in a related field", '関連分野の修士以上', '관련 분야 석사 이상') });
    }
    const afterDegree = relatedExperience(person, { afterDegree: true });
    {
      const missing: string[] = [];
      const degree = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'] });
      missing.push(...degree.missing);
      const exp = experienceAtLeast(afterDegree, 12);
      if (exp === 'unknown') missing.push(...afterDegree.missing);
      options.push({ value: allTri([degree.value, relatedTri(ctx, missing), exp]), missing, label: t("related bachelor's plus 1 year of related experience after the degree", '関連分野の学士＋学位取得後1年以上の関連経歴', '관련 분야 학사 + 학위 취득 후 1년 이상 관련 경력') });
    }
    const all = relatedExperience(person);
    {
      const exp = experienceAtLeast(all, 60);
      options.push({ value: exp, missing: exp === 'unknown' ? all.missing : [], label: t('5 years of related experience', '5年以上の関連経歴', '5년 이상 관련 경력') });
    }
    const passed = options.find((o) => o.value === 'yes');
    if (passed) return pass(t(`Meets the general requirement: ${passed.label.en}.`, `一般要件を満たします：${passed.label.ja}。`, `일반 요건을 충족합니다: ${passed.label.ko}.`));
    const bachelor = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'] });
    if (bachelor.value === 'yes' && ctx.job.relatedToMajor === false && all.sure >= 36) {
      return unverifiedPoint('KR', t('A 2019 relaxation reports 3 years of experience for applicants with an unrelated degree; how it combines with the 5-year rule is not confirmed.', '2019年の緩和で専攻が無関係な場合は3年の経歴とされますが、5年要件との関係は確認されていません。', '2019년 완화로 전공 무관 시 3년 경력이 보고되나 5년 요건과의 관계는 확인되지 않았습니다.'));
    }
    const open = options.filter((o) => o.value === 'unknown');
    if (open.length > 0) {
      return missingFact([...new Set(open.flatMap((o) => o.missing))], t("Needs a related master's, a related bachelor's plus 1 year of experience after it, or 5 years of related experience.", '関連分野の修士、関連分野の学士＋その後1年の経歴、または5年の関連経歴が必要です。', '관련 분야 석사, 관련 분야 학사 + 이후 1년 경력, 또는 5년 관련 경력이 필요합니다.'));
    }
    return fail(t("Neither a related master's, a related bachelor's with 1 year of experience after it, nor 5 years of related experience.", '関連分野の修士、関連分野の学士＋1年の経歴、5年の関連経歴のいずれにも該当しません。', '관련 분야 석사, 관련 분야 학사 + 1년 경력, 5년 관련 경력 중 어느 것에도 해당하지 않습니다.'));
  },
};

const specialQualification: VisaRule = {
  ...base,
  id: 'KR-E7-Q-02',
  refId: 'KR-E7-Q-02',
  section: '§A4.3',
  alternativeGroup: 'kr-e7-qualification',
  title: t('Special / preferential requirements', '特例・優遇要件', '특례·우대 요건'),
  evaluate: (ctx) => {
    const { person, evalDate, job } = ctx;
    const evaluations: RuleEvaluation[] = [];
    const krBachelor = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'], country: 'KR', allowExpected: true });
    if (krBachelor.value === 'yes') {
      evaluations.push(pass(t("Korean bachelor's-or-higher graduate (or expected graduate): eligible regardless of major, experience waived, if the need for the hire is shown (statement of reasons).", '韓国の学士以上の卒業者（見込み含む）：専攻を問わず経歴免除（雇用事由書で必要性を示すこと）。', '한국 학사 이상 졸업(예정)자: 전공 무관, 경력 면제(고용사유서로 필요성 입증 시).')));
    } else if (krBachelor.value === 'unknown') {
      evaluations.push(missingFact(krBachelor.missing, t("A Korean bachelor's (or expected) waives experience regardless of major.", '韓国の学士（見込み含む）なら専攻を問わず経歴が免除されます。', '한국 학사(예정 포함)이면 전공 무관 경력이 면제됩니다.')));
    }
    const krAssociate = findDegree(person, evalDate, { levels: ['associate'], country: 'KR', allowExpected: true });
    if (krAssociate.value === 'yes' && job.relatedToMajor !== false) {
      evaluations.push(unverifiedPoint('KR', t('Korean associate-degree graduates: experience is waived for major-related occupations per most sources, but one source still requires 1 year.', '韓国の専門学士：専攻関連職種は経歴免除とする出典が多い一方、1年必要とする出典もあります。', '한국 전문학사: 전공 관련 직종은 경력 면제라는 출처가 많으나 1년이 필요하다는 출처도 있습니다.')));
    }
    const top = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'], where: (e) => e.topUniversity === true });
    if (top.value === 'yes') {
      if (job.relatedToMajor === true) evaluations.push(pass(t("Bachelor's from a world top university in a related field: the 1-year experience requirement is waived.", '世界上位大学の関連分野の学士：1年の経歴要件が免除されます。', '세계 우수대학 관련 분야 학사: 1년 경력 요건이 면제됩니다.')));
      else if (job.relatedToMajor === undefined) evaluations.push(missingFact(['job.relatedToMajor'], t('A top-university degree waives the experience only for a related field.', '上位大学の学位による経歴免除は関連分野の場合のみです。', '우수대학 학위에 의한 경력 면제는 관련 분야일 때만 적용됩니다.')));
    }
    const d103 = monthsOn(person, (s) => isInFamily(s, 'KR:D-10-3'), evalDate);
    if (d103.months >= 12) {
      evaluations.push(pass(t('D-10-3 high-tech intern with at least 1 year of internship: education and experience waived.', 'D-10-3（先端技術インターン）で1年以上のインターン：学歴・経歴が免除されます。', 'D-10-3(첨단기술인턴) 1년 이상: 학력·경력이 면제됩니다.')));
    }
    if (evaluations.length === 0) {
      return fail(t('No special route applies (Korean degree, top university, D-10-3 internship); Fortune Global 500 experience is not a fact in the request.', '特例（韓国の学位・上位大学・D-10-3インターン）に該当しません（Fortune Global 500の経歴はリクエストにありません）。', '특례(한국 학위·우수대학·D-10-3 인턴)에 해당하지 않습니다(Fortune Global 500 경력은 요청에 없음).'));
    }
    return mergeAlternatives(evaluations);
  },
};

function wageRule(period: E7WagePeriod): VisaRule {
  const floor = period.floors['E-7-1'];
  return {
    ...base,
    id: period.ruleId,
    refId: period.ruleId,
    section: '§A4.4',
    effectiveFrom: period.from,
    effectiveTo: period.to,
    dateGroup: 'kr-e7-wage',
    unverified: floor === 'unverified',
    title:
      typeof floor === 'number'
        ? t(`E-7-1 wage floor ${formatAmount(floor)} KRW a year`, `E-7-1の賃金要件：年${formatAmount(floor)}ウォン以上`, `E-7-1 임금 요건: 연 ${formatAmount(floor)}원 이상`)
        : t('E-7-1 wage requirement', 'E-7-1の賃金要件', 'E-7-1 임금 요건'),
    evaluate: ({ job, evalDate }) => {
      const pay = job.salary;
      const period_ = `${period.from ?? '…'} → ${period.to ?? '…'}`;
      if (floor === 'unverified') {
        return unverifiedPoint('KR', t(`The E-7-1 wage floor for ${period_} is not confirmed (presumably the 2025 amount continues).`, `${period_} のE-7-1賃金要件は確認されていません（2025年の金額が継続と推定）。`, `${period_} E-7-1 임금 요건은 확인되지 않았습니다(2025년 금액 유지 추정).`));
      }
      if (floor === 'not-published') {
        return judgement('KR', t(`The reference has no E-7-1 wage floor for ${evalDate}; the rule set must be updated.`, `${evalDate} 時点のE-7-1賃金要件は参照資料にありません。ルールの更新が必要です。`, `${evalDate} 기준 E-7-1 임금 요건이 참고 자료에 없습니다. 규정 업데이트가 필요합니다.`));
      }
      if (pay === undefined) return missingFact(['job.salary'], t('The annual salary is compared with the E-7-1 wage floor.', '年収をE-7-1の賃金要件と比較します。', '연봉을 E-7-1 임금 요건과 비교합니다.'));
      const annual = annualIn(pay, 'KRW');
      if (annual === undefined) return missingFact(['job.salary.currency'], t('The E-7 wage floor is in KRW; the salary is in another currency.', 'E-7の賃金要件はウォン建てですが、給与が別の通貨です。', 'E-7 임금 요건은 원화 기준인데 급여가 다른 통화입니다.'));
      if (floor === 'gni-based') {
        return judgement('KR', t(`Before 2025-04-01 the floor was 80 % of the previous year's GNI per capita (70 % for SMEs and ventures), e.g. 35,240,800 KRW when GNI = 44,051,000; the GNI base for ${evalDate} and the employer's size are not in the request (salary: ${formatAmount(annual)} KRW).`, `2025-04-01より前は前年の一人当たりGNIの80%（中小・ベンチャーは70%）で、例：GNI 44,051,000ウォンなら35,240,800ウォン。${evalDate} のGNI基準と企業規模はリクエストにありません（年収${formatAmount(annual)}ウォン）。`, `2025-04-01 이전에는 전년도 1인당 GNI의 80%(중소·벤처 70%)였습니다. 예: GNI 44,051,000원이면 35,240,800원. ${evalDate} 기준 GNI와 기업 규모는 요청에 없습니다(연봉 ${formatAmount(annual)}원).`));
      }
      return annual >= floor
        ? pass(t(`Annual salary ${formatAmount(annual)} KRW meets the E-7-1 floor of ${formatAmount(floor)} KRW (${period.basis}).`, `年収${formatAmount(annual)}ウォンはE-7-1の賃金要件（${formatAmount(floor)}ウォン）を満たします。`, `연봉 ${formatAmount(annual)}원은 E-7-1 임금 요건(${formatAmount(floor)}원)을 충족합니다.`))
        : fail(t(`Annual salary ${formatAmount(annual)} KRW is below the E-7-1 floor of ${formatAmount(floor)} KRW (${period.basis}).`, `年収${formatAmount(annual)}ウォンはE-7-1の賃金要件（${formatAmount(floor)}ウォン）を下回っています。`, `연봉 ${formatAmount(annual)}원은 E-7-1 임금 요건(${formatAmount(floor)}원)에 미달합니다.`));
    },
  };
}

function d27Graduate(ctx: RuleContext): boolean {
  return [...(ctx.person.priorStatuses ?? []).map((p) => p.status), ctx.person.currentStatus].some((s) => s === 'KR:D-2-7');
}

const sizeTest: VisaRule = {
  ...base,
  id: 'KR-E7-EMP-03',
  refId: 'KR-E7-EMP-03',
  section: '§A4.5',
  title: t('Size test: not under 5 Korean insured staff while serving mainly the domestic market', '規模要件：韓国人の雇用保険加入者5人未満で内需中心でないこと', '규모 요건: 내국인 피보험자 5인 미만 내수 위주 기업 아님'),
  evaluate: (ctx) => {
    const employer = ctx.job.employer ?? {};
    const k = employer.koreanInsuredStaff;
    if (d27Graduate(ctx)) return pass(t('D-2-7 (work-study) graduates are exempt from the size and ratio tests (KR-E7-EMP-05).', 'D-2-7（就業・学習連携）修了者は規模・比率要件が免除されます（KR-E7-EMP-05）。', 'D-2-7(일·학습연계) 졸업자는 규모·비율 요건이 면제됩니다(KR-E7-EMP-05).'));
    if (k === undefined) return missingFact(['job.employer.koreanInsuredStaff'], t('Companies with fewer than 5 Korean insured employees that mainly serve the domestic market are refused in principle.', '韓国人の雇用保険加入者が5人未満で内需中心の企業は原則不許可です。', '내국인 고용보험 피보험자 5인 미만 내수 위주 기업은 원칙적으로 불허됩니다.'));
    if (k >= 5) return pass(t(`${k} Korean insured employees (at least 5).`, `韓国人の雇用保険加入者${k}人（5人以上）。`, `내국인 고용보험 피보험자 ${k}명(5명 이상).`));
    if (employer.domesticFocused === undefined) return missingFact(['job.employer.domesticFocused'], t(`Only ${k} Korean insured employees: the test depends on whether the company mainly serves the domestic market.`, `韓国人の雇用保険加入者は${k}人のみで、内需中心かどうかで判断が変わります。`, `내국인 피보험자가 ${k}명뿐이며 내수 위주 여부에 따라 판단이 달라집니다.`));
    if (!employer.domesticFocused) return pass(t(`${k} Korean insured employees, but the company does not mainly serve the domestic market.`, `韓国人の雇用保険加入者は${k}人ですが、内需中心ではありません。`, `내국인 피보험자는 ${k}명이나 내수 위주가 아닙니다.`));
    if (employer.exportOriented) {
      return judgement('KR', t('Exporters to special-language regions with a ministry recommendation may hire 1 person even with fewer than 5 Koreans (KR-E7-EMP-05); the recommendation is not a fact in the request.', '特殊言語圏への輸出企業は省庁の推薦があれば韓国人5人未満でも1人雇用可能です（KR-E7-EMP-05）。推薦の有無はリクエストにありません。', '특수언어권 수출기업은 부처 추천 시 내국인 5인 미만이어도 1명 고용 가능합니다(KR-E7-EMP-05). 추천 여부는 요청에 없습니다.'));
    }
    return fail(t(`${k} Korean insured employees and mainly domestic: refused in principle (fewer than 5).`, `韓国人の雇用保険加入者${k}人で内需中心のため、原則不許可です（5人未満）。`, `내국인 피보험자 ${k}명이고 내수 위주이므로 원칙적으로 불허됩니다(5인 미만).`));
  },
};

/** Korean insured staff needed for one more foreign professional under the 20 % rule. */
export function koreanStaffNeededForNextHire(foreignProfessionalStaff: number): number {
  return (foreignProfessionalStaff + 1) * 5;
}

const ratioTest: VisaRule = {
  ...base,
  id: 'KR-E7-EMP-04',
  refId: 'KR-E7-EMP-04',
  section: '§A4.5',
  title: t('Foreign-staff ratio: at most 20 % of Korean insured staff', '外国人雇用比率：韓国人の雇用保険加入者の20%以下', '외국인 고용 비율: 내국인 피보험자의 20% 이하'),
  evaluate: (ctx) => {
    const code = ctx.job.occupationCode;
    if (code === undefined) return null;
    const applies = ratioTestApplies(code);
    if (applies === 'no') return null;
    if (d27Graduate(ctx)) return pass(t('D-2-7 graduates are exempt from the ratio test (KR-E7-EMP-05).', 'D-2-7修了者は比率要件が免除されます（KR-E7-EMP-05）。', 'D-2-7 졸업자는 비율 요건이 면제됩니다(KR-E7-EMP-05).'));
    const employer = ctx.job.employer ?? {};
    const missing = [
      ...(employer.koreanInsuredStaff === undefined ? ['job.employer.koreanInsuredStaff'] : []),
      ...(employer.foreignProfessionalStaff === undefined ? ['job.employer.foreignProfessionalStaff'] : []),
    ];
    if (missing.length > 0) return missingFact(missing, t(`For code ${code}, E-7 staff (this hire included) may be at most 20 % of Korean insured staff.`, `コード${code}では、E-7の外国人（今回の採用を含む）は韓国人の雇用保険加入者の20%までです。`, `코드 ${code}은(는) E-7 외국인(이번 채용 포함)이 내국인 피보험자의 20% 이하여야 합니다.`));
    const k = employer.koreanInsuredStaff!;
    const f = employer.foreignProfessionalStaff!;
    const needed = koreanStaffNeededForNextHire(f);
    if (k >= needed) {
      return pass(t(`${f} + 1 foreign professionals against ${k} Korean insured staff is within 20 % (needs ${needed}).`, `外国人専門人材${f}＋1人に対し韓国人の雇用保険加入者${k}人で、20%以内です（必要${needed}人）。`, `외국인 전문인력 ${f}+1명 대비 내국인 피보험자 ${k}명으로 20% 이내입니다(필요 ${needed}명).`));
    }
    const over = t(`${f} + 1 foreign professionals need at least ${needed} Korean insured staff; the employer has ${k}.`, `外国人専門人材${f}＋1人には韓国人の雇用保険加入者が${needed}人以上必要ですが、${k}人です。`, `외국인 전문인력 ${f}+1명에는 내국인 피보험자 ${needed}명 이상이 필요하나 ${k}명입니다.`);
    if (applies === 'confirmed') return fail(over);
    return unverifiedPoint('KR', t(`${over.en} Sources point to ${code} as a ratio code, but the exact list is not confirmed.`, `${over.ja}${code}は比率対象とする出典がありますが、対象一覧は確認されていません。`, `${over.ko} ${code}이(가) 비율 대상이라는 출처가 있으나 대상 목록은 확인되지 않았습니다.`));
  },
};

const route: VisaRule = {
  ...base,
  id: 'KR-E7-DOC.route',
  refId: 'KR-E7-DOC',
  section: '§A4.6',
  title: t('Route: change of status in Korea or CCVI from abroad', '手続：韓国内での在留資格変更、または国外からの査証発給認定書', '절차: 국내 체류자격 변경 또는 해외에서 사증발급인정서'),
  evaluate: ({ person }) => {
    const status = person.currentStatus;
    const family = statusFamily(status);
    if (family === 'KR:D-2' || family === 'KR:D-10-1' || family === 'KR:D-10-2' || family === 'KR:D-10-3') {
      return pass(t(`Change of status from ${status} to E-7 in Korea.`, `韓国内で ${status} からE-7へ在留資格変更を申請します。`, `국내에서 ${status}에서 E-7로 체류자격 변경을 신청합니다.`));
    }
    if (family === 'KR:E-7-1') {
      return judgement('KR', t('Already on E-7-1: moving to a new employer is a workplace change (prior permission for designated codes, otherwise a report within 15 days; leaving early needs the old employer\'s consent) (KR-E7-EMP-06).', '既にE-7-1のため、転職は勤務先変更です（指定職種は事前許可、その他は15日以内の届出。契約途中の退職は前の雇用主の同意が必要）（KR-E7-EMP-06）。', '이미 E-7-1이므로 이직은 근무처 변경입니다(지정 직종은 사전 허가, 그 외 15일 이내 신고, 계약 중도 이직은 기존 고용주 동의 필요)(KR-E7-EMP-06).'));
    }
    const abroad = person.location !== undefined ? person.location !== 'KR' : status?.startsWith('JP:') === true;
    if (abroad) {
      return pass(t('From abroad: the employer applies for a CCVI (Certificate for Confirmation of Visa Issuance) on HiKorea, then the visa is issued at a Korean consulate.', '国外から：雇用主がハイコリアで査証発給認定書を申請し、韓国の在外公館で査証を受けます。', '해외에서: 고용주가 하이코리아로 사증발급인정서를 신청한 후 재외공관에서 사증을 받습니다.'));
    }
    if (status === undefined) {
      return missingFact(person.location === undefined ? ['person.currentStatus', 'person.location'] : ['person.currentStatus'], t('The route depends on the current status (change in Korea from D-2 / D-10) or on being abroad (CCVI).', '手続は現在の在留資格（D-2・D-10からの国内変更）または国外か（査証発給認定書）で異なります。', '절차는 현재 체류자격(D-2·D-10에서 국내 변경) 또는 해외 여부(사증발급인정서)에 따라 다릅니다.'));
    }
    return judgement('KR', t(`The reference documents a change to E-7 inside Korea only from D-2 or D-10; from ${status} check whether a change is possible, or plan a CCVI from abroad.`, `参照資料が国内でのE-7への変更を記載しているのはD-2・D-10からのみです。${status} からは変更の可否を確認するか、国外からの査証発給認定書を計画してください。`, `참고 자료는 국내 E-7 변경을 D-2·D-10에서만 기재합니다. ${status}에서는 변경 가능 여부를 확인하거나 해외에서 사증발급인정서를 계획하세요.`));
  },
};

export const KR_E7_RULES: readonly VisaRule[] = [
  route,
  occupationCode,
  generalQualification,
  specialQualification,
  ...E7_WAGE_PERIODS.map(wageRule),
  sizeTest,
  ratioTest,
];
