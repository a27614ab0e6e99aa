import { usesOf } from '../facts/prior-statuses';
import { isInFamily } from '../status-code';
import { SOURCES } from '../sources';
import { fail, missingFact, pass, unverifiedPoint, type RuleEvaluation, type VisaRule } from '../rule';
import { t } from '../text';
import { totalWeeklyHours } from './kr-d2-hours';
import { SECOND_WORKING_HOLIDAY_FROM, workingHolidayAge, workingHolidayUses } from './working-holiday-common';

const base = { sources: SOURCES.krH1, unverified: false, section: '§A5', refId: 'KR-H1', targets: ['KR:H-1'] } as const;

const nationality: VisaRule = {
  ...base,
  id: 'KR-H1.nationality',
  title: t('Japanese national', '日本国籍', '일본 국적'),
  evaluate: ({ person }) => {
    if (person.nationality === undefined) return missingFact(['person.nationality'], t('The Korea–Japan working holiday (H-1) is for Japanese nationals.', '日韓ワーキングホリデー（H-1）は日本国籍の方が対象です。', '한일 워킹홀리데이(H-1)는 일본 국적자가 대상입니다.'));
    return person.nationality === 'JP'
      ? pass(t('Japanese national.', '日本国籍です。', '일본 국적입니다.'))
      : fail(t(`Nationality ${person.nationality}: only the Korea–Japan agreement is encoded here; other nationalities have their own agreements.`, `国籍 ${person.nationality}：ここでは日韓協定のみを扱います。他の国籍は各国の協定を確認してください。`, `국적 ${person.nationality}: 여기서는 한일 협정만 다룹니다. 다른 국적은 각 협정을 확인하세요.`));
  },
};

const location: VisaRule = {
  ...base,
  id: 'KR-H1.location',
  title: t('Applies from Japan at a Korean consulate', '日本の韓国公館で申請', '일본 내 한국 공관에서 신청'),
  evaluate: ({ person }) => {
    if (person.location === undefined) return missingFact(['person.location'], t('Japanese nationals living in Japan apply at a Korean embassy or consulate in Japan.', '日本在住の日本国籍の方が、日本にある韓国大使館・総領事館で申請します。', '일본 거주 일본 국적자가 일본 내 한국 대사관·총영사관에서 신청합니다.'));
    return person.location === 'JP'
      ? pass(t('Living in Japan: apply at a Korean embassy or consulate in Japan.', '日本在住のため、日本の韓国大使館・総領事館で申請します。', '일본 거주이므로 일본 내 한국 대사관·총영사관에서 신청합니다.'))
      : fail(t(`Located in ${person.location}: H-1 is applied for from Japan at a Korean embassy or consulate.`, `現在 ${person.location} にいます。H-1は日本の韓国大使館・総領事館で申請します。`, `현재 ${person.location}에 있습니다. H-1은 일본 내 한국 대사관·총영사관에서 신청합니다.`));
  },
};

const age: VisaRule = {
  ...base,
  id: 'KR-H1.age',
  title: t('Age 18–25 (26–30 needs review)', '18〜25歳（26〜30歳は要確認）', '18~25세(26~30세는 확인 필요)'),
  evaluate: (ctx) => workingHolidayAge(ctx, 'KR'),
};

const uses: VisaRule = {
  ...base,
  id: 'KR-H1.uses',
  title: t('Once per lifetime; twice from 2025-10-01', '生涯1回、2025-10-01以降は2回', '평생 1회, 2025-10-01부터 2회'),
  handlesOwnDates: true,
  keyDates: { secondUseFrom: SECOND_WORKING_HOLIDAY_FROM },
  evaluate: (ctx) => {
    const isH1 = (s: string): boolean => isInFamily(s, 'KR:H-1');
    const known = ctx.person.priorStatuses !== undefined || (ctx.person.currentStatus !== undefined && isH1(ctx.person.currentStatus));
    return workingHolidayUses(ctx, known ? usesOf(ctx.person, isH1, ctx.evalDate) : undefined);
  },
};

const work: VisaRule = {
  ...base,
  id: 'KR-H1.work',
  title: t('Work is incidental: no full-time employment; 25 h a week', '就労は付随的：フルタイム雇用不可、週25時間', '취업은 부수적: 정규직 불가, 주 25시간'),
  evaluate: ({ job }): RuleEvaluation | null => {
    if (job.employmentType === undefined && job.weeklyHours === undefined && job.weekdayHours === undefined) return null;
    if (job.employmentType === 'full-time') {
      return fail(t('Full-time employment is not allowed on H-1; travel and culture are the main purpose.', 'H-1ではフルタイムの雇用はできません。主な目的は観光・文化体験です。', 'H-1은 정규직 취업이 불가합니다. 관광·문화 체험이 주목적입니다.'));
    }
    const hours = totalWeeklyHours(job);
    if (hours === undefined) return missingFact(['job.weeklyHours'], t('A 2019 MOJ notice limits H-1 work to 25 h a week.', '2019年の法務部告示でH-1の就労は週25時間までとされています。', '2019년 법무부 공지로 H-1 취업은 주 25시간까지입니다.'));
    if (hours <= 25) return pass(t(`${hours} h a week: within 25 h.`, `週${hours}時間：25時間以内です。`, `주 ${hours}시간: 25시간 이내입니다.`));
    return unverifiedPoint('KR', t(`${hours} h a week exceeds the 25 h a week of the 2019 MOJ notice, but whether that notice applies to Japanese nationals is not confirmed.`, `週${hours}時間は2019年の法務部告示の週25時間を超えますが、日本国籍者への適用は確認されていません。`, `주 ${hours}시간은 2019년 법무부 공지의 주 25시간을 초과하나, 일본 국적자 적용 여부는 확인되지 않았습니다.`));
  },
};

export const KR_H1_RULES: readonly VisaRule[] = [nationality, location, age, uses, work];
