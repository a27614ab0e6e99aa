import { isInFamily } from '../status-code';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, type RuleEvaluation, type VisaRule } from '../rule';
import { institutionLabel, t } from '../text';
import type { Target } from '../targets';
import { describeKorean, d2CountsAsPartTime, d2KoreanState, d2Programme, D2_REFORM_DATE } from './kr-d2-common';
import { semesterWeekdayCap, totalWeeklyCap, totalWeeklyHours } from './kr-d2-hours';

const D2_TARGETS: readonly Target[] = ['KR:D-2:part-time', 'KR:D-2:internship'];
const base = { sources: SOURCES.krD2, unverified: false } as const;

const krD2Status: VisaRule = {
  ...base,
  id: 'KR-D2-01',
  refId: 'KR-D2-01',
  section: '§A1',
  title: t('Holds D-2 Student status', '留学（D-2）の在留資格があること', '유학(D-2) 체류자격 보유'),
  targets: D2_TARGETS,
  evaluate: ({ person }) => {
    const status = person.currentStatus;
    if (status === undefined) {
      return missingFact(
        ['person.currentStatus'],
        t('Part-time work and internships here are rules of the D-2 status.', 'これは留学（D-2）の在留資格に関する規定です。', '유학(D-2) 체류자격에 관한 규정입니다.'),
      );
    }
    return isInFamily(status, 'KR:D-2')
      ? pass(t(`Current status ${status} is D-2 Student.`, `現在の在留資格 ${status} は留学（D-2）です。`, `현재 체류자격 ${status}은(는) 유학(D-2)입니다.`))
      : fail(
          t(
            `Current status ${status} is not D-2 Student; these rules apply only to D-2 holders.`,
            `現在の在留資格 ${status} は留学（D-2）ではありません。この規定は D-2 の方のみが対象です。`,
            `현재 체류자격 ${status}은(는) 유학(D-2)이 아닙니다. 이 규정은 D-2 소지자만 해당합니다.`,
          ),
        );
  },
};

const krD2Enrollment: VisaRule = {
  ...base,
  id: 'KR-D2-02',
  refId: 'KR-D2-02',
  section: '§A1',
  title: t(
    'Enrolled in a degree programme at a junior college or higher',
    '専門大学（短大相当）以上の学位課程に在学していること',
    '전문대학 이상 정규 학위과정 재학',
  ),
  targets: D2_TARGETS,
  evaluate: ({ person }) => {
    const type = person.enrollment?.institutionType;
    if (type === undefined) {
      return missingFact(['person.enrollment.institutionType'], t('D-2 is for degree programmes at a junior college or higher.', '留学（D-2）は専門大学以上の学位課程が対象です。', '유학(D-2)은 전문대학 이상 학위과정이 대상입니다.'));
    }
    if (person.enrollment?.country !== undefined && person.enrollment.country !== 'KR') {
      return fail(t('The enrolment is not at a Korean school.', '在学先が韓国の学校ではありません。', '재학 중인 학교가 한국 학교가 아닙니다.'));
    }
    const label = institutionLabel(type);
    return type === 'university' || type === 'graduate-school' || type === 'junior-college'
      ? pass(t(`Enrolled at a ${label.en}.`, `在学先：${label.ja}。`, `재학 기관: ${label.ko}.`))
      : fail(
          t(
            `A ${label.en} is not a degree programme of D-2 (language institutes are D-4 General Training).`,
            `${label.ja}は留学（D-2）の学位課程ではありません（語学堂は一般研修（D-4・韓国））。`,
            `${label.ko}은(는) 유학(D-2) 학위과정이 아닙니다(어학당은 일반연수(D-4)).`,
          ),
        );
  },
};

const krD2Gpa: VisaRule = {
  ...base,
  id: 'KR-D2-PT-01',
  refId: 'KR-D2-PT-01',
  section: '§A1.1',
  title: t('Previous-semester GPA at least C (2.0)', '前学期の成績がC（2.0）以上', '직전 학기 평점 C(2.0) 이상'),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    const gpa = ctx.person.enrollment?.gpa;
    if (gpa === undefined) {
      return missingFact(
        ['person.enrollment.gpa'],
        t(
          'The previous semester must be at least C (2.0); first-semester students without a transcript are exempt.',
          '前学期の成績がC（2.0）以上であることが必要です（成績のない1学期目の学生は免除）。',
          '직전 학기 평점이 C(2.0) 이상이어야 합니다(성적이 없는 첫 학기 학생은 면제).',
        ),
      );
    }
    return gpa >= 2.0
      ? pass(t(`GPA ${gpa} is at least 2.0.`, `成績 ${gpa} は2.0以上です。`, `평점 ${gpa}은(는) 2.0 이상입니다.`))
      : fail(t(`GPA ${gpa} is below 2.0 (C).`, `成績 ${gpa} は2.0（C）未満です。`, `평점 ${gpa}은(는) 2.0(C) 미만입니다.`));
  },
};

const krD2RegularSemester: VisaRule = {
  ...base,
  id: 'KR-D2-PT-02',
  refId: 'KR-D2-PT-02',
  section: '§A1.1',
  title: t('Undergraduates in regular semesters', '学部生は正規学期に在学中であること', '학부생은 정규 학기 재학'),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    const programme = d2Programme(ctx.person.enrollment?.level);
    if (programme === undefined) {
      return missingFact(['person.enrollment.level'], t('Undergraduates must be in regular semesters; graduate students need not.', '学部生は正規学期であることが必要です（大学院生は不要）。', '학부생은 정규 학기여야 합니다(대학원생은 해당 없음).'));
    }
    if (programme === 'graduate') {
      return pass(t('Graduate students may be regular, extended or completion (수료) students.', '大学院生は正規・延長・課程修了（学位未取得）のいずれでも可能です。', '대학원생은 정규·연장·수료 모두 가능합니다.'));
    }
    const regular = ctx.person.enrollment?.regularSemester;
    if (regular === undefined) {
      return missingFact(['person.enrollment.regularSemester'], t('Undergraduates must be in regular semesters (not extended or 수료).', '学部生は正規学期であることが必要です（延長・修了生は不可）。', '학부생은 정규 학기여야 합니다(연장·수료생 불가).'));
    }
    return regular
      ? pass(t('Undergraduate in a regular semester.', '学部生で正規学期に在学中です。', '정규 학기 재학 중인 학부생입니다.'))
      : fail(t('Undergraduates in extended or completion (수료) semesters cannot get part-time permission.', '延長学期・修了後の学部生は時間制就業許可を受けられません。', '연장 학기 또는 수료 상태의 학부생은 시간제취업 허가를 받을 수 없습니다.'));
  },
};

const krD2Korean: VisaRule = {
  ...base,
  id: 'KR-D2-PT-03',
  refId: 'KR-D2-PT-03',
  section: '§A1.1',
  title: t('Korean-language level (sets the weekly cap)', '韓国語能力（週の上限時間が決まる）', '한국어 능력(주당 허용 시간 결정)'),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    const state = d2KoreanState(ctx);
    const programme = d2Programme(ctx.person.enrollment?.level);
    const lowCap = programme === 'graduate' ? 15 : 10;
    const req = state.requirement ? describeKorean(state.requirement) : undefined;
    if (state.met === 'yes') {
      return pass(t(`Korean requirement met (${req?.en}).`, `韓国語の要件（${req?.ja}）を満たしています。`, `한국어 요건(${req?.ko})을 충족합니다.`));
    }
    const total = totalWeeklyHours(ctx.job);
    const decisive = total === undefined || total > lowCap;
    if (state.met === 'no') {
      return pass(
        t(
          `Korean requirement${req ? ` (${req.en})` : ''} not shown: permission is limited to ${lowCap} h a week in total.`,
          `韓国語の要件${req ? `（${req.ja}）` : ''}が示されていないため、許可は週合計${lowCap}時間までです。`,
          `한국어 요건${req ? `(${req.ko})` : ''}이 확인되지 않아 허가는 주 합계 ${lowCap}시간까지입니다.`,
        ),
      );
    }
    if (decisive && state.englishAlternative) {
      return judgement(
        'KR',
        t(
          'Korean requirement not shown, but an English test (TOEFL iBT 71 / IELTS 5.5) is held; it counts only for English-track students, which the request does not say.',
          '韓国語の要件は示されていませんが、英語試験（TOEFL iBT 71 / IELTS 5.5）があります。英語課程の学生のみ代替可能で、その点は不明です。',
          '한국어 요건은 확인되지 않았으나 영어 시험(TOEFL iBT 71 / IELTS 5.5)이 있습니다. 영어 트랙 학생만 대체 가능하며 이 점은 확인되지 않았습니다.',
        ),
      );
    }
    if (!decisive) {
      return pass(
        t(
          `Korean level not known, but ${total} h a week is within the ${lowCap} h cap that applies without it.`,
          `韓国語の水準は不明ですが、週${total}時間は要件なしでも認められる${lowCap}時間以内です。`,
          `한국어 수준은 알 수 없으나 주 ${total}시간은 요건 없이도 허용되는 ${lowCap}시간 이내입니다.`,
        ),
      );
    }
    return missingFact(
      state.missing,
      t(
        `Without the Korean requirement the cap is ${lowCap} h a week in total.`,
        `韓国語の要件を満たさない場合の上限は週合計${lowCap}時間です。`,
        `한국어 요건 미충족 시 상한은 주 합계 ${lowCap}시간입니다.`,
      ),
    );
  },
};

const krD2Direct: VisaRule = {
  ...base,
  id: 'KR-D2-PT-04',
  refId: 'KR-D2-PT-04',
  section: '§A1.1',
  title: t('Direct contract with the actual employer (no dispatch)', '実際の雇用主との直接契約（派遣不可）', '실제 고용주와 직접 계약(파견 불가)'),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    const direct = ctx.job.directEmployment;
    if (direct === undefined) {
      return missingFact(['job.directEmployment'], t('Dispatched work is not allowed.', '派遣就労は認められません。', '파견 근로는 허용되지 않습니다.'));
    }
    return direct
      ? pass(t('Direct employment contract.', '直接雇用の契約です。', '직접 고용 계약입니다.'))
      : fail(t('Dispatched or indirect work is not allowed for D-2 part-time work.', '派遣・間接雇用は留学（D-2）の時間制就業では認められません。', '파견·간접 고용은 유학(D-2) 시간제취업에서 허용되지 않습니다.'));
  },
};

const krD2PriorPermission: VisaRule = {
  ...base,
  id: 'KR-D2-PT-05',
  refId: 'KR-D2-PT-05',
  section: '§A1.1',
  title: t(
    'University confirmation, then permission before the start date',
    '大学の確認後、開始日前に許可を受けること',
    '대학 확인 후 근무 시작 전 허가',
  ),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    const start = ctx.job.startDate;
    if (start === undefined) {
      return missingFact(['job.startDate'], t('Permission must be granted before work starts.', '就労開始前に許可を受ける必要があります。', '근무 시작 전에 허가를 받아야 합니다.'));
    }
    if (start <= ctx.evalDate) {
      return judgement(
        'KR',
        t(
          `The start date ${start} is not after the evaluation date: work without prior permission is illegal employment (Immigration Act art. 18). Check whether permission was already granted.`,
          `開始日 ${start} が判定基準日より後ではありません。事前許可のない就労は不法就労です（出入国管理法第18条）。許可取得済みか確認してください。`,
          `시작일 ${start}이(가) 판정 기준일 이후가 아닙니다. 사전 허가 없는 취업은 불법 취업입니다(출입국관리법 제18조). 허가를 이미 받았는지 확인하세요.`,
        ),
      );
    }
    return pass(
      t(
        `Get the international office's confirmation, then apply on HiKorea before ${start}.`,
        `大学の国際交流担当部署の確認を受け、${start} より前にハイコリアで申請してください。`,
        `대학 국제처 확인을 받은 후 ${start} 이전에 하이코리아로 신청하세요.`,
      ),
    );
  },
};

function hoursRule(id: string, programme: 'undergraduate' | 'graduate', koreanMet: boolean, cap: number): VisaRule {
  const who = programme === 'undergraduate' ? t('bachelor/associate', '学士・専門学士課程', '학사·전문학사') : t('master/doctor', '修士・博士課程', '석사·박사');
  return {
    ...base,
    id,
    refId: id,
    section: '§A1.1',
    effectiveFrom: D2_REFORM_DATE,
    title: koreanMet
      ? t(`Weekly cap ${cap} h on weekdays (${who.en}, Korean met)`, `週${cap}時間（平日、${who.ja}、韓国語要件あり）`, `평일 주 ${cap}시간(${who.ko}, 한국어 요건 충족)`)
      : t(`Weekly cap ${cap} h in total (${who.en}, Korean not met)`, `週合計${cap}時間（${who.ja}、韓国語要件なし）`, `주 합계 ${cap}시간(${who.ko}, 한국어 요건 미충족)`),
    targets: D2_TARGETS,
    evaluate: (ctx): RuleEvaluation | null => {
      if (!d2CountsAsPartTime(ctx)) return null;
      const actual = d2Programme(ctx.person.enrollment?.level);
      const korean = d2KoreanState(ctx).met;
      if (actual === undefined || korean === 'unknown') {
        // which cap applies is open (KR-D2-PT-03 names the missing fact); the lowest cap of the
        // possible programmes still passes when the hours are within it
        const lowest = actual === 'graduate' ? 15 : 10;
        if (koreanMet || (actual ?? 'undergraduate') !== programme || cap !== lowest) return null;
        const total = totalWeeklyHours(ctx.job);
        return total !== undefined && total <= cap ? totalWeeklyCap(ctx, cap) : null;
      }
      if (actual !== programme || (korean === 'yes') !== koreanMet) return null;
      return koreanMet ? semesterWeekdayCap(ctx, cap) : totalWeeklyCap(ctx, cap);
    },
  };
}

const DISPUTED_DUTIES = ['manual-labour', 'language-teaching'] as const;
const PROFESSIONAL_DUTIES = ['translation', 'interpretation', 'engineering', 'research', 'management'] as const;

const krD2Fields: VisaRule = {
  ...base,
  id: 'KR-D2-PT-11',
  refId: 'KR-D2-PT-11',
  section: '§A1.1',
  title: t('Prohibited fields', '就労禁止分野', '취업 제한 분야'),
  targets: D2_TARGETS,
  evaluate: (ctx) => {
    if (!d2CountsAsPartTime(ctx)) return null;
    if (ctx.person.currentStatus === 'KR:D-2-5') {
      return fail(t('D-2-5 research students get no part-time permission.', 'D-2-5（研究）の方は時間制就業許可を受けられません。', 'D-2-5(연구) 소지자는 시간제취업 허가를 받을 수 없습니다.'));
    }
    const duties = ctx.job.duties;
    if (duties === undefined) {
      return missingFact(
        ['job.duties'],
        t(
          'Construction, manufacturing (without TOPIK 4), fishing, entertainment venues, private tutoring, language facilities for minors, delivery, door-to-door sales, dispatched work and professional-visa work are banned.',
          '建設業、製造業（TOPIK 4級未満）、漁業、遊興施設、個人教習、未成年向け外国語施設、配達、訪問販売、派遣、専門職ビザ（E-1〜E-7）の業務は禁止です。',
          '건설업, 제조업(TOPIK 4급 미만), 어업, 유흥업소, 개인 과외, 미성년자 대상 외국어 시설, 배달, 방문판매, 파견, 전문인력 비자(E-1~E-7) 업무는 금지됩니다.',
        ),
      );
    }
    const disputed = duties.filter((d) => (DISPUTED_DUTIES as readonly string[]).includes(d));
    const professional = ctx.target === 'KR:D-2:part-time' ? duties.filter((d) => (PROFESSIONAL_DUTIES as readonly string[]).includes(d)) : [];
    if (disputed.length > 0 || professional.length > 0) {
      const list = [...disputed, ...professional].join(', ');
      return judgement(
        'KR',
        t(
          `Duties (${list}) may fall in a banned field: construction or manufacturing, private tutoring or language facilities for minors, or professional-visa (E-1…E-7) work outside the internship carve-out.`,
          `業務（${list}）が禁止分野（建設・製造、個人教習・未成年向け外国語施設、インターンの例外以外の専門職ビザ業務）に当たる可能性があります。`,
          `업무(${list})가 금지 분야(건설·제조, 개인 과외·미성년자 외국어 시설, 인턴 예외 외 전문인력 비자 업무)에 해당할 수 있습니다.`,
        ),
      );
    }
    return pass(
      t(
        'The duties are not in a banned field; confirm that the workplace is not construction, an entertainment venue, delivery or door-to-door sales.',
        '業務は禁止分野に当たりません。勤務先が建設業・遊興施設・配達・訪問販売でないことを確認してください。',
        '업무는 금지 분야가 아닙니다. 근무처가 건설업·유흥업소·배달·방문판매가 아닌지 확인하세요.',
      ),
    );
  },
};

export const KR_D2_PART_TIME_RULES: readonly VisaRule[] = [
  krD2Status,
  krD2Enrollment,
  krD2Gpa,
  krD2RegularSemester,
  krD2Korean,
  krD2Direct,
  krD2PriorPermission,
  hoursRule('KR-D2-PT-06', 'undergraduate', true, 25),
  hoursRule('KR-D2-PT-07', 'undergraduate', false, 10),
  hoursRule('KR-D2-PT-08', 'graduate', true, 30),
  hoursRule('KR-D2-PT-09', 'graduate', false, 15),
  krD2Fields,
];

