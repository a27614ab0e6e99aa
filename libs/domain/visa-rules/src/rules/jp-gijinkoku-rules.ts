import type { JobDuty } from '../eligibility-request';
import { findDegree } from '../facts/education';
import { experienceAtLeast, relatedExperience } from '../facts/experience';
import { allTri, triOf } from '../facts/tri';
import { SOURCES } from '../sources';
import { fail, judgement, missingFact, pass, type VisaRule } from '../rule';
import { t } from '../text';

const base = { sources: SOURCES.jpGjk, unverified: false, section: '§J5', targets: ['JP:gijinkoku'] } as const;

const SIMPLE_LABOUR: readonly JobDuty[] = ['manual-labour', 'service'];
/** Duties of the 国際業務 kind (translation, interpretation, language teaching, PR/advertising, overseas trade). */
export const INTERNATIONAL_DUTIES: readonly JobDuty[] = ['translation', 'interpretation', 'language-teaching', 'marketing', 'sales'];
const NO_EXPERIENCE_DUTIES: readonly JobDuty[] = ['translation', 'interpretation', 'language-teaching'];

const activity: VisaRule = {
  ...base,
  id: 'JP-GJK-01',
  refId: 'JP-GJK-01',
  section: '§J5.1',
  title: t('Specialist work, not simple labour', '専門的業務であり単純労働でないこと', '전문 업무이며 단순노무가 아님'),
  evaluate: ({ job }) => {
    const d = job.duties;
    if (d === undefined || d.length === 0) return missingFact(['job.duties'], t('The work must need natural-science or humanities knowledge or foreign-culture-based thinking; simple labour does not qualify.', '自然科学・人文科学の知識、または外国の文化に基盤を有する思考・感受性を要する業務である必要があり、単純労働は対象外です。', '자연과학·인문과학 지식 또는 외국 문화 기반의 사고·감수성이 필요한 업무여야 하며 단순노무는 대상이 아닙니다.'));
    if (d.every((x) => SIMPLE_LABOUR.includes(x))) return fail(t('Simple labour or general service work does not qualify for Engineer/Specialist in Humanities/International Services (see Designated Activities No. 46 for Japanese-university graduates).', '単純労働・一般サービス業務は技術・人文知識・国際業務の対象外です（日本の大学卒業者は特定活動46号を参照）。', '단순노무·일반 서비스 업무는 기술·인문지식·국제업무 대상이 아닙니다(일본 대학 졸업자는 특정활동 46호 참조).'));
    if (d.some((x) => SIMPLE_LABOUR.includes(x))) return judgement('JP', t('The duties mix specialist and simple work: the share of qualifying work decides.', '専門的業務と単純作業が混在しており、対象業務の割合で判断されます。', '전문 업무와 단순 작업이 섞여 있어 대상 업무의 비중으로 판단됩니다.'));
    return pass(t('Specialist duties (Engineer / Specialist in Humanities / International Services kind).', '専門的な業務（技術・人文知識・国際業務）です。', '전문 업무(기술·인문지식·국제업무)입니다.'));
  },
};

const educationTrack: VisaRule = {
  ...base,
  id: 'JP-GJK-Q-01',
  refId: 'JP-GJK-Q-01',
  section: '§J5.2',
  alternativeGroup: 'jp-gjk-qualification',
  title: t('Engineer / Specialist in Humanities: related degree, Japanese vocational title (専門士), or 10 years', '技術・人文知識：関連する学位、日本の専門士、または10年の実務経験', '기술·인문지식: 관련 학위, 일본 전문사 또는 10년 경력'),
  evaluate: ({ person, job, evalDate }) => {
    const related = triOf(job.relatedToMajor);
    const relatedMissing = job.relatedToMajor === undefined ? ['job.relatedToMajor'] : [];
    const degree = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'] });
    const senmonshi = findDegree(person, evalDate, { country: 'JP', institutionTypes: ['vocational'] });
    const experience = relatedExperience(person);
    const tenYears = experienceAtLeast(experience, 120);
    const viaDegree = allTri([degree.value, related]);
    const viaSenmonshi = allTri([senmonshi.value, related]);
    if (viaDegree === 'yes') return pass(t('University degree (any country) with a major related to the work.', '業務に関連する専攻の大学の学位（国を問わない）があります。', '업무와 관련된 전공의 대학 학위(국가 불문)가 있습니다.'));
    if (viaSenmonshi === 'yes') return pass(t('Japanese vocational college (専門学校, 専門士 / 高度専門士 title) in a related field; relevance is judged strictly for vocational-college graduates.', '関連分野の日本の専門学校（専門士・高度専門士）を修了しています。専門学校卒業者は関連性が厳格に審査されます。', '관련 분야 일본 전문학교(전문사·고도전문사)를 수료했습니다. 전문학교 졸업자는 관련성이 엄격히 심사됩니다.'));
    if (tenYears === 'yes') return pass(t('At least 10 years of related experience.', '10年以上の関連する実務経験があります。', '10년 이상의 관련 실무 경력이 있습니다.'));
    const associate = findDegree(person, evalDate, { levels: ['associate'], institutionTypes: ['junior-college'] });
    if (associate.value === 'yes' && related !== 'no') return judgement('JP', t('Associate degree: whether it counts as "a university degree or equivalent" is for immigration to judge.', '準学士・短期大学士：「大学卒業又は同等以上」に当たるかは入管の判断です。', '전문학사·단기대학: "대학 졸업 또는 동등 이상"에 해당하는지는 입관이 판단합니다.'));
    if ([viaDegree, viaSenmonshi, tenYears].includes('unknown')) {
      const missing = [
        ...(viaDegree === 'unknown' ? [...degree.missing, ...relatedMissing] : []),
        ...(viaSenmonshi === 'unknown' && viaDegree !== 'unknown' ? [...senmonshi.missing, ...relatedMissing] : []),
        ...(tenYears === 'unknown' ? experience.missing : []),
      ];
      return missingFact([...new Set(missing)], t('Needs a related university degree, a related Japanese vocational-college title (専門士), or 10 years of related experience (IT exam passes under the MOJ IT notice (告示437号) also count).', '関連する大学の学位、関連する日本の専門士、または10年の関連経験が必要です（告示437号のIT試験合格も可）。', '관련 대학 학위, 관련 일본 전문사 또는 10년 관련 경력이 필요합니다(고시 437호 IT 시험 합격도 가능).'));
    }
    return fail(t('No related degree, no related Japanese vocational-college title (専門士) and under 10 years of related experience (IT exam passes under the MOJ IT notice (告示437号) are not in the request).', '関連する学位・日本の専門士がなく、関連経験も10年未満です（告示437号のIT試験はリクエストにありません）。', '관련 학위·일본 전문사가 없고 관련 경력도 10년 미만입니다(고시 437호 IT 시험은 요청에 없음).'));
  },
};

const internationalTrack: VisaRule = {
  ...base,
  id: 'JP-GJK-Q-02',
  refId: 'JP-GJK-Q-02',
  section: '§J5.2',
  alternativeGroup: 'jp-gjk-qualification',
  title: t('International Services (国際業務): listed duties and 3 years (graduates: translation, interpretation, language teaching)', '国際業務：対象業務＋3年の実務経験（大学卒業者の翻訳・通訳・語学指導は不要）', '국제업무: 대상 업무 + 3년 경력(대졸자의 번역·통역·어학지도는 불요)'),
  evaluate: ({ person, job, evalDate }) => {
    const d = job.duties;
    if (d === undefined) return missingFact(['job.duties'], t('International Services work (国際業務) covers translation, interpretation, language teaching, PR and advertising, overseas trade and similar.', '国際業務は翻訳・通訳・語学指導・広報宣伝・海外取引業務等です。', '국제업무는 번역·통역·어학지도·홍보·해외거래 업무 등입니다.'));
    if (!d.some((x) => INTERNATIONAL_DUTIES.includes(x))) return fail(t('No duties of the International Services kind.', '国際業務に当たる業務がありません。', '국제업무에 해당하는 업무가 없습니다.'));
    const graduate = findDegree(person, evalDate, { levels: ['bachelor', 'master', 'doctor'] });
    if (d.some((x) => NO_EXPERIENCE_DUTIES.includes(x)) && graduate.value === 'yes') {
      return pass(t('University graduate doing translation, interpretation or language teaching: no experience and no particular major needed.', '翻訳・通訳・語学指導に従事する大学卒業者：実務経験・専攻は問われません。', '번역·통역·어학지도에 종사하는 대학 졸업자: 경력·전공 불문입니다.'));
    }
    const experience = relatedExperience(person);
    const threeYears = experienceAtLeast(experience, 36);
    if (threeYears === 'yes') return pass(t('International Services duties with at least 3 years of related experience.', '国際業務に3年以上の関連する実務経験があります。', '국제업무에 3년 이상의 관련 실무 경력이 있습니다.'));
    if (threeYears === 'unknown' || graduate.value === 'unknown') {
      return missingFact([...new Set([...(threeYears === 'unknown' ? experience.missing : []), ...(graduate.value === 'unknown' ? graduate.missing : [])])], t('International Services needs 3 years of related experience, except graduates doing translation, interpretation or language teaching.', '国際業務には3年の実務経験が必要です（翻訳・通訳・語学指導の大学卒業者を除く）。', '국제업무는 3년 경력이 필요합니다(번역·통역·어학지도 대졸자 제외).'));
    }
    return fail(t('Under 3 years of related experience for International Services duties (and not a graduate doing translation, interpretation or language teaching).', '国際業務の関連経験が3年未満です（翻訳・通訳・語学指導の大学卒業者にも該当しません）。', '국제업무 관련 경력이 3년 미만입니다(번역·통역·어학지도 대졸자에도 해당하지 않음).'));
  },
};

const pay: VisaRule = {
  ...base,
  id: 'JP-GJK-Q-03',
  refId: 'JP-GJK-Q-03',
  section: '§J5.2',
  title: t('Pay at least equal to a Japanese national; continuous contract', '日本人と同等額以上の報酬、継続的な契約', '일본인과 동등 이상 보수, 계속적 계약'),
  evaluate: ({ job }) => {
    if (job.equalToNationals === false) return fail(t('Pay below a Japanese national doing the same work.', '同じ業務の日本人より報酬が低くなっています。', '같은 업무의 일본인보다 보수가 낮습니다.'));
    if (job.employmentType === 'part-time' || job.employmentType === 'internship') {
      return judgement('JP', t(`Employment type ${job.employmentType}: Engineer/Specialist in Humanities/International Services needs a continuous contract with a Japanese organisation.`, `雇用形態 ${job.employmentType}：技術・人文知識・国際業務には日本の機関との継続的な契約が必要です。`, `고용 형태 ${job.employmentType}: 기술·인문지식·국제업무는 일본 기관과의 계속적 계약이 필요합니다.`));
    }
    if (job.equalToNationals === undefined) return missingFact(['job.equalToNationals'], t('Pay must be at least what a Japanese national doing the same work gets (no fixed yen amount).', '同じ業務の日本人と同等額以上の報酬が必要です（固定額なし）。', '같은 업무의 일본인과 동등 이상의 보수가 필요합니다(고정액 없음).'));
    return pass(t("Pay at least equal to Japanese nationals; the employer's business must be properly run and stable (category documents).", '日本人と同等額以上の報酬です。雇用主の事業の適正性・安定性が必要です（カテゴリー別の書類）。', '일본인과 동등 이상의 보수입니다. 고용주 사업의 적정성·안정성이 필요합니다(카테고리별 서류).'));
  },
};

export const JP_GIJINKOKU_RULES: readonly VisaRule[] = [activity, educationTrack, internationalTrack, pay];
