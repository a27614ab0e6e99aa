import { SOURCES } from '../sources';
import { fail, missingFact, pass, unverifiedPoint, type VisaRule } from '../rule';
import { t } from '../text';
import { D2_REFORM_DATE } from './kr-d2-common';

const base = { sources: SOURCES.krD2, unverified: false, section: '§A1.2', targets: ['KR:D-2:internship'] } as const;

const curricular: VisaRule = {
  ...base,
  id: 'KR-D2-INT-01',
  refId: 'KR-D2-INT-01',
  effectiveFrom: D2_REFORM_DATE,
  title: t(
    'Credit-bearing field practice needs no part-time permission',
    '単位認定の現場実習は時間制就業許可が不要',
    '학점 인정 현장실습은 시간제취업 허가 불필요',
  ),
  evaluate: ({ job }) => {
    if (job.curricular !== true) return null;
    return pass(
      t(
        'Legally mandatory field practice or the standard field-practice semester (표준 현장실습학기제), for credit: no part-time permission is needed.',
        '法定の現場実習または標準現場実習学期制（単位認定）のため、時間制就業許可は不要です。',
        '법정 현장실습 또는 표준 현장실습학기제(학점 인정)이므로 시간제취업 허가가 필요 없습니다.',
      ),
    );
  },
};

const vacationProfessional: VisaRule = {
  ...base,
  id: 'KR-D2-INT-02',
  refId: 'KR-D2-INT-02',
  effectiveFrom: D2_REFORM_DATE,
  handlesOwnDates: true,
  title: t(
    'Professional-field internship during summer or winter vacation',
    '夏季・冬季休暇中の専門分野インターンシップ',
    '하계·동계 방학 중 전문 분야 인턴십',
  ),
  evaluate: ({ job, person, evalDate }) => {
    if (job.curricular !== false || person.enrollment?.inVacation !== true) return null;
    if (evalDate < D2_REFORM_DATE) {
      return fail(
        t(
          'Before 2023-07-03 only simple-labour part-time work was allowed in vacations, not professional-field internships.',
          '2023-07-03より前は、休暇中も単純労務のアルバイトのみ認められ、専門分野のインターンシップは認められませんでした。',
          '2023-07-03 이전에는 방학 중에도 단순노무 아르바이트만 허용되었고 전문 분야 인턴십은 허용되지 않았습니다.',
        ),
      );
    }
    return unverifiedPoint(
      'KR',
      t(
        'Vacation internships in professional (E-1…E-7) fields are allowed since 2023-07-03; the permission procedure is assumed to apply, but whether a separate form exists is not confirmed.',
        '2023-07-03以降、休暇中の専門分野（E-1〜E-7）インターンシップは認められています。許可手続きが必要と考えられますが、専用の様式があるかは確認されていません。',
        '2023-07-03부터 방학 중 전문 분야(E-1~E-7) 인턴십이 허용됩니다. 허가 절차가 필요한 것으로 보이나 별도 서식 여부는 확인되지 않았습니다.',
      ),
    );
  },
};

const semesterAsPartTime: VisaRule = {
  ...base,
  id: 'KR-D2-INT-03',
  refId: 'KR-D2-INT-03',
  title: t(
    'Off-campus internship in semester, not for credit, counts as part-time work',
    '学期中の単位外インターンシップは時間制就業として扱う',
    '학기 중 학점 외 인턴십은 시간제취업으로 취급',
  ),
  evaluate: ({ job, person }) => {
    if (job.curricular !== false || person.enrollment?.inVacation !== false) return null;
    return pass(
      t(
        'A semester internship not for credit counts as part-time work: it needs prior permission and the weekly caps (rules KR-D2-PT-*).',
        '学期中の単位外インターンシップは時間制就業として扱われ、事前許可と週の上限時間（KR-D2-PT-*）が適用されます。',
        '학기 중 학점 외 인턴십은 시간제취업으로 취급되어 사전 허가와 주당 시간 상한(KR-D2-PT-*)이 적용됩니다.',
      ),
    );
  },
};

const linkedToStudy: VisaRule = {
  ...base,
  id: 'KR-D2-INT-04',
  refId: 'KR-D2-INT-04',
  title: t('Whether the internship is linked to study', 'インターンシップが学業と関連するか', '인턴십의 학업 연계 여부'),
  evaluate: ({ job, person }) => {
    if (job.curricular === undefined) {
      return missingFact(
        ['job.curricular'],
        t(
          'Whether the internship is part of the curriculum (credit, graduation, thesis) decides the procedure; immigration judges it case by case, so if in doubt apply for permission.',
          '単位・卒業・論文と関連するかで手続きが変わります。出入国・外国人庁が個別に判断するため、迷う場合は許可を申請してください。',
          '학점·졸업·논문과의 연계 여부에 따라 절차가 달라집니다. 출입국·외국인청이 개별 판단하므로 불확실하면 허가를 신청하세요.',
        ),
      );
    }
    if (job.curricular === false && person.enrollment?.inVacation === undefined) {
      return missingFact(
        ['person.enrollment.inVacation'],
        t(
          'A non-credit internship is allowed as a professional internship in vacations, or as part-time work in semester.',
          '単位外インターンシップは、休暇中は専門分野インターンとして、学期中は時間制就業として扱われます。',
          '학점 외 인턴십은 방학 중에는 전문 분야 인턴으로, 학기 중에는 시간제취업으로 취급됩니다.',
        ),
      );
    }
    return null;
  },
};

export const KR_D2_INTERNSHIP_RULES: readonly VisaRule[] = [curricular, vacationProfessional, semesterAsPartTime, linkedToStudy];
