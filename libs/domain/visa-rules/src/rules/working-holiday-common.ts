import { ageAt } from '../facts/age';
import { fail, missingFact, pass, unverifiedPoint, type RuleContext, type RuleEvaluation } from '../rule';
import { t } from '../text';

/** Both sides (KR-H1, JP-WH): 18-25 eligible, 26-30 needs review (sources conflict), otherwise not. */
export function workingHolidayAge(ctx: RuleContext, country: 'KR' | 'JP'): RuleEvaluation {
  const age = ageAt(ctx.person, ctx.evalDate);
  if (age === undefined) {
    return missingFact(['person.birthDate'], t('Working holiday applicants must be 18 to 25 (up to 30 in special cases).', 'ワーキングホリデーは18〜25歳（特別な事情があれば30歳まで）が対象です。', '워킹홀리데이는 18~25세(특별한 사유가 있으면 30세까지)가 대상입니다.'));
  }
  if (age >= 18 && age <= 25) return pass(t(`Aged ${age} on ${ctx.evalDate} (18–25).`, `${ctx.evalDate} 時点で${age}歳（18〜25歳）。`, `${ctx.evalDate} 기준 ${age}세(18~25세).`));
  if (age >= 26 && age <= 30) {
    return unverifiedPoint(country, t(`Aged ${age}: 26–30 is allowed only for "unavoidable reasons" according to some sources, while others say 18–30; the ceiling is not confirmed.`, `${age}歳：26〜30歳は「やむを得ない事情」がある場合のみとする出典と、18〜30歳とする出典があり、上限は確認されていません。`, `${age}세: 26~30세는 '부득이한 사유'가 있을 때만 가능하다는 출처와 18~30세라는 출처가 있어 상한이 확인되지 않았습니다.`));
  }
  return fail(t(`Aged ${age} on ${ctx.evalDate}: outside 18–30.`, `${ctx.evalDate} 時点で${age}歳のため、18〜30歳の範囲外です。`, `${ctx.evalDate} 기준 ${age}세로 18~30세 범위 밖입니다.`));
}

export const SECOND_WORKING_HOLIDAY_FROM = '2025-10-01';

/** Number of uses: once per lifetime, twice from 2025-10-01. */
export function workingHolidayUses(ctx: RuleContext, uses: number | undefined): RuleEvaluation {
  if (uses === undefined) {
    return missingFact(['person.priorStatuses'], t('A working holiday can be used once per lifetime (twice from 2025-10-01).', 'ワーキングホリデーは生涯1回（2025-10-01以降は2回）までです。', '워킹홀리데이는 평생 1회(2025-10-01부터 2회)까지입니다.'));
  }
  if (uses === 0) return pass(t('First working holiday.', '初回のワーキングホリデーです。', '첫 번째 워킹홀리데이입니다.'));
  if (uses === 1) {
    return ctx.evalDate >= SECOND_WORKING_HOLIDAY_FROM
      ? pass(t('Second working holiday: possible from 2025-10-01 (age is checked again).', '2回目のワーキングホリデー：2025-10-01以降は可能です（年齢は再確認）。', '두 번째 워킹홀리데이: 2025-10-01부터 가능합니다(나이 재확인).'))
      : fail(t('A second working holiday is possible only from 2025-10-01.', '2回目のワーキングホリデーは2025-10-01以降のみ可能です。', '두 번째 워킹홀리데이는 2025-10-01부터만 가능합니다.'));
  }
  return fail(t(`Already used ${uses} times: at most twice per lifetime.`, `既に${uses}回利用しており、生涯2回までです。`, `이미 ${uses}회 이용하여 평생 2회까지입니다.`));
}
