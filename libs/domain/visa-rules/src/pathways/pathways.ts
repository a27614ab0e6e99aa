import { t } from '../text';
import { D10_REFORM_DATE } from '../rules/kr-d10-rules';
import type { DeadlineDef, Pathway, RegimeMonths, StageDef } from './pathway-types';

// ---- periods from the reference -----------------------------------------------------------------

/** D-10 grant length (KR-D10-DUR-01 / -02). */
const D10_GRANT: readonly RegimeMonths[] = [
  { to: '2025-10-28', months: 6, ruleId: 'KR-D10-DUR-01' },
  { from: D10_REFORM_DATE, months: 12, ruleId: 'KR-D10-DUR-02' },
];
/** D-10 overall cap (2 years for Korean graduates before the reform; 3 years from it). */
const D10_CAP: readonly RegimeMonths[] = [
  { to: '2025-10-28', months: 24, ruleId: 'KR-D10-DUR-01' },
  { from: D10_REFORM_DATE, months: 36, ruleId: 'KR-D10-DUR-02' },
];
/** Internship at one company on D-10 (6 months before the reform, 1 year from it). */
const D10_INTERNSHIP: readonly RegimeMonths[] = [
  { to: '2025-10-28', months: 6, ruleId: 'KR-D10-DUR-01' },
  { from: D10_REFORM_DATE, months: 12, ruleId: 'KR-D10-DUR-02' },
];

// ---- stages -------------------------------------------------------------------------------------

const krStudy = (extra: readonly DeadlineDef[] = []): StageDef => ({
  id: 'study',
  status: 'KR:D-2',
  target: 'KR:D-2:part-time',
  label: t('Study (D-2 Student)', '留学（D-2・韓国）', '유학(D-2)'),
  start: [{ anchor: 'startDate' }],
  end: [{ anchor: 'graduationDate' }],
  deadlines: [
    {
      id: 'd2-expiry',
      kind: 'expires',
      label: t('D-2 period of sojourn ends: extend (while enrolled) or change status before this date', '留学（D-2）の在留期間満了：在学中は延長、卒業後は在留資格変更をこの日までに', '유학(D-2) 체류기간 만료: 재학 중 연장 또는 졸업 후 체류자격 변경을 이 날까지'),
      at: { anchor: 'statusExpiresAt' },
      ruleId: 'KR-D2-04',
    },
    ...extra,
  ],
});

const krD2Internship: StageDef = {
  id: 'd2-internship',
  status: 'KR:D-2',
  target: 'KR:D-2:internship',
  optional: true,
  label: t('Internship during study (D-2)', '在学中のインターンシップ（D-2）', '재학 중 인턴십(D-2)'),
  start: [],
  deadlines: [
    {
      id: 'd2-internship-permission',
      kind: 'apply-by',
      label: t('Non-credit internship: get the university confirmation and apply for permission (universities ask at least 2 weeks ahead)', '単位外インターン：大学の確認を受けて許可を申請（大学は2週間以上前を求める）', '학점 외 인턴: 대학 확인 후 허가 신청(대학은 2주 이상 전 요청)'),
      at: { anchor: 'stageStart', days: -14 },
      ruleId: 'KR-D2-PT-05',
      unverified: true,
    },
  ],
};

const krJobSeeking: StageDef = {
  id: 'job-seeking',
  status: 'KR:D-10-1',
  target: 'KR:D-10-1',
  label: t('Job seeking (D-10-1)', '一般求職（D-10-1）', '일반구직(D-10-1)'),
  start: [{ anchor: 'graduationDate' }],
  end: [{ anchor: 'jobStartDate' }, { anchor: 'stageStart', byRegime: D10_GRANT }],
  deadlines: [
    {
      id: 'change-to-d10',
      kind: 'apply-by',
      label: t('Apply for the change to D-10-1 after graduation and before the D-2 stay expires', '卒業後、D-2の在留期間が満了する前にD-10-1への変更を申請', '졸업 후 D-2 체류기간 만료 전에 D-10-1 변경 신청'),
      at: { anchor: 'statusExpiresAt' },
      ruleId: 'KR-D10-ELIG-02',
    },
    {
      id: 'd10-grant-end',
      kind: 'expires',
      label: t('First D-10 grant ends: apply for an extension before this date', 'D-10の初回許可の満了：この日までに延長を申請', 'D-10 최초 허가 만료: 이 날까지 연장 신청'),
      at: { anchor: 'stageStart', byRegime: D10_GRANT },
      ruleId: 'KR-D10-DUR-02',
    },
    {
      id: 'd10-cap',
      kind: 'latest-end',
      label: t('Overall D-10 cap reached', 'D-10の通算上限', 'D-10 총 체류 상한'),
      at: { anchor: 'stageStart', byRegime: D10_CAP },
      ruleId: 'KR-D10-DUR-02',
    },
  ],
};

const krD10Internship: StageDef = {
  id: 'd10-internship',
  status: 'KR:D-10-1',
  target: 'KR:D-10-1:internship',
  optional: true,
  label: t('Internship while job seeking (D-10-1)', '求職中のインターンシップ（D-10-1）', '구직 중 인턴십(D-10-1)'),
  start: [],
  end: [{ anchor: 'stageStart', byRegime: D10_INTERNSHIP }],
  deadlines: [
    {
      id: 'd10-internship-report',
      kind: 'report-by',
      label: t('Report the internship to immigration (within 14 days of starting)', 'インターンを出入国・外国人庁へ届出（開始から14日以内）', '인턴을 출입국·외국인청에 신고(시작 후 14일 이내)'),
      at: { anchor: 'stageStart', days: 14 },
      ruleId: 'KR-D10-INT',
    },
    {
      id: 'd10-internship-max',
      kind: 'latest-end',
      label: t('Longest internship at one company', '1社でのインターンの上限', '한 회사 인턴 상한'),
      at: { anchor: 'stageStart', byRegime: D10_INTERNSHIP },
      ruleId: 'KR-D10-DUR-02',
    },
  ],
};

const krWork = (extra: readonly DeadlineDef[] = [], needsReview?: StageDef['needsReview']): StageDef => ({
  id: 'work',
  status: 'KR:E-7-1',
  target: 'KR:E-7-1',
  label: t('Work (E-7-1 Professionals)', '就職（特定活動（E-7）専門人材 E-7-1・韓国）', '취업(특정활동 E-7-1 전문인력)'),
  start: [{ anchor: 'jobStartDate' }],
  deadlines: [
    {
      id: 'e7-apply',
      kind: 'apply-by',
      label: t('Apply for E-7-1 (change of status or CCVI): agencies report about 2 weeks to 1 month of processing', 'E-7-1を申請（在留資格変更または査証発給認定書）：処理期間は約2週間〜1か月との報告', 'E-7-1 신청(체류자격 변경 또는 사증발급인정서): 처리 기간 약 2주~1개월로 보고됨'),
      at: { anchor: 'jobStartDate', months: -1 },
      ruleId: 'KR-PROC',
      unverified: true,
    },
    ...extra,
    {
      id: 'e7-first-grant-max',
      kind: 'latest-end',
      label: t('Longest first E-7 grant (3 years; 5 in some recommended cases)', 'E-7の1回の許可の上限（3年、一部の推薦等は5年）', 'E-7 1회 허가 상한(3년, 일부 추천 등은 5년)'),
      at: { anchor: 'stageStart', months: 36 },
      ruleId: 'KR-E7-06',
    },
  ],
  ...(needsReview ? { needsReview } : {}),
});

const whAgeDeadline = (ruleId: string): DeadlineDef => ({
  id: 'apply-before-26',
  kind: 'apply-by',
  label: t('Apply before turning 26 (26–30 only for special reasons, needs review)', '26歳になる前に申請（26〜30歳は特別な事情の場合のみ、要確認）', '26세가 되기 전에 신청(26~30세는 특별한 사유가 있을 때만, 확인 필요)'),
  at: { anchor: 'birthDate', months: 26 * 12, days: -1 },
  ruleId,
});

const jpStudy: StageDef = {
  id: 'study',
  status: 'JP:ryugaku',
  target: 'JP:ryugaku:part-time',
  label: t('Study (Student, 留学)', '留学', '유학(일본)'),
  start: [{ anchor: 'startDate' }],
  end: [{ anchor: 'graduationDate' }],
  deadlines: [
    {
      id: 'ryugaku-expiry',
      kind: 'expires',
      label: t('Student period of stay ends: change status before this date', '「留学」の在留期限：この日までに在留資格変更を申請', '유학 재류기간 만료: 이 날까지 재류자격 변경 신청'),
      at: { anchor: 'statusExpiresAt' },
      ruleId: 'JP-RYU-03',
    },
    {
      id: 'part-time-permission-ends',
      kind: 'expires',
      label: t('The 28-hour permission ends at graduation', '週28時間の資格外活動許可は卒業で終了', '주 28시간 자격외활동허가는 졸업과 함께 종료'),
      at: { anchor: 'graduationDate' },
      ruleId: 'JP-RYU-PT-04',
    },
  ],
};

const jpChangeBeforeStart = (ruleId: string): DeadlineDef => ({
  id: 'change-application',
  kind: 'apply-by',
  label: t('Apply for the change of status (ISA standard processing 2 weeks – 1 month)', '在留資格変更許可申請（標準処理期間2週間〜1か月）', '재류자격 변경허가 신청(표준 처리 기간 2주~1개월)'),
  at: { anchor: 'jobStartDate', months: -1 },
  ruleId,
});

const jpCoeBeforeStart = (ruleId: string): DeadlineDef => ({
  id: 'coe-application',
  kind: 'apply-by',
  label: t('Host applies for the Certificate of Eligibility (standard processing 1–3 months)', '受入機関が在留資格認定証明書を申請（標準処理期間1〜3か月）', '수용기관이 재류자격인정증명서 신청(표준 처리 기간 1~3개월)'),
  at: { anchor: 'stageStart', months: -3 },
  ruleId,
});

const jpGijinkoku = (deadlines: readonly DeadlineDef[], needsReview?: StageDef['needsReview']): StageDef => ({
  id: 'work',
  status: 'JP:gijinkoku',
  target: 'JP:gijinkoku',
  label: t('Work (Engineer/Specialist in Humanities/International Services)', '就職（技術・人文知識・国際業務）', '취업(기술·인문지식·국제업무)'),
  start: [{ anchor: 'jobStartDate' }],
  deadlines,
  ...(needsReview ? { needsReview } : {}),
});

const beforeStatusExpiry = (ruleId: string): DeadlineDef => ({
  id: 'before-status-expiry',
  kind: 'apply-by',
  label: t('The application must be filed before the current period of stay ends', '現在の在留期限までに申請が必要', '현재 체류(재류)기간 만료 전에 신청 필요'),
  at: { anchor: 'statusExpiresAt' },
  ruleId,
});

// ---- pathways -----------------------------------------------------------------------------------

export const PATHWAYS: readonly Pathway[] = [
  {
    id: 'kr-d2-d10-e7',
    country: 'KR',
    label: t('Korea: D-2 → internship → D-10-1 → E-7-1', '韓国：留学（D-2）→ インターン → 一般求職（D-10-1）→ 専門人材（E-7-1）', '한국: 유학(D-2) → 인턴 → 일반구직(D-10-1) → 전문인력(E-7-1)'),
    stages: [krStudy(), krD2Internship, krJobSeeking, krD10Internship, krWork()],
  },
  {
    id: 'kr-d2-e7',
    country: 'KR',
    label: t('Korea: D-2 → E-7-1 directly', '韓国：留学（D-2）→ 専門人材（E-7-1）へ直接', '한국: 유학(D-2) → 전문인력(E-7-1) 직행'),
    stages: [krStudy(), krD2Internship, krWork([beforeStatusExpiry('KR-E7-DOC')])],
  },
  {
    id: 'kr-h1-e7',
    country: 'KR',
    label: t('Korea: H-1 Working Holiday → E-7-1', '韓国：ワーキングホリデー（H-1）→ 専門人材（E-7-1）', '한국: 관광취업(H-1) → 전문인력(E-7-1)'),
    stages: [
      {
        id: 'working-holiday',
        status: 'KR:H-1',
        target: 'KR:H-1',
        label: t('Working holiday (H-1)', 'ワーキングホリデー（H-1・韓国）', '관광취업(H-1)'),
        start: [{ anchor: 'startDate' }],
        end: [{ anchor: 'stageStart', months: 12 }],
        deadlines: [
          whAgeDeadline('KR-H1'),
          { id: 'h1-end', kind: 'expires', label: t('H-1 stay ends (up to 1 year, single entry)', 'H-1の滞在終了（最長1年、シングル）', 'H-1 체류 종료(최대 1년, 단수)'), at: { anchor: 'stageStart', months: 12 }, ruleId: 'KR-H1' },
        ],
      },
      krWork(
        [],
        t(
          'The reference does not document a change from H-1 to E-7 inside Korea: plan a CCVI with the employer and the visa at a Korean consulate in Japan, or check with 1345.',
          '参照資料には韓国内でのH-1からE-7への変更の記載がありません。雇用主による査証発給認定書と日本の韓国公館での査証を計画するか、1345に確認してください。',
          '참고 자료에 국내 H-1 → E-7 변경이 기재되어 있지 않습니다. 고용주의 사증발급인정서와 일본 내 한국 공관 사증을 계획하거나 1345에 확인하세요.',
        ),
      ),
    ],
  },
  {
    id: 'jp-ryugaku-job-hunting-gijinkoku',
    country: 'JP',
    label: t('Japan: Student → Designated Activities (job hunting) → Engineer/Specialist in Humanities/International Services', '日本：留学 → 特定活動（継続就職活動）→ 技術・人文知識・国際業務', '일본: 유학 → 특정활동(계속 취직활동) → 기술·인문지식·국제업무'),
    stages: [
      jpStudy,
      {
        id: 'job-hunting',
        status: 'JP:tokutei-katsudo',
        target: 'JP:tokutei-katsudo:job-hunting',
        label: t('Job hunting after graduation (Designated Activities)', '特定活動（継続就職活動）', '특정활동(계속 취직활동)'),
        start: [{ anchor: 'graduationDate' }],
        end: [{ anchor: 'jobStartDate' }, { anchor: 'stageStart', months: 12 }],
        deadlines: [
          { ...beforeStatusExpiry('JP-TKJ'), id: 'change-to-job-hunting', label: t('Apply for the change from Student before its period of stay ends (school recommendation letter needed)', '「留学」の在留期限までに変更を申請（学校の推薦状が必要）', '유학 재류기간 만료 전에 변경 신청(학교 추천서 필요)') },
          { id: 'job-hunting-renewal', kind: 'apply-by', label: t('First 6 months end: apply for the one renewal (new recommendation letter)', '最初の6か月の満了：1回限りの更新を申請（推薦状を再取得）', '첫 6개월 만료: 1회 갱신 신청(추천서 재발급)'), at: { anchor: 'stageStart', months: 6 }, ruleId: 'JP-TKJ' },
          { id: 'job-hunting-end', kind: 'latest-end', label: t('Job-hunting status ends (6 + 6 months)', '継続就職活動の終了（6か月＋6か月）', '계속 취직활동 종료(6개월 + 6개월)'), at: { anchor: 'stageStart', months: 12 }, ruleId: 'JP-TKJ' },
        ],
      },
      jpGijinkoku([jpChangeBeforeStart('JP-PROC')]),
    ],
  },
  {
    id: 'jp-ryugaku-gijinkoku',
    country: 'JP',
    label: t('Japan: Student → Engineer/Specialist in Humanities/International Services', '日本：留学 → 技術・人文知識・国際業務', '일본: 유학 → 기술·인문지식·국제업무'),
    stages: [jpStudy, jpGijinkoku([jpChangeBeforeStart('JP-PROC'), beforeStatusExpiry('JP-GJK-DOC')])],
  },
  {
    id: 'jp-ryugaku-46',
    country: 'JP',
    label: t('Japan: Student → Designated Activities No. 46', '日本：留学 → 特定活動46号', '일본: 유학 → 특정활동 46호'),
    stages: [
      jpStudy,
      {
        id: 'work-46',
        status: 'JP:tokutei-katsudo:46',
        target: 'JP:tokutei-katsudo:46',
        label: t('Work (Designated Activities No. 46)', '就職（特定活動46号）', '취업(특정활동 46호)'),
        start: [{ anchor: 'jobStartDate' }],
        deadlines: [jpChangeBeforeStart('JP-PROC'), beforeStatusExpiry('JP-TK46')],
      },
    ],
  },
  {
    id: 'jp-tk9-gijinkoku',
    country: 'JP',
    label: t('Japan: Designated Activities No. 9 internship → graduation in Korea → Engineer/Specialist in Humanities/International Services', '日本：特定活動9号（インターン）→ 韓国で卒業 → 技術・人文知識・国際業務', '일본: 특정활동 9호(인턴) → 한국에서 졸업 → 기술·인문지식·국제업무'),
    stages: [
      {
        id: 'internship',
        status: 'JP:tokutei-katsudo:9',
        target: 'JP:tokutei-katsudo:9',
        label: t('Internship (Designated Activities No. 9)', 'インターンシップ（特定活動9号）', '인턴십(특정활동 9호)'),
        start: [{ anchor: 'startDate' }],
        end: [{ anchor: 'stageStart', months: 12 }],
        deadlines: [
          jpCoeBeforeStart('JP-PROC'),
          { id: 'tk9-max', kind: 'latest-end', label: t('Longest stay per internship (1 year, no renewal)', '1回のインターンの上限（1年、更新不可）', '1회 인턴 상한(1년, 갱신 불가)'), at: { anchor: 'stageStart', months: 12 }, ruleId: 'JP-TK9' },
        ],
      },
      jpGijinkoku([{ ...jpCoeBeforeStart('JP-PROC'), at: { anchor: 'jobStartDate', months: -3 } }]),
    ],
  },
  {
    id: 'jp-wh-gijinkoku',
    country: 'JP',
    label: t('Japan: Working Holiday → Engineer/Specialist in Humanities/International Services', '日本：特定活動（ワーキング・ホリデー）→ 技術・人文知識・国際業務', '일본: 워킹홀리데이 → 기술·인문지식·국제업무'),
    stages: [
      {
        id: 'working-holiday',
        status: 'JP:working-holiday',
        target: 'JP:working-holiday',
        label: t('Working holiday (Designated Activities)', '特定活動（ワーキング・ホリデー）', '워킹홀리데이(특정활동)'),
        start: [{ anchor: 'startDate' }],
        end: [{ anchor: 'stageStart', months: 12 }],
        deadlines: [
          whAgeDeadline('JP-WH'),
          { id: 'wh-end', kind: 'expires', label: t('Working holiday ends (up to 1 year, no extension in Japan)', 'ワーキングホリデーの終了（最長1年、日本国内での延長不可）', '워킹홀리데이 종료(최대 1년, 일본 내 연장 불가)'), at: { anchor: 'stageStart', months: 12 }, ruleId: 'JP-WH' },
        ],
      },
      jpGijinkoku(
        [{ ...jpCoeBeforeStart('JP-PROC'), at: { anchor: 'jobStartDate', months: -3 } }],
        t(
          'The reference does not document a change from the working holiday to Engineer/Specialist in Humanities/International Services inside Japan: plan a Certificate of Eligibility and apply from Korea, or check with the Immigration Services Agency.',
          '参照資料には日本国内でのワーキングホリデーから技術・人文知識・国際業務への変更の記載がありません。在留資格認定証明書を取得して韓国から申請する計画とするか、出入国在留管理庁に確認してください。',
          '참고 자료에 일본 내 워킹홀리데이 → 기술·인문지식·국제업무 변경이 기재되어 있지 않습니다. 재류자격인정증명서를 받아 한국에서 신청하는 계획으로 하거나 출입국재류관리청에 확인하세요.',
        ),
      ),
    ],
  },
];

export function getPathway(id: string): Pathway | undefined {
  return PATHWAYS.find((p) => p.id === id);
}
