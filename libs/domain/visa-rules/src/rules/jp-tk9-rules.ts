import { ageAt } from '../facts/age';
import { monthsOn } from '../facts/prior-statuses';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, type VisaRule } from '../rule';
import { institutionLabel, t } from '../text';

const base = { sources: SOURCES.jpTk9, unverified: false, section: '§J2', refId: 'JP-TK9', targets: ['JP:tokutei-katsudo:9'] } as const;

const student: VisaRule = {
  ...base,
  id: 'JP-TK9.student',
  title: t('Student of a foreign university in a degree course', '外国の大学の学位課程に在学', '외국 대학 학위과정 재학'),
  evaluate: ({ person }) => {
    const e = person.enrollment;
    if (e === undefined) return missingFact(['person.enrollment'], t('Designated Activities No. 9 is for students of a foreign university enrolled in a degree course (not distance learning).', '特定活動9号は外国の大学の学位課程（通信教育を除く）の学生が対象です。', '특정활동 9호는 외국 대학 학위과정(통신과정 제외) 재학생이 대상입니다.'));
    if (e.country === undefined) return missingFact(['person.enrollment.country'], t('The university must be outside Japan.', '大学は日本国外である必要があります。', '대학은 일본 밖에 있어야 합니다.'));
    if (e.country === 'JP') return fail(t('Enrolled at a Japanese school: Designated Activities No. 9 is for foreign-university students (see Student (留学) internships instead).', '日本の学校に在学中です。特定活動9号は外国の大学の学生が対象です（留学中のインターンを参照）。', '일본 학교 재학 중입니다. 특정활동 9호는 외국 대학 학생이 대상입니다(유학 중 인턴 참조).'));
    const type = e.institutionType;
    if (type === undefined) return missingFact(['person.enrollment.institutionType'], t('The student must be at a university in a degree course.', '大学の学位課程の学生である必要があります。', '대학 학위과정 학생이어야 합니다.'));
    if (type === 'university' || type === 'graduate-school') {
      return pass(t(`Enrolled at a ${institutionLabel(type).en} in ${e.country}; distance-learning courses are excluded.`, `${e.country} の${institutionLabel(type).ja}に在学中です（通信教育課程は対象外）。`, `${e.country} ${institutionLabel(type).ko} 재학 중입니다(통신과정 제외).`));
    }
    if (type === 'junior-college') return judgement('JP', t('Whether a foreign junior college counts as a university for Designated Activities No. 9 is not settled in the reference.', '外国の短期大学が特定活動9号の「大学」に当たるかは参照資料では明確ではありません。', '외국 전문대학이 특정활동 9호의 대학에 해당하는지는 참고 자료에서 명확하지 않습니다.'));
    return fail(t(`A ${institutionLabel(type).en} is not a university degree course.`, `${institutionLabel(type).ja}は大学の学位課程ではありません。`, `${institutionLabel(type).ko}은(는) 대학 학위과정이 아닙니다.`));
  },
};

const age: VisaRule = {
  ...base,
  id: 'JP-TK9.age',
  title: t('Aged 18 or over', '18歳以上', '18세 이상'),
  evaluate: ({ person, evalDate }) => {
    const a = ageAt(person, evalDate);
    if (a === undefined) return missingFact(['person.birthDate'], t('Interns must be 18 or over.', '18歳以上である必要があります。', '18세 이상이어야 합니다.'));
    return a >= 18
      ? pass(t(`Aged ${a}.`, `${a}歳です。`, `${a}세입니다.`))
      : fail(t(`Aged ${a}: must be 18 or over.`, `${a}歳のため、18歳以上の要件を満たしません。`, `${a}세로 18세 이상 요건을 충족하지 않습니다.`));
  },
};

const curriculum: VisaRule = {
  ...base,
  id: 'JP-TK9.curriculum',
  title: t('Part of the curriculum, under a university–host contract', '教育課程の一部で、大学と受入機関の契約に基づくこと', '교육과정의 일부이며 대학–수용기관 간 계약에 근거'),
  evaluate: ({ job }) => {
    const missing = [...(job.curricular === undefined ? ['job.curricular'] : []), ...(job.universityContract === undefined ? ['job.universityContract'] : [])];
    if (job.curricular === false || job.universityContract === false) {
      return fail(t('The internship must be part of the degree curriculum and run under a contract between the university and the host.', 'インターンは学位課程の一部で、大学と受入機関の契約に基づく必要があります。', '인턴은 학위과정의 일부이며 대학과 수용기관 간 계약에 근거해야 합니다.'));
    }
    if (missing.length > 0) return missingFact(missing, t('The internship must be part of the curriculum and under a university–host contract.', '教育課程の一部で、大学と受入機関の契約に基づく必要があります。', '교육과정의 일부이며 대학–수용기관 간 계약이 있어야 합니다.'));
    return pass(t('Part of the curriculum under a university–host contract.', '教育課程の一部で、大学と受入機関の契約に基づいています。', '교육과정의 일부이며 대학–수용기관 간 계약에 근거합니다.'));
  },
};

const paid: VisaRule = {
  ...base,
  id: 'JP-TK9.paid',
  title: t('Paid internship', '報酬を受けるインターン', '유급 인턴'),
  evaluate: ({ job }) => {
    if (job.paid === undefined) return missingFact(['job.paid'], t('Designated Activities No. 9 is for paid internships.', '特定活動9号は報酬を受けるインターンが対象です。', '특정활동 9호는 유급 인턴이 대상입니다.'));
    return job.paid
      ? pass(t('Paid internship.', '報酬を受けるインターンです。', '유급 인턴입니다.'))
      : fail(t('Unpaid: use Temporary Visitor (短期滞在, under 90 days) or Cultural Activities (文化活動, 90 days or more) instead; a paid summer job of up to 3 months in vacation is 特定活動12号.', '無報酬のため、90日未満は短期滞在、90日以上は文化活動になります。休暇中の3か月以内の有給サマージョブは特定活動12号です。', '무급이므로 90일 미만은 단기체재, 90일 이상은 문화활동입니다. 방학 중 3개월 이내 유급 서머잡은 특정활동 12호입니다.'));
  },
};

const duration: VisaRule = {
  ...base,
  id: 'JP-TK9.duration',
  title: t('Each stay up to 1 year; in total up to half the programme', '1回の滞在は1年以内、通算は修業年限の2分の1以内', '1회 체류 1년 이내, 통산 수업연한의 1/2 이내'),
  evaluate: ({ job, person, evalDate }) => {
    const months = job.durationMonths;
    if (months === undefined || months === null) return missingFact(['job.durationMonths'], t('Each stay is at most 1 year (6-month or 1-year grants, no renewal).', '1回の滞在は1年以内です（6か月または1年、更新不可）。', '1회 체류는 1년 이내입니다(6개월 또는 1년, 갱신 불가).'));
    if (months > 12) return fail(t(`${months} months exceeds 1 year per stay; Designated Activities No. 9 cannot be renewed.`, `${months}か月は1回1年を超えます。特定活動9号は更新できません。`, `${months}개월은 1회 1년을 초과합니다. 특정활동 9호는 갱신할 수 없습니다.`));
    if (person.priorStatuses === undefined) return missingFact(['person.priorStatuses'], t('Earlier Designated Activities No. 9 stays count toward the total of half the programme length.', '過去の特定活動9号の期間は通算（修業年限の2分の1）に算入されます。', '이전 특정활동 9호 기간은 통산(수업연한의 1/2)에 포함됩니다.'));
    const prior = monthsOn(person, (s) => s === 'JP:tokutei-katsudo:9', evalDate).months;
    const total = prior + months;
    if (total <= 12) {
      return pass(t(`${months} months (total about ${Math.round(total)} months) is within 1 year per stay and half of any degree programme; granted for ${months <= 6 ? '6 months' : '1 year'} without renewal.`, `${months}か月（通算約${Math.round(total)}か月）は1回1年以内かつ修業年限の2分の1以内です。許可期間は${months <= 6 ? '6か月' : '1年'}で更新できません。`, `${months}개월(통산 약 ${Math.round(total)}개월)은 1회 1년 이내이며 수업연한의 1/2 이내입니다. 허가 기간은 ${months <= 6 ? '6개월' : '1년'}이며 갱신 불가입니다.`));
    }
    return judgement('JP', t(`About ${Math.round(total)} months in total: must stay within half the programme length (e.g. 2 years for a 4-year programme), which the request does not give.`, `通算約${Math.round(total)}か月：修業年限の2分の1以内（4年制なら2年）である必要がありますが、修業年限はリクエストにありません。`, `통산 약 ${Math.round(total)}개월: 수업연한의 1/2 이내(4년제는 2년)여야 하나 수업연한이 요청에 없습니다.`));
  },
};

const related: VisaRule = {
  ...base,
  id: 'JP-TK9.related',
  title: t('Duties related to the major', '業務が専攻と関連すること', '업무가 전공과 관련'),
  evaluate: ({ job }) => {
    if (job.relatedToMajor === undefined) return missingFact(['job.relatedToMajor'], t('Major and internship duties must be related.', '専攻とインターンの業務が関連している必要があります。', '전공과 인턴 업무가 관련되어야 합니다.'));
    return job.relatedToMajor
      ? pass(t('Duties related to the major; the host needs an adequate supervision system.', '業務は専攻と関連しています。受入機関には適切な指導体制が必要です。', '업무가 전공과 관련됩니다. 수용기관은 적절한 지도 체계가 필요합니다.'))
      : fail(t('Internship duties unrelated to the major.', 'インターンの業務が専攻と関連しません。', '인턴 업무가 전공과 관련되지 않습니다.'));
  },
};

export const JP_TK9_RULES: readonly VisaRule[] = [student, age, curriculum, paid, duration, related];
