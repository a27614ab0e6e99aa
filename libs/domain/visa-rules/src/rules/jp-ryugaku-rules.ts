import type { TrilingualText } from '@hashidari/domain-core';
import { SOURCES } from '../sources';
import { fail, missingFact, pass, type RuleContext, type RuleEvaluation, type VisaRule } from '../rule';
import { t } from '../text';

const base = { sources: SOURCES.jpRyugaku, unverified: false, section: '§J1', targets: ['JP:ryugaku:part-time'] } as const;

export const JP_WEEKLY_CAP = 28;

/** A paid internship over 28 h outside vacations is judged by JP-RYU-INT (individual permission). */
function individualInternshipCase(ctx: RuleContext): boolean {
  return (
    ctx.job.employmentType === 'internship' &&
    ctx.person.enrollment?.inVacation !== true &&
    ctx.job.weeklyHours !== undefined &&
    ctx.job.weeklyHours > JP_WEEKLY_CAP
  );
}

function unpaidCurricular(ctx: RuleContext): boolean {
  return ctx.job.employmentType === 'internship' && ctx.job.curricular === true && ctx.job.paid === false;
}

const status: VisaRule = {
  ...base,
  id: 'JP-RYU-01',
  refId: 'JP-RYU-01',
  title: t('Holds Student (留学) status', '在留資格「留学」であること', '재류자격 유학 보유'),
  evaluate: ({ person }) => {
    const s = person.currentStatus;
    if (s === undefined) return missingFact(['person.currentStatus'], t('Permission for activity outside status is for Student (留学) holders here.', 'ここでの資格外活動許可は「留学」の方が対象です。', '여기서의 자격외활동허가는 유학 재류자격 소지자가 대상입니다.'));
    return s === 'JP:ryugaku'
      ? pass(t('Student (留学) status.', '在留資格「留学」です。', '재류자격 유학입니다.'))
      : fail(t(`Current status ${s} is not Student (留学).`, `現在の在留資格 ${s} は「留学」ではありません。`, `현재 재류자격 ${s}은(는) 유학이 아닙니다.`));
  },
};

const enrolled: VisaRule = {
  ...base,
  id: 'JP-RYU-PT-04',
  refId: 'JP-RYU-PT-04',
  section: '§J1.1',
  title: t('Valid only while enrolled', '在籍中のみ有効', '재학 중에만 유효'),
  evaluate: ({ person }) =>
    person.enrollment === undefined
      ? missingFact(['person.enrollment'], t('The 28-hour permission is valid only while enrolled; after graduation the status must change.', '週28時間の許可は在籍中のみ有効で、卒業後は在留資格の変更が必要です。', '주 28시간 허가는 재학 중에만 유효하며 졸업 후에는 재류자격 변경이 필요합니다.'))
      : pass(t('Enrolled: the permission ends at graduation (change status then).', '在籍中です。許可は卒業で終了します（その時点で在留資格の変更が必要）。', '재학 중입니다. 허가는 졸업과 함께 종료됩니다(그때 재류자격 변경 필요).')),
};

const weekly: VisaRule = {
  ...base,
  id: 'JP-RYU-PT-01',
  refId: 'JP-RYU-PT-01',
  section: '§J1.1',
  title: t('At most 28 h in any 7 days, all employers together', '1週28時間以内（どの曜日から数えても、全勤務先合計）', '어느 7일 기준으로도 주 28시간 이내(모든 근무처 합산)'),
  evaluate: (ctx): RuleEvaluation | null => {
    if (ctx.person.enrollment?.inVacation === true || individualInternshipCase(ctx) || unpaidCurricular(ctx)) return null;
    const h = ctx.job.weeklyHours;
    if (h === undefined) return missingFact(['job.weeklyHours'], t('At most 28 h in any 7-day window, summed across all employers.', 'どの7日間でも全勤務先合計28時間以内です。', '어느 7일 동안이든 모든 근무처 합산 28시간 이내입니다.'));
    if (h <= JP_WEEKLY_CAP) return pass(t(`${h} h a week: within 28 h (count any 7-day window, all employers together).`, `週${h}時間：28時間以内です（どの7日間でも、全勤務先合計で数えます）。`, `주 ${h}시간: 28시간 이내입니다(어느 7일이든 모든 근무처 합산).`));
    if (ctx.person.enrollment?.inVacation === undefined) {
      return missingFact(['person.enrollment.inVacation'], t(`${h} h a week exceeds 28 h; only the school's long vacations allow 8 h a day.`, `週${h}時間は28時間を超えます。学則で定める長期休業期間のみ1日8時間まで認められます。`, `주 ${h}시간은 28시간을 초과합니다. 학칙상 장기 방학에만 하루 8시간까지 허용됩니다.`));
    }
    return fail(t(`${h} h a week exceeds 28 h in a 7-day window.`, `週${h}時間は1週28時間を超えます。`, `주 ${h}시간은 주 28시간을 초과합니다.`));
  },
};

const vacation: VisaRule = {
  ...base,
  id: 'JP-RYU-PT-02',
  refId: 'JP-RYU-PT-02',
  section: '§J1.1',
  title: t("School-defined long vacations: at most 8 h a day", '学則で定める長期休業中は1日8時間以内', '학칙상 장기 방학 중 하루 8시간 이내'),
  evaluate: ({ person, job }) => {
    if (person.enrollment?.inVacation !== true) return null;
    if (job.dailyHours === undefined) return missingFact(['job.dailyHours'], t("In the school's long vacations the cap is 8 h a day.", '長期休業中の上限は1日8時間です。', '장기 방학 중 상한은 하루 8시간입니다.'));
    if (job.dailyHours > 8) return fail(t(`${job.dailyHours} h a day exceeds 8 h in the long vacation.`, `1日${job.dailyHours}時間は長期休業中の8時間を超えます。`, `하루 ${job.dailyHours}시간은 장기 방학 중 8시간을 초과합니다.`));
    if (job.weeklyHours !== undefined && job.weeklyHours > 40) {
      return fail(t(`${job.weeklyHours} h a week exceeds 40 h in 7 days (Labour Standards Act bound).`, `週${job.weeklyHours}時間は7日間40時間（労働基準法）を超えます。`, `주 ${job.weeklyHours}시간은 7일 40시간(노동기준법)을 초과합니다.`));
    }
    return pass(t(`${job.dailyHours} h a day in the school-defined long vacation: within 8 h (and 40 h in 7 days). Consecutive holidays that are not school-defined vacations do not count.`, `学則で定める長期休業中の1日${job.dailyHours}時間：8時間以内（7日40時間以内）です。学則にない連休は対象外です。`, `학칙상 장기 방학 중 하루 ${job.dailyHours}시간: 8시간 이내(7일 40시간 이내)입니다. 학칙에 없는 연휴는 해당하지 않습니다.`));
  },
};

const internship: VisaRule = {
  ...base,
  id: 'JP-RYU-INT',
  refId: 'JP-RYU-INT',
  section: '§J1.2',
  title: t('Internships while on Student (留学)', '留学中のインターンシップ', '유학 중 인턴십'),
  evaluate: (ctx) => {
    const { job, person } = ctx;
    if (job.employmentType !== 'internship') return null;
    if (unpaidCurricular(ctx)) return pass(t('Unpaid internship that is part of the curriculum (for credit): no permission needed.', '教育課程の一部である無報酬のインターンシップ（単位認定）：許可は不要です。', '교육과정의 일부인 무급 인턴십(학점 인정): 허가가 필요 없습니다.'));
    if (!individualInternshipCase(ctx)) {
      return pass(t('A paid internship within 28 h a week (8 h a day in vacations) is covered by the blanket permission.', '週28時間以内（長期休業中は1日8時間以内）の有給インターンは包括許可の範囲内です。', '주 28시간 이내(방학 중 하루 8시간 이내) 유급 인턴은 포괄허가 범위입니다.'));
    }
    const e = person.enrollment;
    const missing: string[] = [];
    const reasons: TrilingualText[] = [];
    const type = e?.institutionType;
    if (type === undefined) missing.push('person.enrollment.institutionType');
    else if (type !== 'university' && type !== 'graduate-school') reasons.push(t('not a university or graduate-school student', '大学・大学院の学生ではない', '대학·대학원 학생이 아님'));
    if (e?.finalYear === undefined) missing.push('person.enrollment.finalYear');
    else if (!e.finalYear) reasons.push(t('not in the final academic year', '最終学年ではない', '최종 학년이 아님'));
    const undergrad = e?.level === undefined ? type !== 'graduate-school' : e.level === 'bachelor' || e.level === 'associate';
    if (undergrad) {
      if (e?.creditsRatio === undefined) missing.push('person.enrollment.creditsRatio');
      else if (e.creditsRatio < 0.9) {
        const pct = Math.round(e.creditsRatio * 100);
        reasons.push(t(`credits ${pct} % < 90 %`, `取得単位${pct}%（90%未満）`, `취득 학점 ${pct}%(90% 미만)`));
      }
    }
    if (job.relatedToMajor === undefined) missing.push('job.relatedToMajor');
    else if (!job.relatedToMajor) reasons.push(t('not related to the major', '専攻と関連しない', '전공과 무관'));
    if (reasons.length > 0) {
      const en = reasons.map((r) => r.en).join('; ');
      const ja = reasons.map((r) => r.ja).join('、');
      const ko = reasons.map((r) => r.ko).join('; ');
      return fail(t(`Over 28 h a week outside vacations needs an individual permission, which is not available here: ${en}.`, `長期休業以外で週28時間を超える場合は個別許可が必要ですが、要件を満たしません（${ja}）。`, `방학 외 주 28시간 초과는 개별 허가가 필요하나 요건을 충족하지 않습니다(${ko}).`));
    }
    if (missing.length > 0) {
      return missingFact(missing, t("Over 28 h a week needs an individual permission: university or graduate student in the final year, at least 90 % of the credits (undergraduates), internship related to the major.", '週28時間を超えるには個別許可が必要です：大学・大学院の最終学年、卒業要件単位の90%以上（学部生）、専攻に関連するインターン。', '주 28시간 초과는 개별 허가 필요: 대학·대학원 최종 학년, 졸업 학점 90% 이상(학부생), 전공 관련 인턴.'));
    }
    return pass(t('Over 28 h a week: eligible for an individual permission for activity outside status (final year, credits, related to the major); apply with the host company\'s description, enrolment certificate and transcript.', '週28時間超：個別の資格外活動許可の対象です（最終学年・単位・専攻関連）。受入企業の説明書、在学証明書、成績証明書で申請してください。', '주 28시간 초과: 개별 자격외활동허가 대상입니다(최종 학년·학점·전공 관련). 수용 기업 설명서, 재학증명서, 성적증명서로 신청하세요.'));
  },
};

export const JP_RYUGAKU_RULES: readonly VisaRule[] = [status, enrolled, weekly, vacation, internship];
