import { findDegree, japaneseMajor } from '../facts/education';
import { meetsJapaneseN1 } from '../facts/language';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, unverifiedPoint, type VisaRule } from '../rule';
import { t } from '../text';

const base = { sources: SOURCES.jpTk46, unverified: false, section: '§J4', refId: 'JP-TK46', targets: ['JP:tokutei-katsudo:46'] } as const;

/** BJT score treated as the N1 equivalent for 46号 (glossary §4, visa-rules §J4). */
export const BJT_N1_EQUIVALENT = 480;

const degree: VisaRule = {
  ...base,
  id: 'JP-TK46.degree',
  title: t("Japanese bachelor's or graduate degree", '日本の大学卒業（学士）または大学院修了', '일본 대학 졸업(학사) 또는 대학원 수료(학위)'),
  evaluate: ({ person, evalDate }) => {
    const university = findDegree(person, evalDate, {
      levels: ['bachelor', 'master', 'doctor'],
      country: 'JP',
      where: (e) => e.institutionType === undefined || e.institutionType === 'university' || e.institutionType === 'graduate-school',
    });
    if (university.value === 'yes') return pass(t("Bachelor's or graduate degree from a Japanese university.", '日本の大学（学士）または大学院の学位があります。', '일본 대학(학사) 또는 대학원 학위가 있습니다.'));
    const otherJapanese = findDegree(person, evalDate, {
      country: 'JP',
      where: (e) => e.institutionType === 'vocational' || e.institutionType === 'junior-college' || e.level === 'associate',
    });
    if (otherJapanese.value === 'yes') {
      return unverifiedPoint('JP', t('Japanese vocational-college (高度専門士) or junior-college graduate: one agency lists them as eligible, the other sources do not.', '日本の専門学校（高度専門士）・短期大学の卒業者：対象とする代行業者が1つある一方、他の出典は対象外としています。', '일본 전문학교(고도전문사)·단기대학 졸업자: 대상이라는 행정서사가 하나 있으나 다른 출처는 대상 외로 봅니다.'));
    }
    if (university.value === 'unknown') return missingFact(university.missing, t("A bachelor's from a Japanese 4-year university or a Japanese graduate degree is required.", '日本の4年制大学の学士、または日本の大学院の学位が必要です。', '일본 4년제 대학 학사 또는 일본 대학원 학위가 필요합니다.'));
    return fail(t('No Japanese university degree: graduates of foreign universities only are not eligible for Designated Activities No. 46.', '日本の大学の学位がありません。外国の大学のみの卒業者は46号の対象外です。', '일본 대학 학위가 없습니다. 외국 대학만 졸업한 경우 46호 대상이 아닙니다.'));
  },
};

const language: VisaRule = {
  ...base,
  id: 'JP-TK46.language',
  title: t('JLPT N1 or BJT 480+', '日本語能力試験N1またはBJT480点以上', 'JLPT N1 또는 BJT 480점 이상'),
  evaluate: ({ person }) => {
    const held = meetsJapaneseN1(person, BJT_N1_EQUIVALENT);
    if (held.value === 'yes') return pass(t('JLPT N1 or BJT 480+ held.', '日本語能力試験N1またはBJT480点以上があります。', 'JLPT N1 또는 BJT 480점 이상을 보유합니다.'));
    if (held.value === 'unknown') return missingFact(held.missing, t('JLPT N1 or BJT 480+ is required (a Japanese major may be treated as meeting it).', '日本語能力試験N1またはBJT480点以上が必要です（日本語専攻は満たすとされる場合あり）。', 'JLPT N1 또는 BJT 480점 이상이 필요합니다(일본어 전공은 충족으로 볼 수 있음).'));
    if (japaneseMajor(person)) return judgement('JP', t('No N1 / BJT 480, but a Japanese major "may be treated as meeting" the language requirement.', 'N1・BJT480点はありませんが、日本語専攻の場合は要件を満たすと扱われることがあります。', 'N1·BJT 480점은 없으나 일본어 전공이면 요건 충족으로 볼 수 있습니다.'));
    return fail(t('Neither JLPT N1 nor BJT 480+ (N2 and BJT under 480 do not qualify).', '日本語能力試験N1・BJT480点以上のいずれもありません（N2・BJT480点未満は不可）。', 'JLPT N1·BJT 480점 이상이 모두 없습니다(N2·BJT 480점 미만 불가).'));
  },
};

const duties: VisaRule = {
  ...base,
  id: 'JP-TK46.duties',
  title: t('Duties centre on two-way communication in Japanese', '日本語を用いた双方向のコミュニケーションを要する業務', '일본어를 사용한 쌍방향 의사소통 중심 업무'),
  evaluate: ({ job }) => {
    const d = job.duties;
    if (d === undefined || d.length === 0) return missingFact(['job.duties'], t('Duties must centre on two-way communication in Japanese and use university knowledge.', '日本語での双方向のコミュニケーションを中心とし、大学で得た知識を活かす業務である必要があります。', '일본어 쌍방향 의사소통 중심이며 대학에서 얻은 지식을 활용하는 업무여야 합니다.'));
    if (d.every((x) => x === 'manual-labour')) {
      return fail(t('Only passive manual work (e.g. only dishwashing, cleaning or stocking shelves) does not qualify.', '皿洗い・清掃・品出しのみ等の受動的な作業だけでは対象外です。', '설거지·청소·진열만 하는 등 수동적인 작업만으로는 대상이 아닙니다.'));
    }
    return judgement('JP', t('Whether the duties centre on two-way communication in Japanese and use university knowledge is an adviser judgement (general service or factory work is allowed if not only passive work).', '業務が日本語での双方向コミュニケーション中心で大学の知識を活かすかは専門家の判断です（受動的作業のみでなければ一般サービス・工場も可）。', '업무가 일본어 쌍방향 의사소통 중심이고 대학 지식을 활용하는지는 전문가 판단입니다(수동 작업만이 아니면 일반 서비스·공장도 가능).'));
  },
};

const employment: VisaRule = {
  ...base,
  id: 'JP-TK46.employment',
  title: t('Full-time, direct employment', 'フルタイムの直接雇用', '풀타임 직접 고용'),
  evaluate: ({ job }) => {
    const type = job.employmentType;
    if (type !== undefined && type !== 'full-time') return fail(t(`Employment type ${type}: Designated Activities No. 46 needs full-time employment.`, `雇用形態 ${type}：46号にはフルタイム雇用が必要です。`, `고용 형태 ${type}: 46호는 풀타임 고용이 필요합니다.`));
    if (job.directEmployment === false) return fail(t('Dispatch, secondment (在籍出向) and subcontracting are not allowed: direct employment only.', '派遣・在籍出向・請負は認められず、直接雇用のみです。', '파견·재적출향·하청은 불가하며 직접 고용만 가능합니다.'));
    const missing = [...(type === undefined ? ['job.employmentType'] : []), ...(job.directEmployment === undefined ? ['job.directEmployment'] : [])];
    if (missing.length > 0) return missingFact(missing, t('Designated Activities No. 46 needs full-time, direct employment.', '46号にはフルタイムの直接雇用が必要です。', '46호는 풀타임 직접 고용이 필요합니다.'));
    return pass(t('Full-time, direct employment; the employer is named in the designation paper (指定書), so changing employer needs a new permission.', 'フルタイムの直接雇用です。雇用主は指定書に記載されるため、転職には新たな許可が必要です。', '풀타임 직접 고용입니다. 고용주가 지정서에 기재되므로 이직 시 새 허가가 필요합니다.'));
  },
};

const pay: VisaRule = {
  ...base,
  id: 'JP-TK46.pay',
  title: t('Pay at least what a Japanese employee would get', '日本人と同等額以上の報酬', '일본인과 동등 이상의 보수'),
  evaluate: ({ job }) => {
    if (job.equalToNationals === undefined) return missingFact(['job.equalToNationals'], t("Pay must be at least a Japanese employee's (company pay scale or similar jobs; no fixed amount).", '報酬は日本人と同等額以上である必要があります（社内の給与体系等で判断、固定額なし）。', '보수는 일본인과 동등 이상이어야 합니다(사내 급여 체계 등으로 판단, 고정액 없음).'));
    return job.equalToNationals
      ? pass(t('Pay at least equal to Japanese employees.', '日本人と同等額以上の報酬です。', '일본인과 동등 이상의 보수입니다.'))
      : fail(t('Pay below what a Japanese employee would get.', '報酬が日本人と同等額に達していません。', '보수가 일본인과 동등 수준에 미치지 않습니다.'));
  },
};

export const JP_TK46_RULES: readonly VisaRule[] = [degree, language, duties, employment, pay];
