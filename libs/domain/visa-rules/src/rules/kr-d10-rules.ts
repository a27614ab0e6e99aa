import { addDays, type IsoDate } from '@hashidari/domain-core';
import { ageAt } from '../facts/age';
import { findDegree, koreanStudiesMajor } from '../facts/education';
import { meetsKorean } from '../facts/language';
import { monthsOn } from '../facts/prior-statuses';
import { allTri } from '../facts/tri';
import { isInFamily, isKrProfessionalStatus } from '../status-code';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, unverifiedPoint, type RuleContext, type RuleEvaluation, type VisaRule } from '../rule';
import { t } from '../text';
import { lookupE7Code } from '../e7/e7-codes';
import { labelled, mergeAlternatives } from './alternatives';

export const D10_REFORM_DATE = '2025-10-29';
const ALL_LEVELS = ['associate', 'bachelor', 'master', 'doctor'] as const;
const base = { sources: SOURCES.krD10, unverified: false } as const;

const isD10 = (s: string): boolean => s === 'KR:D-10' || isInFamily(s, 'KR:D-10-1');

// ---- KR-D10-ELIG-02: points-exempt tracks --------------------------------------------------------

function trackFirstChange(ctx: RuleContext): RuleEvaluation {
  const { person, evalDate } = ctx;
  const label = t('Track 1 (first change after a Korean degree on D-2)', '免除1（D-2で韓国の学位取得後の初回変更）', '면제 1(D-2로 한국 학위 취득 후 최초 변경)');
  const degree = findDegree(person, evalDate, { levels: ALL_LEVELS, country: 'KR' });
  const status = person.currentStatus;
  if (status !== undefined && isInFamily(status, 'KR:D-2')) {
    if (degree.value === 'yes') {
      return labelled(label, pass(t('D-2 holder with a Korean degree: no points needed for the first grant (points apply again at extension).', '韓国の学位を取得したD-2の方は、初回は点数不要です（延長時は点数制）。', '한국 학위를 취득한 D-2 소지자는 최초 허가 시 점수가 필요 없습니다(연장 시 점수제 적용).')));
    }
    if (degree.value === 'unknown') return labelled(label, missingFact(degree.missing, t('A Korean associate degree or higher must be obtained.', '韓国の専門学士以上の学位の取得が必要です。', '한국 전문학사 이상 학위 취득이 필요합니다.')));
    const expected = findDegree(person, evalDate, { levels: ALL_LEVELS, country: 'KR', allowExpected: true });
    return labelled(
      label,
      fail(
        expected.value === 'yes'
          ? t('The Korean degree is not yet obtained: apply after graduation.', '韓国の学位はまだ取得されていません。卒業後に申請してください。', '한국 학위를 아직 취득하지 않았습니다. 졸업 후 신청하세요.')
          : t('No Korean degree.', '韓国の学位がありません。', '한국 학위가 없습니다.'),
      ),
    );
  }
  if (degree.value === 'yes' && person.location !== undefined && person.location !== 'KR') {
    const recent = findDegree(person, evalDate, { levels: ALL_LEVELS, country: 'KR', obtainedWithinMonths: 12 });
    if (recent.value === 'yes') {
      return labelled(label, unverifiedPoint('KR', t('A 2026 agency summary says this track may be used from abroad within 1 year of graduation; only one source.', '2026年の代行業者の要約では卒業後1年以内なら国外からも申請可能とされますが、出典は1つのみです。', '2026년 행정사 요약에 따르면 졸업 후 1년 이내 해외에서도 신청 가능하나 출처가 하나뿐입니다.')));
    }
  }
  if (status === undefined && degree.value !== 'no') {
    return labelled(label, missingFact(['person.currentStatus'], t('This track is for D-2 holders.', 'D-2の方が対象です。', 'D-2 소지자가 대상입니다.')));
  }
  return labelled(label, fail(t('Not a D-2 holder with a Korean degree.', '韓国の学位を持つD-2の方ではありません。', '한국 학위를 가진 D-2 소지자가 아닙니다.')));
}

function trackKoreanGraduate(ctx: RuleContext): RuleEvaluation {
  const { person, evalDate } = ctx;
  const label = t('Track 2 (Korean graduate, degree <= 3 years, good Korean)', '免除2（3年以内の韓国の学位＋韓国語）', '면제 2(3년 이내 한국 학위 + 한국어)');
  const degree = findDegree(person, evalDate, { levels: ALL_LEVELS, country: 'KR', obtainedWithinMonths: 36 });
  const korean = meetsKorean(person, { topik: 4, topikMustBeValid: true, kiipStage: 5, kiipPreAssessment: 81 }, evalDate);
  const value = allTri([degree.value, korean.value]);
  if (value === 'yes') {
    return labelled(label, pass(t('Korean degree obtained within 3 years and TOPIK 4 (valid) / KIIP stage-4 mid-test / pre-assessment placement at stage 5.', '3年以内に韓国の学位を取得し、TOPIK 4級（有効）・KIIP 4段階中間評価合格・事前評価5段階配置のいずれかを満たします。', '3년 이내 한국 학위 취득 및 TOPIK 4급(유효)·KIIP 4단계 중간평가 합격·사전평가 5단계 배정 중 하나를 충족합니다.')));
  }
  if (value === 'unknown') {
    return labelled(label, missingFact([...degree.missing, ...korean.missing], t('Needs a Korean degree obtained within 3 years and a valid TOPIK 4 (or KIIP equivalent).', '3年以内の韓国の学位と有効なTOPIK 4級（またはKIIP相当）が必要です。', '3년 이내 한국 학위와 유효한 TOPIK 4급(또는 KIIP 상당)이 필요합니다.')));
  }
  return labelled(label, fail(t('No Korean degree within 3 years together with a valid TOPIK 4 or KIIP equivalent.', '3年以内の韓国の学位と有効なTOPIK 4級（またはKIIP相当）の両方はありません。', '3년 이내 한국 학위와 유효한 TOPIK 4급(또는 KIIP 상당)을 함께 갖추지 않았습니다.')));
}

function trackGlobalTalent(ctx: RuleContext): RuleEvaluation {
  const { person, evalDate } = ctx;
  const label = t('Track 3 (global promising talent)', '免除3（グローバル優秀人材）', '면제 3(글로벌 우수인재)');
  const age = ageAt(person, evalDate);
  const recentTop = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'], obtainedWithinMonths: 36, where: (e) => e.topUniversity ?? 'topUniversity' });
  const topik6 = meetsKorean(person, { topik: 6 }, evalDate);
  const plausible = (age === undefined || age <= 29) && (recentTop.value === 'yes' || (koreanStudiesMajor(person) && topik6.value === 'yes'));
  if (!plausible) return labelled(label, fail(t('Not aged 29 or under with a recent top-200 degree or a Korean-studies major with TOPIK 6.', '29歳以下で最近の上位200大学の学位、または韓国学専攻＋TOPIK 6級に該当しません。', '29세 이하 최근 상위 200위 대학 학위 또는 한국학 전공 + TOPIK 6급에 해당하지 않습니다.')));
  return labelled(label, unverifiedPoint('KR', t('The conditions come from a truncated 2026 agency summary (age <= 29, degree <= 3 years, THE/QS top-200 bachelor, or Korean studies with TOPIK 6).', '条件は途中で切れた2026年の代行業者の要約によるものです（29歳以下、3年以内の学位、THE/QS上位200校の学士、または韓国学専攻＋TOPIK 6級）。', '요건은 일부가 잘린 2026년 행정사 요약에 근거합니다(29세 이하, 3년 이내 학위, THE/QS 상위 200위 학사 또는 한국학 전공 + TOPIK 6급).')));
}

function trackFormerProfessional(ctx: RuleContext): RuleEvaluation {
  const label = t('Track 4 (former E-1…E-7 holder)', '免除4（元E-1〜E-7の方）', '면제 4(전 E-1~E-7 소지자)');
  const prior = ctx.person.priorStatuses;
  if (prior === undefined) return labelled(label, missingFact(['person.priorStatuses'], t('Former E-1…E-7 holders are exempt from points.', '元E-1〜E-7の方は点数が不要です。', '전 E-1~E-7 소지자는 점수가 필요 없습니다.')));
  return prior.some((p) => isKrProfessionalStatus(p.status))
    ? labelled(label, pass(t('Former professional-status holder: may job-search on D-10-1, but no internships and no part-time work.', '元専門職の在留資格のため、D-10-1で求職のみ可能です（インターン・アルバイト不可）。', '전 전문인력 체류자격 소지자로 D-10-1 구직활동만 가능합니다(인턴·시간제 불가).')))
    : labelled(label, fail(t('No former E-1…E-7 status.', '過去にE-1〜E-7の在留資格はありません。', '과거 E-1~E-7 체류자격이 없습니다.')));
}

const exemptTracks: VisaRule = {
  ...base,
  id: 'KR-D10-ELIG-02',
  refId: 'KR-D10-ELIG-02',
  section: '§A3.2(b)',
  alternativeGroup: 'kr-d10-track',
  title: t('Points-exempt tracks', '点数制の免除対象', '점수제 면제 대상'),
  targets: ['KR:D-10-1'],
  evaluate: (ctx) => mergeAlternatives([trackFirstChange(ctx), trackKoreanGraduate(ctx), trackGlobalTalent(ctx), trackFormerProfessional(ctx)]),
};

const pointsTrack: VisaRule = {
  ...base,
  unverified: true,
  id: 'KR-D10-ELIG-01',
  refId: 'KR-D10-ELIG-01',
  section: '§A3.2(a)',
  alternativeGroup: 'kr-d10-track',
  title: t('Points track: 60 of 190 points, 20 from basic items', '点数制：190点中60点以上（基本項目20点以上）', '점수제: 190점 중 60점 이상(기본항목 20점 이상)'),
  targets: ['KR:D-10-1'],
  evaluate: ({ person, evalDate }) => {
    const degree = findDegree(person, evalDate, {
      levels: ALL_LEVELS,
      where: (e) => (e.level === 'associate' ? (e.country === undefined ? 'country' : e.country === 'KR') : true),
    });
    if (degree.value === 'no') {
      return fail(t("The points track needs a bachelor's degree or higher (or a Korean associate degree).", '点数制には学士以上（または韓国の専門学士）の学位が必要です。', '점수제는 학사 이상(또는 한국 전문학사) 학위가 필요합니다.'));
    }
    if (degree.value === 'unknown') {
      return missingFact(degree.missing, t("The points track needs a bachelor's degree or higher (or a Korean associate degree).", '点数制には学士以上（または韓国の専門学士）の学位が必要です。', '점수제는 학사 이상(또는 한국 전문학사) 학위가 필요합니다.'));
    }
    return unverifiedPoint(
      'KR',
      t(
        'The degree condition is met, but the point table (age, education, experience, study in Korea, Korean ability, bonuses) comes from a single source and is not confirmed, so the score is not computed.',
        '学位の条件は満たしますが、点数表（年齢・学歴・経歴・韓国での修学・韓国語・加点）は単一の出典で未確認のため、点数は計算しません。',
        '학위 요건은 충족하나 점수표(나이·학력·경력·국내 유학·한국어·가점)는 단일 출처로 확인되지 않아 점수를 계산하지 않습니다.',
      ),
    );
  },
};

const restrictions: VisaRule = {
  ...base,
  id: 'KR-D10-ELIG-03',
  refId: 'KR-D10-ELIG-03',
  section: '§A3.2(c)',
  title: t('No blocking immigration-law violations', '出入国管理法違反による制限がないこと', '출입국관리법 위반에 따른 제한 없음'),
  targets: ['KR:D-10-1'],
  evaluate: ({ person }) => {
    const v = person.immigrationViolations;
    if (v === undefined) {
      return missingFact(
        ['person.immigrationViolations'],
        t(
          'A departure order in the last year or fines over 2,000,000 KRW block the change.',
          '過去1年以内の出国命令、または合計200万ウォンを超える罰金等があると変更できません。',
          '최근 1년 내 출국명령 또는 200만 원 초과 범칙금 등이 있으면 변경할 수 없습니다.',
        ),
      );
    }
    if (!v) return pass(t('No immigration-law violations.', '出入国管理法の違反はありません。', '출입국관리법 위반이 없습니다.'));
    return judgement(
      'KR',
      t(
        'Violations reported: a departure order in the last year or fines over 2,000,000 KRW block the change, and employment-related violations in the last 5 years exclude the points track.',
        '違反歴があります。過去1年以内の出国命令や合計200万ウォン超の罰金等は変更不可、過去5年以内の就労関連違反は点数制の対象外となります。',
        '위반 이력이 있습니다. 최근 1년 내 출국명령이나 200만 원 초과 범칙금 등은 변경 불가, 최근 5년 내 취업 관련 위반은 점수제 제외 사유입니다.',
      ),
    );
  },
};

// ---- KR-D10-DUR: duration regimes (date group) ---------------------------------------------------

function internshipLength(ctx: RuleContext, maxMonths: number): RuleEvaluation {
  const months = ctx.job.durationMonths;
  if (months === undefined || months === null) {
    return missingFact(['job.durationMonths'], t(`An internship at one company may last up to ${maxMonths} months.`, `1社でのインターンは最長${maxMonths}か月です。`, `한 회사 인턴은 최대 ${maxMonths}개월입니다.`));
  }
  return months <= maxMonths
    ? pass(t(`${months} months at one company is within ${maxMonths} months.`, `1社で${months}か月は上限${maxMonths}か月以内です。`, `한 회사 ${months}개월은 상한 ${maxMonths}개월 이내입니다.`))
    : fail(t(`${months} months at one company exceeds ${maxMonths} months.`, `1社で${months}か月は上限${maxMonths}か月を超えます。`, `한 회사 ${months}개월은 상한 ${maxMonths}개월을 초과합니다.`));
}

function timeUsed(ctx: RuleContext): { months: number } | RuleEvaluation {
  const used = monthsOn(ctx.person, isD10, ctx.evalDate);
  if (used.undatedCurrent || used.missing.length > 0) {
    return missingFact(
      used.missing.length > 0 ? used.missing : ['person.priorStatuses'],
      t('The time already spent on D-10 counts toward the overall cap.', 'これまでのD-10の在留期間が上限に算入されます。', '지금까지의 D-10 체류기간이 총 상한에 산입됩니다.'),
    );
  }
  return { months: used.months };
}

const durationBefore: VisaRule = {
  ...base,
  id: 'KR-D10-DUR-01',
  refId: 'KR-D10-DUR-01',
  section: '§A3.3',
  effectiveTo: '2025-10-28',
  dateGroup: 'kr-d10-duration',
  title: t('D-10 durations before 2025-10-29', '2025-10-29より前のD-10の期間', '2025-10-29 이전 D-10 기간'),
  targets: ['KR:D-10-1', 'KR:D-10-1:internship'],
  evaluate: (ctx) => {
    if (ctx.target === 'KR:D-10-1:internship') {
      const length = internshipLength(ctx, 6);
      if (length.outcome !== 'pass') return length;
      return judgement('KR', t('Before 2025-10-29 internships on D-10 were capped at 1 year in total; the request does not list earlier D-10 internships.', '2025-10-29より前はD-10でのインターンは通算1年までで、過去のインターン歴はリクエストにありません。', '2025-10-29 이전에는 D-10 인턴이 총 1년까지였으며 이전 인턴 이력은 요청에 없습니다.'));
    }
    const used = timeUsed(ctx);
    if ('outcome' in used) return used;
    if (used.months >= 24) {
      return fail(t(`About ${Math.floor(used.months)} months on D-10 already: the overall cap was 2 years.`, `既にD-10で約${Math.floor(used.months)}か月在留しており、上限は2年でした。`, `이미 D-10으로 약 ${Math.floor(used.months)}개월 체류하여 총 상한 2년에 도달했습니다.`));
    }
    if (used.months === 0) {
      return pass(t('Grants of 6 months, extendable in 6-month steps (regime before 2025-10-29).', '6か月ごとの許可で、6か月単位で延長できます（2025-10-29より前の制度）。', '6개월 단위 허가, 6개월씩 연장 가능(2025-10-29 이전 제도).'));
    }
    const krGraduate = findDegree(ctx.person, ctx.evalDate, { levels: ALL_LEVELS, country: 'KR', obtainedWithinMonths: 36 });
    if (krGraduate.value === 'yes') {
      return pass(t('Korean graduate within 3 years: overall cap 2 years.', '3年以内の韓国の大学卒業者のため、通算上限は2年です。', '3년 이내 한국 대학 졸업자로 총 상한은 2년입니다.'));
    }
    return judgement('KR', t('Before 2025-10-29 applicants other than recent Korean graduates, top talent or 80+ points had lower caps (6 months or 1 year).', '2025-10-29より前は、最近の韓国の大学卒業者・優秀人材・80点以上以外の方は上限が短く（6か月または1年）なっていました。', '2025-10-29 이전에는 최근 한국 대학 졸업자·우수인재·80점 이상 외에는 상한이 더 짧았습니다(6개월 또는 1년).'));
  },
};

const durationFrom: VisaRule = {
  ...base,
  id: 'KR-D10-DUR-02',
  refId: 'KR-D10-DUR-02',
  section: '§A3.3',
  effectiveFrom: D10_REFORM_DATE,
  dateGroup: 'kr-d10-duration',
  title: t('D-10 durations from 2025-10-29', '2025-10-29以降のD-10の期間', '2025-10-29 이후 D-10 기간'),
  targets: ['KR:D-10-1', 'KR:D-10-1:internship'],
  evaluate: (ctx) => {
    if (ctx.target === 'KR:D-10-1:internship') return internshipLength(ctx, 12);
    const used = timeUsed(ctx);
    if ('outcome' in used) return used;
    if (used.months >= 36) {
      return fail(t(`About ${Math.floor(used.months)} months on D-10 already: the overall cap is 3 years.`, `既にD-10で約${Math.floor(used.months)}か月在留しており、通算上限は3年です。`, `이미 D-10으로 약 ${Math.floor(used.months)}개월 체류하여 총 상한 3년에 도달했습니다.`));
    }
    return pass(
      t(
        `Grants of up to 1 year, extensions in 1-year steps, overall cap 3 years (about ${Math.floor(used.months)} months used).`,
        `最長1年の許可、1年単位の延長、通算上限3年です（使用済み約${Math.floor(used.months)}か月）。`,
        `최대 1년 허가, 1년 단위 연장, 총 상한 3년입니다(사용 약 ${Math.floor(used.months)}개월).`,
      ),
    );
  },
};

// ---- KR-D10-INT and KR-D10-01: internship on D-10-1 ----------------------------------------------

export const D10_INTERNSHIP_REPORT_DAYS = 14;

export function d10ReportDeadline(startDate: IsoDate): IsoDate {
  return addDays(startDate, D10_INTERNSHIP_REPORT_DAYS);
}

const internshipHolder: VisaRule = {
  ...base,
  id: 'KR-D10-INT',
  refId: 'KR-D10-INT',
  section: '§A3.4',
  title: t('Internship allowed on D-10-1 (not D-10-2, not former professionals)', 'D-10-1でのインターン（D-10-2・元専門職は不可）', 'D-10-1 인턴 허용(D-10-2·전 전문인력 불가)'),
  targets: ['KR:D-10-1:internship'],
  evaluate: ({ person, job }) => {
    const status = person.currentStatus;
    if (status === undefined) return missingFact(['person.currentStatus'], t('Internships are allowed on D-10-1.', 'インターンはD-10-1で認められます。', '인턴은 D-10-1에서 허용됩니다.'));
    if (isInFamily(status, 'KR:D-10-2')) {
      return fail(t('D-10-2 (start-up preparation) allows no internships and no part-time work (KR-D10-02).', 'D-10-2（技術創業準備）ではインターン・アルバイトはできません（KR-D10-02）。', 'D-10-2(기술창업준비)는 인턴·시간제 취업이 불가합니다(KR-D10-02).'));
    }
    if (status === 'KR:D-10') return missingFact(['person.currentStatus'], t('The D-10 sub-type (D-10-1, -2, -3) decides whether internships are allowed.', 'D-10の細分類（D-10-1・-2・-3）によってインターンの可否が異なります。', 'D-10 세부 유형(D-10-1·2·3)에 따라 인턴 가능 여부가 다릅니다.'));
    if (!isInFamily(status, 'KR:D-10-1')) {
      return fail(t(`Current status ${status} is not D-10-1; apply for D-10-1 first.`, `現在の在留資格 ${status} はD-10-1ではありません。先にD-10-1を申請してください。`, `현재 체류자격 ${status}은(는) D-10-1이 아닙니다. 먼저 D-10-1을 신청하세요.`));
    }
    if (person.priorStatuses === undefined) {
      return missingFact(['person.priorStatuses'], t('Former E-1…E-7 holders who moved to D-10-1 may not intern.', '元E-1〜E-7からD-10-1に変更した方はインターンができません。', '전 E-1~E-7에서 D-10-1로 변경한 사람은 인턴을 할 수 없습니다.'));
    }
    if (person.priorStatuses.some((p) => isKrProfessionalStatus(p.status))) {
      return fail(t('Former E-1…E-7 holders on D-10-1 may only job-search: no internships.', '元E-1〜E-7の方はD-10-1で求職のみ可能で、インターンはできません。', '전 E-1~E-7 소지자는 D-10-1에서 구직활동만 가능하며 인턴은 불가합니다.'));
    }
    const by = job.startDate ? d10ReportDeadline(job.startDate) : undefined;
    return pass(
      t(
        `Internship allowed; report it to immigration within 14 days of starting${by ? ` (by ${by})` : ''} and again on changing host.`,
        `インターンは可能です。開始から14日以内${by ? `（${by}まで）` : ''}に出入国・外国人庁へ届け出てください（受入先変更時も同様）。`,
        `인턴이 가능합니다. 시작 후 14일 이내${by ? `(${by}까지)` : ''}에 출입국·외국인청에 신고하세요(기관 변경 시에도 동일).`,
      ),
    );
  },
};

const internshipField: VisaRule = {
  ...base,
  id: 'KR-D10-01',
  refId: 'KR-D10-01',
  section: '§A3.1',
  title: t('Internship in an E-1…E-7 field', 'E-1〜E-7分野でのインターン', 'E-1~E-7 분야 인턴'),
  targets: ['KR:D-10-1:internship'],
  evaluate: ({ job }) => {
    const code = job.occupationCode;
    if (code === undefined) return missingFact(['job.occupationCode'], t('The internship must be in an E-1…E-7 field.', 'インターンはE-1〜E-7の分野である必要があります。', '인턴은 E-1~E-7 분야여야 합니다.'));
    const found = lookupE7Code(code);
    if (found.kind === 'listed') {
      return pass(t(`${code} (${found.entry.nameEn}) is an ${found.entry.subType} field.`, `${code}（${found.entry.nameKo}）は${found.entry.subType}の職種です。`, `${code}(${found.entry.nameKo})은(는) ${found.entry.subType} 직종입니다.`));
    }
    if (found.kind === 'alternate') {
      return unverifiedPoint('KR', t(`${code} is written ${found.entry.code} in other code lists; which numbering the MOJ uses is not confirmed.`, `${code} は他の一覧では ${found.entry.code} と表記され、法務部の番号は確認されていません。`, `${code}은(는) 다른 목록에서 ${found.entry.code}(으)로 표기되며 법무부 번호는 확인되지 않았습니다.`));
    }
    return judgement('KR', t(`${code} is not an E-7 code; the internship may still be in an E-1…E-6 field (professor, teaching, research, technology guidance, professions, arts).`, `${code} はE-7の職種コードではありません。E-1〜E-6の分野（教授・会話指導・研究・技術指導・専門職業・芸術興行）に当たる可能性はあります。`, `${code}은(는) E-7 직종코드가 아닙니다. E-1~E-6 분야(교수·회화지도·연구·기술지도·전문직업·예술흥행)에 해당할 수는 있습니다.`));
  },
};

export const KR_D10_RULES: readonly VisaRule[] = [
  internshipHolder,
  internshipField,
  exemptTracks,
  pointsTrack,
  restrictions,
  durationBefore,
  durationFrom,
];
