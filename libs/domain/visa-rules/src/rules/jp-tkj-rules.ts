import { addMonths } from '@hashidari/domain-core';
import { findDegree, latestGraduation } from '../facts/education';
import type { EducationFacts } from '../eligibility-request';
import { SOURCES } from '../sources';
import { fail, missingFact, pass, type VisaRule } from '../rule';
import { t } from '../text';
import { JP_WEEKLY_CAP } from './jp-ryugaku-rules';

const base = { sources: SOURCES.jpTkj, unverified: false, section: '§J3', refId: 'JP-TKJ', targets: ['JP:tokutei-katsudo:job-hunting'] } as const;

/** Job-hunting 特定活動 runs 6 months plus one 6-month renewal: about 1 year from graduation. */
export const JOB_HUNTING_GRANT_MONTHS = 6;
export const JOB_HUNTING_TOTAL_MONTHS = 12;

/** Japanese university, graduate school, junior college, or 専門学校 with the 専門士 title. */
function qualifyingSchool(e: EducationFacts): boolean | keyof EducationFacts {
  switch (e.institutionType) {
    case 'university':
    case 'graduate-school':
    case 'junior-college':
      return true;
    case 'vocational':
      return e.level === undefined ? 'level' : true;
    case 'language-school':
      return false;
    default:
      return 'institutionType';
  }
}

const status: VisaRule = {
  ...base,
  id: 'JP-TKJ.status',
  title: t('Continues from Student (留学) or renews in Japan', '「留学」からの変更、または国内での更新', '유학에서 변경 또는 국내 갱신'),
  evaluate: ({ person }) => {
    const s = person.currentStatus;
    if (s === undefined) return missingFact(['person.currentStatus'], t('The job-hunting status continues job hunting begun on Student (留学) in Japan.', '「留学」中に始めた就職活動を日本で継続するための在留資格です。', '유학 중 시작한 취직활동을 일본에서 계속하기 위한 재류자격입니다.'));
    if (s === 'JP:ryugaku') return pass(t('Change of status from Student (留学) before it expires.', '「留学」の在留期限までに在留資格変更を申請します。', '유학 재류기간 만료 전에 재류자격 변경을 신청합니다.'));
    if (s === 'JP:tokutei-katsudo') return pass(t('Already on Designated Activities: renewal (once, with a new school recommendation).', '特定活動中のため更新です（1回のみ、推薦状を再度取得）。', '특정활동 중이므로 갱신입니다(1회, 추천서 재발급).'));
    return fail(t(`Current status ${s}: the job-hunting status is a continuation from Student (留学) in Japan.`, `現在の在留資格 ${s}：継続就職活動は日本での「留学」からの継続です。`, `현재 재류자격 ${s}: 계속 취직활동은 일본에서 유학으로부터의 계속입니다.`));
  },
};

const education: VisaRule = {
  ...base,
  id: 'JP-TKJ.education',
  title: t('Graduate of a Japanese university, junior college or vocational college (専門士 title)', '日本の大学・短期大学・専門学校（専門士）の卒業者', '일본 대학·단기대학·전문학교(전문사) 졸업자'),
  evaluate: ({ person, evalDate }) => {
    const found = findDegree(person, evalDate, { country: 'JP', allowExpected: true, where: qualifyingSchool });
    if (found.value === 'yes') return pass(t('Graduate (or expected graduate) of a qualifying Japanese school; studies must relate to a work status such as Engineer/Specialist in Humanities/International Services.', '対象となる日本の学校の卒業者（見込み含む）です。学業は技術・人文知識・国際業務等の就労資格と関連する必要があります。', '대상 일본 학교 졸업(예정)자입니다. 학업은 기술·인문지식·국제업무 등 취업 재류자격과 관련되어야 합니다.'));
    if (found.value === 'unknown') return missingFact(found.missing, t('Japanese university, graduate school, junior college, or vocational college (専門学校) with the 専門士 title.', '日本の大学・大学院・短期大学、または専門士の称号を得た専門学校が対象です。', '일본 대학·대학원·단기대학 또는 전문사 칭호의 전문학교가 대상입니다.'));
    return fail(t('No qualifying Japanese school: Japanese-language-school graduates and graduates of foreign schools only are not eligible.', '対象となる日本の学校の卒業歴がありません。日本語学校のみ・外国の学校のみの卒業者は対象外です。', '대상 일본 학교 졸업 이력이 없습니다. 일본어학교만 또는 외국 학교만 졸업한 경우 대상이 아닙니다.'));
  },
};

const startedBefore: VisaRule = {
  ...base,
  id: 'JP-TKJ.started-before-graduation',
  title: t('Job hunting started before graduation', '卒業前から就職活動を行っていること', '졸업 전부터 취직활동'),
  evaluate: ({ person }) => {
    const v = person.jobHuntingStartedBeforeGraduation;
    if (v === undefined) return missingFact(['person.jobHuntingStartedBeforeGraduation'], t('The status continues job hunting that started before graduation.', '卒業前から行っている就職活動の継続が対象です。', '졸업 전부터 해 온 취직활동의 계속이 대상입니다.'));
    return v
      ? pass(t('Job hunting started before graduation.', '卒業前から就職活動をしています。', '졸업 전부터 취직활동을 했습니다.'))
      : fail(t('Job hunting did not start before graduation.', '卒業前に就職活動を始めていません。', '졸업 전에 취직활동을 시작하지 않았습니다.'));
  },
};

const recommendation: VisaRule = {
  ...base,
  id: 'JP-TKJ.recommendation',
  title: t('School recommendation letter (推薦状)', '学校の推薦状', '학교 추천서'),
  evaluate: ({ person }) => {
    const v = person.schoolRecommendation;
    if (v === undefined) return missingFact(['person.schoolRecommendation'], t('A recommendation letter from the school is required (again for the renewal).', '学校の推薦状が必要です（更新時も再度必要）。', '학교 추천서가 필요합니다(갱신 시에도 다시 필요).'));
    return v
      ? pass(t('The school recommends the applicant.', '学校の推薦状があります。', '학교 추천서가 있습니다.'))
      : fail(t('No school recommendation letter.', '学校の推薦状がありません。', '학교 추천서가 없습니다.'));
  },
};

const period: VisaRule = {
  ...base,
  id: 'JP-TKJ.period',
  title: t('6 months plus one 6-month renewal (about 1 year from graduation)', '6か月＋1回の更新（卒業から約1年）', '6개월 + 1회 갱신(졸업 후 약 1년)'),
  evaluate: ({ person, evalDate }) => {
    const graduation = latestGraduation(person, (e) => e.country === 'JP' && qualifyingSchool(e) === true);
    if (graduation === undefined) return missingFact(['person.education[].graduationDate'], t('The period runs about 1 year from graduation.', '期間は卒業から約1年です。', '기간은 졸업 후 약 1년입니다.'));
    const end = addMonths(graduation, JOB_HUNTING_TOTAL_MONTHS);
    if (evalDate > end) return fail(t(`More than 1 year since graduation (${graduation}): the 6 + 6 months are used up.`, `卒業（${graduation}）から1年を超えており、6か月＋6か月の期間を過ぎています。`, `졸업(${graduation}) 후 1년이 지나 6개월 + 6개월 기간이 지났습니다.`));
    return pass(t(`Graduation ${graduation}: job hunting may continue until about ${end} (6 months, renewable once).`, `卒業 ${graduation}：${end} 頃まで就職活動を継続できます（6か月、更新1回）。`, `졸업 ${graduation}: ${end}경까지 취직활동을 계속할 수 있습니다(6개월, 1회 갱신).`));
  },
};

const work: VisaRule = {
  ...base,
  id: 'JP-TKJ.work',
  title: t('Part-time work up to 28 h a week with permission', '資格外活動許可により週28時間以内のアルバイト', '자격외활동허가로 주 28시간 이내 아르바이트'),
  evaluate: ({ job }) => {
    if (job.employmentType === undefined && job.weeklyHours === undefined) return null;
    if (job.employmentType === 'full-time' || job.employmentType === 'contract') {
      return fail(t('Full-time work needs a change to a work status (e.g. Engineer/Specialist in Humanities/International Services).', 'フルタイム就労には就労資格（技術・人文知識・国際業務等）への変更が必要です。', '풀타임 취업은 취업 재류자격(기술·인문지식·국제업무 등)으로 변경이 필요합니다.'));
    }
    const h = job.weeklyHours;
    if (h === undefined) return missingFact(['job.weeklyHours'], t('Work is limited to 28 h a week with permission.', '資格外活動許可により週28時間までです。', '자격외활동허가로 주 28시간까지입니다.'));
    return h <= JP_WEEKLY_CAP
      ? pass(t(`${h} h a week: within 28 h (needs permission for activity outside status; no vacation extension).`, `週${h}時間：28時間以内です（資格外活動許可が必要、長期休業の特例なし）。`, `주 ${h}시간: 28시간 이내입니다(자격외활동허가 필요, 방학 특례 없음).`))
      : fail(t(`${h} h a week exceeds 28 h; graduates get no vacation extension.`, `週${h}時間は28時間を超えます。卒業者に長期休業の特例はありません。`, `주 ${h}시간은 28시간을 초과합니다. 졸업자는 방학 특례가 없습니다.`));
  },
};

export const JP_TKJ_RULES: readonly VisaRule[] = [status, education, startedBefore, recommendation, period, work];
