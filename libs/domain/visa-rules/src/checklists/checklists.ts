import type { TrilingualText } from '@hashidari/domain-core';
import type { EligibilityRequest, JpEmployerCategory } from '../eligibility-request';
import { referenceSource } from '../rules/reference-source';
import { E7_ROSTER_CODES, normalizeOccupationCode } from '../e7/e7-codes';
import { isInFamily } from '../status-code';
import type { Target } from '../targets';
import { t } from '../text';
import { DOCUMENTS, type ChecklistKind, type ChecklistProvider, type DocumentId } from './documents';

/** One item of a target's checklist, as the answer and the pathway plans carry it. */
export interface ChecklistItem {
  /** Stable id (the document id) */
  id: DocumentId;
  label: TrilingualText;
  provider: ChecklistProvider;
  kind: ChecklistKind;
  ruleId: string;
  source: string;
  /** `listed` = the reference lists it; `derived` = proof of a stated condition where the reference lists no document set */
  basis: 'listed' | 'derived';
  /** When the item is needed, if not always and the facts do not settle it */
  condition?: TrilingualText;
  unverified?: boolean;
}

type Facts = Pick<EligibilityRequest, 'person' | 'job'>;

interface ItemDef {
  id: DocumentId;
  ruleId: string;
  basis?: 'derived';
  unverified?: boolean;
  /** Returns false when the facts show the item is not needed, undefined when they do not say */
  when?: { test: (facts: Facts) => boolean | undefined; text: TrilingualText };
}

function items(ruleId: string, ids: readonly DocumentId[], extra: Partial<ItemDef> = {}): ItemDef[] {
  return ids.map((id) => ({ id, ruleId, ...extra }));
}

// ---- conditions -------------------------------------------------------------------------------

const notCurricular = {
  test: (f: Facts) => (f.job?.curricular === undefined ? undefined : !f.job.curricular),
  text: t('if the internship is not for credit', 'インターンが単位認定でない場合', '인턴이 학점 인정이 아닌 경우'),
};
const curricular = {
  test: (f: Facts) => f.job?.curricular,
  text: t('if the field practice is for credit', '現場実習が単位認定の場合', '현장실습이 학점 인정인 경우'),
};
const vacationInternship = {
  test: (f: Facts) => (f.job?.curricular === false ? f.person?.enrollment?.inVacation : f.job?.curricular === undefined ? undefined : false),
  text: t('for a non-credit internship in an official vacation', '公式の休暇中の単位外インターンの場合', '공식 방학 중 학점 외 인턴인 경우'),
};
const manufacturingOrConstruction = {
  test: () => undefined,
  text: t('if the business registration lists manufacturing or construction', '事業者登録が製造業・建設業の場合', '사업자등록 업종이 제조업·건설업인 경우'),
};
const someUniversities = {
  test: () => undefined,
  text: t('required by some universities', '一部の大学で必要', '일부 대학에서 요구'),
};
const exemptTrack2 = {
  test: () => undefined,
  text: t('for the Korean-graduate exempt track (TOPIK 4 / KIIP)', '韓国の大学卒業者の免除（TOPIK 4級・KIIP）の場合', '한국 대학 졸업자 면제(TOPIK 4급·KIIP)의 경우'),
};
const pointsTrack = {
  test: () => undefined,
  text: t('for the points track (exempt tracks do not need it)', '点数制の場合（免除対象は不要）', '점수제의 경우(면제 대상은 불필요)'),
};
const asApplicable = {
  test: () => undefined,
  text: t('as applicable', '該当する場合', '해당 시'),
};
const d10Extension = {
  test: (f: Facts) => (f.person?.currentStatus === undefined ? undefined : isInFamily(f.person.currentStatus, 'KR:D-10-1')),
  text: t('for an extension', '延長の場合', '연장의 경우'),
};
const inKorea = {
  test: (f: Facts) => {
    const s = f.person?.currentStatus;
    if (s !== undefined) return s.startsWith('KR:');
    return f.person?.location === undefined ? undefined : f.person.location === 'KR';
  },
  text: t('for a change of status in Korea', '韓国内での在留資格変更の場合', '국내 체류자격 변경의 경우'),
};
const fromAbroadKr = {
  test: (f: Facts) => {
    const r = inKorea.test(f);
    return r === undefined ? undefined : !r;
  },
  text: t('when applying from abroad', '国外から申請する場合', '해외에서 신청하는 경우'),
};
const rosterCode = {
  test: (f: Facts) => {
    const code = f.job?.occupationCode;
    return code === undefined ? undefined : E7_ROSTER_CODES.includes(normalizeOccupationCode(code)) && !isD27(f);
  },
  text: t('for codes 2742, 2814, 285, 2224, 2353, 2396, 1413 (waived for D-2-7 graduates)', '職種2742・2814・285・2224・2353・2396・1413の場合（D-2-7修了者は免除）', '직종 2742·2814·285·2224·2353·2396·1413의 경우(D-2-7 졸업자 면제)'),
};
const languageCode = {
  test: (f: Facts) => (f.job?.occupationCode === undefined ? undefined : normalizeOccupationCode(f.job.occupationCode) === '2814'),
  text: t('where the occupation code requires it (e.g. 2814)', '職種が求める場合（例：2814）', '직종이 요구하는 경우(예: 2814)'),
};
const ministryRecommendation = {
  test: () => undefined,
  text: t('where a ministry recommendation exists for the code', '職種に省庁の推薦制度がある場合', '직종에 부처 추천 제도가 있는 경우'),
};
function isD27(f: Facts): boolean {
  return [...(f.person?.priorStatuses ?? []).map((p) => p.status), f.person?.currentStatus].includes('KR:D-2-7');
}
const individualInternship = {
  test: (f: Facts) => {
    if (f.job?.employmentType !== 'internship') return false;
    if (f.job.weeklyHours === undefined) return undefined;
    return f.job.weeklyHours > 28 && f.person?.enrollment?.inVacation !== true;
  },
  text: t('for an individual permission (internship over 28 h a week)', '個別許可の場合（週28時間を超えるインターン）', '개별 허가의 경우(주 28시간 초과 인턴)'),
};
const jpChange = {
  test: (f: Facts) => (f.person?.currentStatus === undefined ? undefined : f.person.currentStatus.startsWith('JP:')),
  text: t('for a change of status in Japan', '日本国内での在留資格変更の場合', '일본 내 재류자격 변경의 경우'),
};
const jpCoe = {
  test: (f: Facts) => {
    const r = jpChange.test(f);
    return r === undefined ? undefined : !r;
  },
  text: t('for a COE from abroad', '国外からの在留資格認定証明書の場合', '해외에서 COE 신청의 경우'),
};
const tkjRenewal = {
  test: (f: Facts) => (f.person?.currentStatus === undefined ? undefined : f.person.currentStatus === 'JP:tokutei-katsudo'),
  text: t('for the renewal', '更新の場合', '갱신의 경우'),
};
const tkjChange = {
  test: (f: Facts) => (f.person?.currentStatus === undefined ? undefined : f.person.currentStatus === 'JP:ryugaku'),
  text: t('for the change from Student (留学)', '「留学」からの変更の場合', '유학에서 변경의 경우'),
};
const working = {
  test: (f: Facts) => (f.job === undefined ? undefined : f.job.weeklyHours !== undefined || f.job.employmentType === 'part-time'),
  text: t('if working part-time', 'アルバイトをする場合', '아르바이트를 하는 경우'),
};
function category(test: (c: JpEmployerCategory) => boolean, text: TrilingualText) {
  return {
    test: (f: Facts) => {
      const c = f.job?.employer?.jpCategory;
      return c === undefined || c === null ? undefined : test(c);
    },
    text,
  };
}
const cat12 = category((c) => c <= 2, t('categories 1–2: if the bureau asks (especially for a change)', 'カテゴリー1・2：求められた場合（特に変更時）', '카테고리 1·2: 요청 시(특히 변경 시)'));
const cat34 = category((c) => c >= 3, t('categories 3–4', 'カテゴリー3・4', '카테고리 3·4'));
const cat4 = category((c) => c === 4, t('category 4 only', 'カテゴリー4のみ', '카테고리 4만'));
const secondWh = {
  test: (f: Facts) => {
    const prior = f.person?.priorStatuses;
    return prior === undefined ? undefined : prior.some((p) => p.status === 'JP:working-holiday');
  },
  text: t('for a second working holiday', '2回目のワーキングホリデーの場合', '두 번째 워킹홀리데이의 경우'),
};

// ---- per target ---------------------------------------------------------------------------------

const D2_PT_DOCS: readonly DocumentId[] = [
  'kr.integrated-application-form',
  'kr.passport',
  'kr.residence-card',
  'kr-d2.part-time-confirmation',
  'kr-d2.transcript',
  'kr-d2.language-score',
  'kr-d2.business-registration-copy',
  'kr-d2.standard-labour-contract',
];

function d2PartTime(when?: ItemDef['when']): ItemDef[] {
  return [
    ...items('KR-D2-PT-12', D2_PT_DOCS, when ? { when } : {}),
    { id: 'kr-d2.employer-id-copy', ruleId: 'KR-D2-PT-12', when: when ?? someUniversities },
    { id: 'kr-d2.compliance-pledge', ruleId: 'KR-D2-PT-12', when: manufacturingOrConstruction },
    { id: 'kr-d2.apply-before-start', ruleId: 'KR-D2-PT-05', ...(when ? { when } : {}) },
  ];
}

const KR_CHANGE_BASE: readonly DocumentId[] = ['kr.integrated-application-form', 'kr.passport', 'kr.residence-card', 'kr.photo', 'kr.fee-change'];

const CHECKLISTS: Readonly<Record<Target, readonly ItemDef[]>> = {
  'KR:D-2:part-time': d2PartTime(),
  'KR:D-2:internship': [
    { id: 'kr-d2.field-practice-confirmation', ruleId: 'KR-D2-INT-01', basis: 'derived', when: curricular },
    { id: 'kr-d2.vacation-internship-permission', ruleId: 'KR-D2-INT-02', unverified: true, when: vacationInternship },
    ...d2PartTime(notCurricular),
  ],
  'KR:D-10-1': [
    ...items('KR-D10-DOC', [...KR_CHANGE_BASE, 'kr-d10.job-seeking-plan', 'kr.degree-certificate']),
    { id: 'kr.topik-kiip-proof', ruleId: 'KR-D10-DOC', when: exemptTrack2 },
    { id: 'kr.proof-of-residence', ruleId: 'KR-D10-DOC' },
    { id: 'kr-d10.financial-proof', ruleId: 'KR-D10-DOC', when: pointsTrack },
    { id: 'kr-d10.career-certificates', ruleId: 'KR-D10-DOC', when: asApplicable },
    { id: 'kr-d10.activity-report', ruleId: 'KR-D10-DOC', when: d10Extension },
  ],
  'KR:D-10-1:internship': [
    { id: 'kr-d10.internship-report', ruleId: 'KR-D10-INT' },
    { id: 'kr-d10.host-internship-confirmation', ruleId: 'KR-D10-INT', basis: 'derived' },
  ],
  'KR:E-7-1': [
    ...items('KR-E7-DOC', ['kr.integrated-application-form', 'kr.passport']),
    { id: 'kr.residence-card', ruleId: 'KR-E7-DOC', when: inKorea },
    ...items('KR-E7-DOC', ['kr.photo', 'kr.fee-change', 'kr-e7.degree-certificate', 'kr-e7.career-certificates']),
    { id: 'kr-e7.language-certificates', ruleId: 'KR-E7-DOC', when: languageCode },
    ...items('KR-E7-DOC', ['kr-e7.cv', 'kr.proof-of-residence']),
    ...items('KR-E7-DOC', [
      'kr-e7.employment-contract',
      'kr-e7.business-registration',
      'kr-e7.corporate-registry',
      'kr-e7.company-profile',
      'kr-e7.financial-statements',
      'kr-e7.tax-certificates',
    ]),
    { id: 'kr-e7.insured-list', ruleId: 'KR-E7-DOC', when: rosterCode },
    { id: 'kr-e7.statement-of-reasons', ruleId: 'KR-E7-EMP-02' },
    { id: 'kr-e7.employment-recommendation', ruleId: 'KR-E7-DOC', when: ministryRecommendation },
    { id: 'kr-e7.employer-standing', ruleId: 'KR-E7-EMP-01' },
    { id: 'kr-e7.ccvi', ruleId: 'KR-E7-DOC', when: fromAbroadKr },
  ],
  'KR:H-1': items('KR-H1', [
    'kr-h1.application',
    'kr-h1.photo',
    'kr-h1.passport',
    'kr-h1.criminal-record',
    'kr-h1.health-certificate',
    'kr-h1.medical-insurance',
    'kr-h1.final-education',
    'kr-h1.accommodation',
    'kr-h1.korean-study',
    'kr-h1.activity-plan',
    'kr-h1.ticket-or-funds',
    'kr-h1.juminhyo',
  ]),
  'JP:ryugaku:part-time': [
    ...items('JP-RYU-04', ['jp.activity-permission', 'jp.passport', 'jp.residence-card']),
    { id: 'jp-ryu.no-adult-entertainment', ruleId: 'JP-RYU-PT-03' },
    ...items('JP-RYU-INT', ['jp-ryu.host-description', 'jp.enrolment-certificate', 'jp.transcript'], { when: individualInternship }),
  ],
  'JP:tokutei-katsudo:9': [
    { id: 'jp.coe-application', ruleId: 'JP-TK9' },
    ...items('JP-TK9', ['jp-tk9.university-contract', 'jp.enrolment-certificate', 'jp-tk9.internship-plan', 'jp.passport'], { basis: 'derived' }),
  ],
  'JP:tokutei-katsudo:job-hunting': [
    { id: 'jp.change-application', ruleId: 'JP-TKJ', when: tkjChange },
    { id: 'jp.extension-application', ruleId: 'JP-TKJ', when: tkjRenewal },
    ...items('JP-TKJ', ['jp.passport', 'jp.residence-card', 'jp-tkj.proof-of-funds', 'jp-tkj.graduation', 'jp-tkj.recommendation', 'jp-tkj.job-hunting-evidence']),
    { id: 'jp.activity-permission', ruleId: 'JP-TKJ', when: working },
  ],
  'JP:tokutei-katsudo:46': items(
    'JP-TK46',
    ['jp.change-application', 'jp.passport', 'jp.residence-card', 'jp.degree-or-graduation', 'jp-tk46.japanese-proof', 'jp-tk46.employment-terms', 'jp-tk46.duties-description'],
    { basis: 'derived' },
  ),
  'JP:gijinkoku': [
    { id: 'jp.change-application', ruleId: 'JP-GJK-DOC', when: jpChange },
    { id: 'jp.coe-application', ruleId: 'JP-GJK-DOC', when: jpCoe },
    { id: 'jp-gjk.photo', ruleId: 'JP-GJK-DOC' },
    { id: 'jp.passport', ruleId: 'JP-GJK-DOC', when: jpChange },
    { id: 'jp.residence-card', ruleId: 'JP-GJK-DOC', when: jpChange },
    { id: 'jp-gjk.return-envelope', ruleId: 'JP-GJK-DOC', when: jpCoe },
    { id: 'jp-gjk.category-proof', ruleId: 'JP-GJK-CAT' },
    ...items('JP-GJK-DOC', ['jp-gjk.labour-conditions', 'jp-gjk.cv', 'jp-gjk.degree-or-experience', 'jp-gjk.company-registry', 'jp-gjk.financial-statements', 'jp-gjk.company-description', 'jp-gjk.reason-for-hiring'], { when: cat34 }),
    { id: 'jp-gjk.labour-conditions', ruleId: 'JP-GJK-DOC', when: cat12 },
    { id: 'jp-gjk.business-plan', ruleId: 'JP-GJK-DOC', when: cat4 },
    { id: 'jp-gjk.no-withholding-return-proof', ruleId: 'JP-GJK-DOC', when: cat4, unverified: true },
  ],
  'JP:working-holiday': [
    { id: 'jp-wh.designated-agency', ruleId: 'JP-WH' },
    { id: 'jp.passport', ruleId: 'JP-WH', basis: 'derived' },
    { id: 'jp-wh.surrender-card', ruleId: 'JP-WH', when: secondWh },
    { id: 'jp-wh.no-adult-entertainment', ruleId: 'JP-WH' },
  ],
};


/**
 * The checklist of a target. With facts, items the facts show are not needed are left out (e.g. the
 * category 3-4 documents for a category-1 employer); items the facts do not settle keep their condition.
 * Without facts, every item is listed with its condition.
 */
export function checklistFor(target: Target, facts?: Facts): ChecklistItem[] {
  const seen = new Set<string>();
  const out: ChecklistItem[] = [];
  for (const def of CHECKLISTS[target]) {
    const applies = facts && def.when ? def.when.test(facts) : undefined;
    if (applies === false) continue;
    if (seen.has(def.id)) continue;
    seen.add(def.id);
    const entry = DOCUMENTS[def.id];
    out.push({
      id: def.id,
      label: entry.label,
      provider: entry.provider,
      kind: entry.kind,
      ruleId: def.ruleId,
      source: referenceSource(def.ruleId),
      basis: def.basis ?? 'listed',
      ...(def.when && applies !== true ? { condition: def.when.text } : {}),
      ...(def.unverified ? { unverified: true } : {}),
    });
  }
  return out;
}

/** The Japanese employer category's document list for 技術・人文知識・国際業務 (JP-GJK-DOC / JP-GJK-CAT). */
export function jpCategoryDocuments(category: JpEmployerCategory | null | undefined, route: 'change' | 'coe' = 'change'): ChecklistItem[] {
  return checklistFor('JP:gijinkoku', {
    person: { currentStatus: route === 'change' ? 'JP:ryugaku' : 'KR:D-2' },
    job: { employer: { jpCategory: category ?? null } },
  });
}
