import type { JobFacts } from '../eligibility-request';
import { fail, missingFact, pass, unverifiedPoint, type RuleContext, type RuleEvaluation } from '../rule';
import { t } from '../text';

/** Weekday hours of the job: exact when known, else an upper bound (the weekly total). */
function weekdayHours(job: JobFacts): { exact?: number; upperBound?: number } {
  if (job.weekdayHours !== undefined) return { exact: job.weekdayHours };
  if (job.weeklyHours !== undefined && job.weekendHours !== undefined) return { exact: job.weeklyHours - job.weekendHours };
  if (job.weeklyHours !== undefined) return { upperBound: job.weeklyHours };
  return {};
}

/** Total weekly hours, weekends and vacations included. */
export function totalWeeklyHours(job: JobFacts): number | undefined {
  if (job.weeklyHours !== undefined) return job.weeklyHours;
  if (job.weekdayHours !== undefined && job.weekendHours !== undefined) return job.weekdayHours + job.weekendHours;
  return undefined;
}

/**
 * Cap on weekday hours in semester, weekends and official vacations unlimited (KR-D2-PT-06 / -08).
 * Up to `cap + 5` is the "+5 h" band whose trigger is UNVERIFIED.
 */
export function semesterWeekdayCap(ctx: RuleContext, cap: number): RuleEvaluation {
  const label = t(`${cap} h a week on weekdays in semester`, `学期中の平日は週${cap}時間`, `학기 중 평일 주 ${cap}시간`);
  if (ctx.person.enrollment?.inVacation === true) {
    return pass(
      t(
        'Official vacation defined by the school: no weekly cap applies.',
        '大学が定める公式の休暇期間中のため、週の上限はありません。',
        '학교가 정한 공식 방학 기간이므로 주당 시간 제한이 없습니다.',
      ),
    );
  }
  const w = weekdayHours(ctx.job);
  let hours = w.exact;
  if (hours === undefined) {
    if (w.upperBound === undefined) return missingFact(['job.weeklyHours'], t(`The cap is ${label.en}.`, `上限は${label.ja}です。`, `상한은 ${label.ko}입니다.`));
    if (w.upperBound <= cap) hours = w.upperBound;
    else {
      return missingFact(
        ['job.weekdayHours'],
        t(
          `${w.upperBound} h a week in total; the cap is ${label.en} (weekends unlimited), so the weekday share is needed.`,
          `週合計${w.upperBound}時間です。上限は${label.ja}（週末は無制限）のため、平日の時間数が必要です。`,
          `주 합계 ${w.upperBound}시간입니다. 상한은 ${label.ko}(주말 무제한)이므로 평일 시간이 필요합니다.`,
        ),
      );
    }
  }
  if (hours <= cap) {
    return pass(
      t(
        `${hours} h on weekdays is within the cap of ${label.en}; weekends and official vacations are unlimited.`,
        `平日${hours}時間は上限（${label.ja}）以内です。週末・公休日・公式の休暇期間は無制限です。`,
        `평일 ${hours}시간은 상한(${label.ko}) 이내입니다. 주말·공휴일·공식 방학은 제한이 없습니다.`,
      ),
    );
  }
  if (ctx.person.enrollment?.inVacation === undefined) {
    return missingFact(
      ['person.enrollment.inVacation'],
      t(
        `${hours} h on weekdays exceeds ${label.en}, which applies unless the school is in an official vacation.`,
        `平日${hours}時間は${label.ja}を超えます。公式の休暇期間でなければこの上限が適用されます。`,
        `평일 ${hours}시간은 ${label.ko}을 초과합니다. 공식 방학이 아니면 이 상한이 적용됩니다.`,
      ),
    );
  }
  if (hours <= cap + 5) {
    return unverifiedPoint(
      'KR',
      t(
        `${hours} h on weekdays exceeds ${cap} h; ${cap + 5} h is allowed at some universities ("+5 h"), but what triggers it is not confirmed.`,
        `平日${hours}時間は${cap}時間を超えます。一部の大学では${cap + 5}時間まで認められますが（「+5時間」）、その条件は確認されていません。`,
        `평일 ${hours}시간은 ${cap}시간을 초과합니다. 일부 대학은 ${cap + 5}시간까지 허용하지만(+5시간), 그 요건은 확인되지 않았습니다.`,
      ),
    );
  }
  return fail(
    t(
      `${hours} h on weekdays exceeds the cap of ${label.en} (even with the +5 h allowance).`,
      `平日${hours}時間は上限（${label.ja}、+5時間を含めても）を超えます。`,
      `평일 ${hours}시간은 상한(${label.ko}, +5시간 포함)을 초과합니다.`,
    ),
  );
}

/** Cap on total weekly hours, weekends and vacations included (KR-D2-PT-07 / -09, KR-H1 work). */
export function totalWeeklyCap(ctx: RuleContext, cap: number): RuleEvaluation {
  const total = totalWeeklyHours(ctx.job);
  if (total === undefined) {
    return missingFact(
      ['job.weeklyHours'],
      t(`The cap is ${cap} h a week in total.`, `上限は週合計${cap}時間です。`, `상한은 주 합계 ${cap}시간입니다.`),
    );
  }
  return total <= cap
    ? pass(
        t(
          `${total} h a week is within the total cap of ${cap} h (weekends and vacations included).`,
          `週${total}時間は上限（週末・休暇を含め週合計${cap}時間）以内です。`,
          `주 ${total}시간은 상한(주말·방학 포함 주 합계 ${cap}시간) 이내입니다.`,
        ),
      )
    : fail(
        t(
          `${total} h a week exceeds the total cap of ${cap} h (weekends and vacations included).`,
          `週${total}時間は上限（週末・休暇を含め週合計${cap}時間）を超えます。`,
          `주 ${total}시간은 상한(주말·방학 포함 주 합계 ${cap}시간)을 초과합니다.`,
        ),
      );
}
