import { usesOf } from '../facts/prior-statuses';
import { SOURCES } from '../sources';
import { fail, missingFact, pass, type VisaRule } from '../rule';
import { t } from '../text';
import { SECOND_WORKING_HOLIDAY_FROM, workingHolidayAge, workingHolidayUses } from './working-holiday-common';

const base = { sources: SOURCES.jpWh, unverified: false, section: '§J8', refId: 'JP-WH', targets: ['JP:working-holiday'] } as const;

const nationality: VisaRule = {
  ...base,
  id: 'JP-WH.nationality',
  title: t('Korean national', '韓国籍', '한국 국적'),
  evaluate: ({ person }) => {
    if (person.nationality === undefined) return missingFact(['person.nationality'], t("Japan's working holiday here is the Japan–Korea agreement, for Korean nationals.", 'ここでの日本のワーキングホリデーは日韓協定で、韓国籍の方が対象です。', '여기서의 일본 워킹홀리데이는 한일 협정으로 한국 국적자가 대상입니다.'));
    return person.nationality === 'KR'
      ? pass(t('Korean national.', '韓国籍です。', '한국 국적입니다.'))
      : fail(t(`Nationality ${person.nationality}: only the Japan–Korea agreement is encoded here.`, `国籍 ${person.nationality}：ここでは日韓協定のみを扱います。`, `국적 ${person.nationality}: 여기서는 한일 협정만 다룹니다.`));
  },
};

const location: VisaRule = {
  ...base,
  id: 'JP-WH.location',
  title: t("Applied for from Korea through the embassy's designated travel agencies", '韓国で大使館指定の旅行会社を通じて申請', '한국에서 대사관 지정 여행사를 통해 신청'),
  evaluate: ({ person }) => {
    if (person.location === undefined) return missingFact(['person.location'], t("Applications go through the Japanese embassy's designated travel agencies in Korea.", '申請は在韓国日本大使館の指定旅行会社を通じて行います。', '신청은 주한 일본대사관 지정 여행사를 통해 합니다.'));
    if (person.location === 'KR') return pass(t("Apply in Korea through a designated travel agency (quarterly intake windows; no walk-in or mail applications).", '韓国で指定旅行会社を通じて申請します（四半期ごとの受付、窓口・郵送不可）。', '한국에서 지정 여행사를 통해 신청합니다(분기별 접수, 방문·우편 접수 불가).'));
    return fail(t(`Located in ${person.location}: apply from Korea; there is no extension or new grant inside Japan (a second visa is applied for from Korea after returning and surrendering the residence card).`, `現在 ${person.location} にいます。韓国から申請が必要で、日本国内での延長・再取得はできません（2回目は帰国して在留カードを返納後に韓国から申請）。`, `현재 ${person.location}에 있습니다. 한국에서 신청해야 하며 일본 내 연장·재취득은 불가합니다(두 번째는 귀국해 재류카드 반납 후 한국에서 신청).`));
  },
};

const age: VisaRule = {
  ...base,
  id: 'JP-WH.age',
  title: t('Age 18–25 (26–30 needs review)', '18〜25歳（26〜30歳は要確認）', '18~25세(26~30세는 확인 필요)'),
  evaluate: (ctx) => workingHolidayAge(ctx, 'JP'),
};

const uses: VisaRule = {
  ...base,
  id: 'JP-WH.uses',
  title: t('Once per lifetime; twice from 2025-10-01', '生涯1回、2025-10-01以降は2回', '평생 1회, 2025-10-01부터 2회'),
  handlesOwnDates: true,
  keyDates: { secondUseFrom: SECOND_WORKING_HOLIDAY_FROM },
  evaluate: (ctx) => {
    const isWh = (s: string): boolean => s === 'JP:working-holiday';
    const known = ctx.person.priorStatuses !== undefined || ctx.person.currentStatus === 'JP:working-holiday';
    return workingHolidayUses(ctx, known ? usesOf(ctx.person, isWh, ctx.evalDate) : undefined);
  },
};

export const JP_WORKING_HOLIDAY_RULES: readonly VisaRule[] = [nationality, location, age, uses];
