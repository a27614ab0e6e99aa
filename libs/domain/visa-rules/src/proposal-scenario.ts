import { DomainError, type CountryCode, type TrilingualText } from '@hashidari/domain-core';
import { getPathway } from './pathways/pathways';
import { SOURCES } from './sources';
import { isTarget, targetInfo, type Target } from './targets';
import { t } from './text';

/**
 * Part C of the reference: the proposed Japan–Korea framework for young white-collar workers is a
 * policy proposal, not law. This module only describes it beside the current rules; it never returns a
 * verdict and nothing in the eligibility engine reads it.
 */
export type ProposalStep = 'study' | 'internship' | 'job-seeking' | 'work' | 'working-holiday';

export interface RelatedMeasure {
  /** Reference id of a measure that is in force (or, for `PART-C`, non-binding material) */
  ref: string;
  label: TrilingualText;
}

export interface ProposalScenario {
  kind: 'proposal';
  /** Always the glossary's label: 提案段階の制度（未施行） / 제안 단계 제도 (미시행) */
  label: TrilingualText;
  step: ProposalStep;
  subject: TrilingualText;
  summary: TrilingualText;
  /** What the proposal would change at this step, as far as its public description goes */
  underTheProposal: TrilingualText;
  /** Real measures in force that go part of the way */
  relatedMeasures: RelatedMeasure[];
  personNote?: TrilingualText;
  disclaimer: TrilingualText;
  sources: string[];
}

export type ProposalSubject = Target | { pathwayId: string; stageId: string };

export interface ProposalFacts {
  nationality?: CountryCode;
}

export const PROPOSAL_LABEL = t('Proposal scenario (not law)', '提案段階の制度（未施行）', '제안 단계 제도 (미시행)');

const STEP_OF_TARGET: Readonly<Record<Target, ProposalStep>> = {
  'KR:D-2:part-time': 'study',
  'JP:ryugaku:part-time': 'study',
  'KR:D-2:internship': 'internship',
  'KR:D-10-1:internship': 'internship',
  'JP:tokutei-katsudo:9': 'internship',
  'KR:D-10-1': 'job-seeking',
  'JP:tokutei-katsudo:job-hunting': 'job-seeking',
  'KR:E-7-1': 'work',
  'JP:gijinkoku': 'work',
  'JP:tokutei-katsudo:46': 'work',
  'KR:H-1': 'working-holiday',
  'JP:working-holiday': 'working-holiday',
};

const UNDER_THE_PROPOSAL: Readonly<Record<ProposalStep, TrilingualText>> = {
  study: t(
    'The proposal calls for a smoother move from study to an internship and then to work in the other country. It does not say which conditions of student work or of the change of status would be eased.',
    '提案は、相手国での留学からインターン、就職へのより円滑な移行を求めています。学生の就労や在留資格変更のどの要件を緩和するかは示されていません。',
    '제안은 상대국에서 유학 → 인턴 → 취업으로의 원활한 이동을 요구합니다. 학생 취업이나 체류자격 변경의 어떤 요건을 완화할지는 제시되어 있지 않습니다.',
  ),
  internship: t(
    'The proposal calls for internships that lead smoothly to employment. Which internship limits (hours, periods, reporting) would change is not defined.',
    '提案は、就職に円滑につながるインターンを求めています。インターンのどの制限（時間・期間・届出）が変わるかは定められていません。',
    '제안은 취업으로 원활히 이어지는 인턴을 요구합니다. 인턴의 어떤 제한(시간·기간·신고)이 바뀔지는 정해져 있지 않습니다.',
  ),
  'job-seeking': t(
    'The proposal calls for an easier path from graduation to a job, with the employment information both sides lack today. No change to job-seeking periods or points is defined.',
    '提案は、現在双方で不足している雇用情報とともに、卒業から就職への道を容易にすることを求めています。求職期間や点数制の変更は定められていません。',
    '제안은 현재 양측에 부족한 고용 정보와 함께 졸업 후 취업으로 가는 길을 쉽게 하자고 요구합니다. 구직 기간이나 점수제 변경은 정해져 있지 않습니다.',
  ),
  work: t(
    'The proposal calls for a special framework for young white-collar workers to work in the other country and later start a business. No criteria (salary floors, occupation lists, employer tests) are defined.',
    '提案は、若いホワイトカラーが相手国で働き、将来起業できる特別な枠組みを求めています。基準（賃金要件・職種・雇用主要件）は定められていません。',
    '제안은 젊은 화이트칼라가 상대국에서 일하고 이후 창업할 수 있는 특별한 틀을 요구합니다. 기준(임금 요건·직종·고용주 요건)은 정해져 있지 않습니다.',
  ),
  'working-holiday': t(
    'The proposal calls for smoother moves between study, internships, work and start-ups; it does not address the working-holiday agreement, which already allows two uses each way from 2025-10-01.',
    '提案は留学・インターン・就職・起業の円滑な移行を求めるもので、ワーキングホリデー協定には触れていません（2025-10-01以降、双方向で2回利用可能）。',
    '제안은 유학·인턴·취업·창업의 원활한 이동을 요구하며 워킹홀리데이 협정은 다루지 않습니다(2025-10-01부터 양방향 2회 이용 가능).',
  ),
};

const MEASURES: Readonly<Record<ProposalStep, readonly RelatedMeasure[]>> = {
  study: [
    { ref: 'KR-D2-INT-02', label: t('Korea: professional-field internships in vacations since 2023-07-03', '韓国：2023-07-03以降、休暇中の専門分野インターンが可能', '한국: 2023-07-03부터 방학 중 전문 분야 인턴 가능') },
    { ref: 'JP-TK46', label: t('Japan: Designated Activities No. 46 for Japanese-university graduates with N1', '日本：N1のある日本の大学卒業者の特定活動46号', '일본: N1 보유 일본 대학 졸업자의 특정활동 46호') },
  ],
  internship: [
    { ref: 'KR-D10-DUR-02', label: t('Korea: D-10 internships up to 1 year per company, no total limit (from 2025-10-29)', '韓国：D-10のインターンは1社1年まで、通算制限なし（2025-10-29以降）', '한국: D-10 인턴 한 회사 1년까지, 총 제한 없음(2025-10-29부터)') },
    { ref: 'JP-TK9', label: t('Japan: Designated Activities No. 9 internships for foreign-university students', '日本：外国の大学の学生の特定活動9号インターン', '일본: 외국 대학생의 특정활동 9호 인턴') },
  ],
  'job-seeking': [
    { ref: 'KR-D10-DUR-02', label: t('Korea: D-10 grants of 1 year, up to 3 years (from 2025-10-29)', '韓国：D-10は1年単位で最長3年（2025-10-29以降）', '한국: D-10 1년 단위 최대 3년(2025-10-29부터)') },
    { ref: 'JP-TKJ', label: t('Japan: job-hunting Designated Activities for up to about 1 year after graduation', '日本：卒業後約1年までの特定活動（継続就職活動）', '일본: 졸업 후 약 1년까지 특정활동(계속 취직활동)') },
  ],
  work: [
    { ref: 'KR-E7-Q-02', label: t("Korea: experience waived for Korean bachelor's graduates on E-7-1", '韓国：韓国の学士卒業者はE-7-1の経歴要件が免除', '한국: 한국 학사 졸업자는 E-7-1 경력 요건 면제') },
    { ref: 'JP-TK46', label: t('Japan: Designated Activities No. 46 (broader duties for Japanese-university graduates)', '日本：特定活動46号（日本の大学卒業者の幅広い業務）', '일본: 특정활동 46호(일본 대학 졸업자의 폭넓은 업무)') },
  ],
  'working-holiday': [
    { ref: 'KR-H1.uses', label: t('Korea: a second H-1 from 2025-10-01', '韓国：2025-10-01以降、2回目のH-1が可能', '한국: 2025-10-01부터 두 번째 H-1 가능') },
    { ref: 'JP-WH.uses', label: t('Japan: a second working holiday from 2025-10-01', '日本：2025-10-01以降、2回目のワーキングホリデーが可能', '일본: 2025-10-01부터 두 번째 워킹홀리데이 가능') },
  ],
};

const NON_BINDING: RelatedMeasure = {
  ref: 'PART-C',
  label: t(
    'Non-binding: 2017 Korea–Japan talks on study-then-work for 3rd-year students (discussion only); 2024 opinion column urging job help in both countries',
    '拘束力なし：2017年の日韓協議（3年生の留学後の就職、協議のみ）、2024年の両国での就職支援を求める論説',
    '구속력 없음: 2017년 한일 협의(3학년 유학 후 취업, 논의만), 2024년 양국 취업 지원을 촉구한 칼럼',
  ),
};

function resolveSubject(subject: ProposalSubject): { step: ProposalStep; label: TrilingualText } {
  if (typeof subject === 'string') {
    if (!isTarget(subject)) throw new DomainError('NOT_FOUND', `unknown target ${subject}`, [{ path: 'target', issue: 'unknown target' }]);
    return { step: STEP_OF_TARGET[subject], label: targetInfo(subject).label };
  }
  const stage = getPathway(subject.pathwayId)?.stages.find((s) => s.id === subject.stageId);
  if (!stage) throw new DomainError('NOT_FOUND', `unknown pathway stage ${subject.pathwayId}/${subject.stageId}`, [{ path: 'stageId', issue: 'unknown pathway stage' }]);
  return { step: STEP_OF_TARGET[stage.target], label: stage.label };
}

/** Text for showing the proposed bilateral framework beside a target or pathway stage. Never a verdict. */
export function proposalScenario(subject: ProposalSubject, facts: ProposalFacts = {}): ProposalScenario {
  const { step, label } = resolveSubject(subject);
  const nationality = facts.nationality;
  const personNote =
    nationality === undefined
      ? undefined
      : nationality === 'JP' || nationality === 'KR'
        ? t('The proposal concerns young Japanese and Korean white-collar workers; who would count as "young" is not defined.', '提案は日韓の若いホワイトカラーを対象としていますが、「若い」の範囲は定められていません。', '제안은 한일의 젊은 화이트칼라를 대상으로 하나 "젊은"의 범위는 정해져 있지 않습니다.')
        : t('The proposal concerns Japanese and Korean nationals only.', '提案は日本と韓国の国籍者のみを対象としています。', '제안은 일본과 한국 국적자만 대상으로 합니다.');
  return {
    kind: 'proposal',
    label: PROPOSAL_LABEL,
    step,
    subject: label,
    summary: t(
      'A published policy proposal calls for a special Japan–Korea framework that lets young white-collar workers move from study to internship to work and to a start-up. No law, treaty, MOU or ministry notice creating it was found: it is a proposal, not law, and it does not change any verdict.',
      '公表された政策提案は、日韓の若いホワイトカラーが留学からインターン、就職、起業へと移行できる特別な枠組みを求めています。これを定める法律・条約・覚書・省庁告示は見つかっておらず、未施行の提案であり、判定には影響しません。',
      '공개된 정책 제안은 한일 젊은 화이트칼라가 유학 → 인턴 → 취업 → 창업으로 이동할 수 있는 특별한 틀을 요구합니다. 이를 정한 법률·조약·MOU·부처 고시는 확인되지 않았으며, 미시행 제안으로 판정에 영향을 주지 않습니다.',
    ),
    underTheProposal: UNDER_THE_PROPOSAL[step],
    relatedMeasures: [...MEASURES[step], NON_BINDING],
    ...(personNote ? { personNote } : {}),
    disclaimer: t(
      'Shown for information beside the current rules. Eligibility is decided only by the rules in force.',
      '現行の規定と並べて参考として表示しています。判定は現行の規定のみで行います。',
      '현행 규정과 함께 참고로 표시합니다. 판정은 현행 규정으로만 합니다.',
    ),
    sources: ['reference/visa-rules.md Part C', ...SOURCES.partC],
  };
}
