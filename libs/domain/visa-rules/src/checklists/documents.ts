import type { TrilingualText } from '@hashidari/domain-core';
import { t } from '../text';

export type ChecklistProvider = 'candidate' | 'employer' | 'school';
export type ChecklistKind = 'document' | 'step';

export interface DocumentEntry {
  label: TrilingualText;
  provider: ChecklistProvider;
  kind: ChecklistKind;
}

function doc(provider: ChecklistProvider, en: string, ja: string, ko: string): DocumentEntry {
  return { label: t(en, ja, ko), provider, kind: 'document' };
}

function step(provider: ChecklistProvider, en: string, ja: string, ko: string): DocumentEntry {
  return { label: t(en, ja, ko), provider, kind: 'step' };
}

/**
 * Documents and steps, with stable ids. Names follow reference/glossary.md (official terms per country:
 * Korean documents keep their Korean names, Japanese ones their Japanese names).
 */
export const DOCUMENTS = {
  // ---- Korea, common ----
  'kr.integrated-application-form': doc('candidate', 'Integrated application form', '統合申請書（韓国）', '통합신청서'),
  'kr.passport': doc('candidate', 'Passport', '旅券（パスポート）', '여권'),
  'kr.residence-card': doc('candidate', 'Residence Card (Korea)', '外国人登録証（韓国）', '외국인등록증'),
  'kr.photo': doc('candidate', 'Photo', '写真', '사진'),
  'kr.fee-change': doc('candidate', 'Fee: change of status 100,000 KRW; Residence Card re-issue 30,000–35,000 KRW (sources differ)', '手数料：在留資格変更10万ウォン、外国人登録証再発行3万〜3.5万ウォン（出典により異なる）', '수수료: 체류자격 변경 10만 원, 외국인등록증 재발급 3만~3.5만 원(출처마다 다름)'),
  'kr.proof-of-residence': doc('candidate', 'Proof of residence', '滞在地の証明書類', '체류지 입증서류'),
  'kr.degree-certificate': doc('candidate', 'Degree certificate (may be skipped if verifiable in FIMS)', '学位証（FIMSで確認できる場合は省略可）', '학위증(FIMS로 확인 가능하면 생략 가능)'),
  'kr.topik-kiip-proof': doc('candidate', 'TOPIK or KIIP result', 'TOPIK・社会統合プログラム（KIIP）の成績証明', 'TOPIK·사회통합프로그램(KIIP) 성적 증명'),
  // ---- D-2 part-time (KR-D2-PT-12) ----
  'kr-d2.part-time-confirmation': doc('school', "University part-time work confirmation form, signed by the employer and the international office", '大学の時間制就業確認書（雇用主と国際交流担当部署の署名入り）', '외국인 유학생 시간제취업 확인서(고용주·국제처 서명)'),
  'kr-d2.transcript': doc('school', 'Transcript', '成績証明書', '성적증명서'),
  'kr-d2.language-score': doc('candidate', 'TOPIK / KIIP / English test score', 'TOPIK・KIIP・英語試験の成績', 'TOPIK·KIIP·영어 성적'),
  'kr-d2.business-registration-copy': doc('employer', "Copy of the employer's business registration certificate", '雇用主の事業者登録証の写し', '사업자등록증 사본'),
  'kr-d2.standard-labour-contract': doc('employer', 'Standard labour contract (hourly wage, duties, hours)', '標準労働契約書（時給・業務・勤務時間）', '표준근로계약서(시급·업무·근무시간)'),
  'kr-d2.employer-id-copy': doc('employer', "Copy of the employer's ID (some universities)", '雇用主の身分証の写し（一部の大学）', '고용주 신분증 사본(일부 대학)'),
  'kr-d2.compliance-pledge': doc('employer', 'Compliance pledge', '遵守誓約書', '준수 서약서'),
  'kr-d2.apply-before-start': step('candidate', 'Apply for part-time work permission on HiKorea or at the immigration office before the start date (universities ask for at least 2 weeks)', '開始日前にハイコリアまたは出入国・外国人庁で時間制就業許可を申請（大学は2週間以上前を求める）', '시작일 전에 하이코리아 또는 출입국·외국인청에서 시간제취업 허가 신청(대학은 2주 이상 전 요청)'),
  'kr-d2.field-practice-confirmation': doc('school', 'University confirmation that the field practice is for credit (no permission needed)', '現場実習が単位認定である旨の大学の確認（許可不要）', '현장실습 학점 인정에 대한 대학 확인(허가 불필요)'),
  'kr-d2.vacation-internship-permission': step('candidate', 'Apply for permission for the vacation internship (whether a separate form exists is UNVERIFIED)', '休暇中インターンの許可を申請（専用様式の有無は未確認）', '방학 중 인턴 허가 신청(별도 서식 여부 미확인)'),
  // ---- D-10-1 (KR-D10-DOC) ----
  'kr-d10.job-seeking-plan': doc('candidate', 'Job-seeking activity plan', '求職活動計画書', '구직활동계획서'),
  'kr-d10.financial-proof': doc('candidate', 'Financial proof (single-person housing-benefit standard × months of stay)', '財政能力の証明（単身世帯の住居給付基準額×滞在月数）', '재정능력 입증서류(1인 가구 주거급여 기준 × 체류 개월 수)'),
  'kr-d10.career-certificates': doc('candidate', 'Career certificates or recommendations, as applicable', '経歴証明書・推薦書（該当する場合）', '경력증명서·추천서(해당 시)'),
  'kr-d10.activity-report': doc('candidate', "Report of the last period's job-search activity", '前回期間の求職活動報告書', '직전 기간 구직활동 보고서'),
  'kr-d10.internship-report': step('candidate', 'Report the internship to immigration within 14 days of starting (and of changing host)', 'インターン開始（受入先変更）から14日以内に出入国・外国人庁へ届出', '인턴 시작(기관 변경) 후 14일 이내 출입국·외국인청에 신고'),
  'kr-d10.host-internship-confirmation': doc('employer', 'Host organisation\'s internship confirmation (field, period, training allowance)', '受入機関のインターン確認書（分野・期間・研修手当）', '수용기관 인턴 확인서(분야·기간·훈련수당)'),
  // ---- E-7-1 (KR-E7-DOC, KR-E7-EMP) ----
  'kr-e7.degree-certificate': doc('candidate', 'Degree certificate (apostilled or legalised if foreign; a Korean degree may be checked in FIMS)', '学位証（外国の学位はアポスティーユまたは領事認証、韓国の学位はFIMSで確認可）', '학위증(외국 학위는 아포스티유 또는 영사확인, 한국 학위는 FIMS 확인 가능)'),
  'kr-e7.career-certificates': doc('candidate', 'Career certificates (period, employer, duties)', '経歴証明書（期間・雇用主・業務）', '경력증명서(기간·고용주·업무)'),
  'kr-e7.language-certificates': doc('candidate', 'Language certificates where the code requires them (e.g. 2814: TOPIK 6 or KIIP stage 5 cited)', '職種が求める語学証明（例：2814はTOPIK 6級またはKIIP 5段階）', '직종이 요구하는 어학 증명(예: 2814는 TOPIK 6급 또는 KIIP 5단계)'),
  'kr-e7.cv': doc('candidate', 'CV', '履歴書', '이력서'),
  'kr-e7.employment-contract': doc('employer', 'Signed employment contract (salary, duties, term)', '署名済みの雇用契約書（給与・業務・期間）', '서명된 고용계약서(급여·업무·기간)'),
  'kr-e7.business-registration': doc('employer', 'Business registration certificate (사업자등록증) and 사업자등록증명원', '事業者登録証（사업자등록증）および事業者登録証明（사업자등록증명원）', '사업자등록증 및 사업자등록증명원'),
  'kr-e7.corporate-registry': doc('employer', 'Corporate registry extract', '法人登記事項証明書（韓国）', '법인 등기사항전부증명서'),
  'kr-e7.company-profile': doc('employer', 'Company profile or business plan', '会社概要または事業計画書', '회사 소개서 또는 사업계획서'),
  'kr-e7.financial-statements': doc('employer', 'Recent financial statements', '直近の財務諸表', '최근 재무제표'),
  'kr-e7.tax-certificates': doc('employer', 'National and local tax payment certificates', '国税・地方税の納税証明書', '국세·지방세 납세증명서'),
  'kr-e7.insured-list': doc('employer', 'Employment-insurance insured list (고용보험 피보험자격 취득내역)', '雇用保険被保険者資格取得内訳（고용보험 피보험자격 취득내역）', '고용보험 피보험자격 취득내역'),
  'kr-e7.statement-of-reasons': doc('employer', 'Statement of reasons for employing a foreigner (고용사유서)', '雇用事由書（고용사유서）', '고용사유서'),
  'kr-e7.employment-recommendation': doc('employer', 'Ministry employment recommendation where one exists (e.g. KOTRA/MOTIE or MSS for IT codes)', '省庁の雇用推薦書（該当する場合、例：IT職種のKOTRA・産業通商資源部・中小ベンチャー企業部）', '고용추천서(해당 시, 예: IT 직종 KOTRA·산업통상자원부·중소벤처기업부)'),
  'kr-e7.employer-standing': step('employer', 'Valid business registration, no unpaid national or local taxes, social insurance up to date, no immigration violations', '有効な事業者登録、国税・地方税の滞納なし、社会保険料の納付、出入国管理法違反なし', '유효한 사업자등록, 국세·지방세 체납 없음, 사회보험료 납부, 출입국관리법 위반 없음'),
  'kr-e7.ccvi': step('employer', 'Employer applies for a CCVI (Certificate for Confirmation of Visa Issuance) on HiKorea; the visa is then issued at a Korean consulate', '雇用主がハイコリアで査証発給認定書を申請し、韓国の在外公館で査証を受ける', '고용주가 하이코리아로 사증발급인정서를 신청하고 재외공관에서 사증을 받음'),
  // ---- H-1 (KR-H1, agency summary; consulates vary) ----
  'kr-h1.application': doc('candidate', 'Visa application form', '査証申請書', '사증발급신청서'),
  'kr-h1.photo': doc('candidate', 'Photo 3.5 × 4.5 cm', '写真（3.5×4.5cm）', '사진(3.5×4.5cm)'),
  'kr-h1.passport': doc('candidate', 'Passport and a copy', '旅券（パスポート）とその写し', '여권 및 사본'),
  'kr-h1.criminal-record': doc('candidate', 'Criminal record certificate', '犯罪経歴証明書', '범죄경력증명서'),
  'kr-h1.health-certificate': doc('candidate', 'Health certificate (at most 1 month old)', '健康診断書（1か月以内）', '건강진단서(1개월 이내)'),
  'kr-h1.medical-insurance': doc('candidate', 'Medical insurance for at least 10 months with at least 40 M KRW cover', '10か月以上・補償4,000万ウォン以上の医療保険', '10개월 이상·보장 4,000만 원 이상 의료보험'),
  'kr-h1.final-education': doc('candidate', 'Final-education certificate', '最終学歴証明書', '최종학력증명서'),
  'kr-h1.accommodation': doc('candidate', 'Accommodation proof', '宿泊先の証明', '숙소 증명'),
  'kr-h1.korean-study': doc('candidate', 'Korean-study site registration or language-school admission', '韓国語学習サイトの登録または語学学校の入学許可', '한국어 학습 사이트 등록 또는 어학원 입학 허가'),
  'kr-h1.activity-plan': doc('candidate', 'Activity plan (work, study, housing) in Korean or English', '活動計画書（就労・学習・住居、韓国語または英語）', '활동계획서(취업·학습·주거, 한국어 또는 영어)'),
  'kr-h1.ticket-or-funds': doc('candidate', 'Return ticket or bank balance of at least 300,000 JPY (400,000 JPY without a ticket; at most 1 month old)', '帰りの航空券または30万円以上の残高証明（航空券なしは40万円以上、1か月以内）', '귀국 항공권 또는 30만 엔 이상 잔고증명(항공권 없으면 40만 엔 이상, 1개월 이내)'),
  'kr-h1.juminhyo': doc('candidate', 'Certificate of residence (住民票)', '住民票', '주민표(일본 주민등록등본)'),
  // ---- Japan, common ----
  'jp.passport': doc('candidate', 'Passport', '旅券（パスポート）', '여권'),
  'jp.residence-card': doc('candidate', 'Residence Card (Japan)', '在留カード', '재류카드'),
  'jp.change-application': doc('candidate', 'Application for Change of Status of Residence', '在留資格変更許可申請書', '재류자격 변경허가 신청서'),
  'jp.extension-application': doc('candidate', 'Application for Extension of Period of Stay', '在留期間更新許可申請書', '재류기간 갱신허가 신청서'),
  'jp.coe-application': doc('employer', 'Application for Certificate of Eligibility (COE), filed in Japan by the host as agent', '在留資格認定証明書交付申請（受入機関が代理申請）', '재류자격인정증명서(COE) 교부 신청(수용기관 대리 신청)'),
  'jp.activity-permission': doc('candidate', 'Application for Permission to Engage in Activity Other Than That Permitted (資格外活動許可)', '資格外活動許可申請書', '자격외활동허가 신청서'),
  'jp.degree-or-graduation': doc('school', 'Degree certificate or graduation certificate', '学位記または卒業証明書', '학위증(학위기) 또는 졸업증명서'),
  'jp.enrolment-certificate': doc('school', 'Enrolment certificate', '在学証明書', '재학증명서'),
  'jp.transcript': doc('school', 'Transcript (credits)', '成績証明書（単位取得状況）', '성적증명서(취득 학점)'),
  // ---- 留学 (JP-RYU) ----
  'jp-ryu.no-adult-entertainment': step('employer', 'Workplace is not a business under the adult-entertainment law (風俗営業), even in permitted roles', '勤務先が風俗営業等の店舗でないこと（許可された職種でも不可）', '근무처가 풍속영업 업소가 아닐 것(허용 직종이라도 불가)'),
  'jp-ryu.host-description': doc('employer', "Host company's description of the internship (duties, period, hours, place, pay)", '受入企業によるインターンシップの説明書（業務・期間・時間・場所・報酬）', '수용 기업의 인턴십 설명서(업무·기간·시간·장소·보수)'),
  // ---- 特定活動9号 (JP-TK9) ----
  'jp-tk9.university-contract': doc('school', 'Internship contract between the university and the host organisation', '大学と受入機関のインターンシップ契約書', '대학과 수용기관 간 인턴십 계약서'),
  'jp-tk9.internship-plan': doc('employer', 'Internship plan: duties related to the major, pay, supervision system', 'インターンシップ計画（専攻と関連する業務・報酬・指導体制）', '인턴십 계획(전공 관련 업무·보수·지도 체계)'),
  // ---- 特定活動（継続就職活動） (JP-TKJ) ----
  'jp-tkj.proof-of-funds': doc('candidate', 'Proof of funds (bank balance or remittances)', '経費支弁能力の証明（預金残高または送金記録）', '경비 지불 능력 증명(잔고 또는 송금 기록)'),
  'jp-tkj.graduation': doc('school', 'Diploma or graduation certificate (an expected-graduation certificate is accepted if 留学 would otherwise expire; submit the diploma later)', '卒業証書または卒業証明書（留学の期限が先に来る場合は卒業見込証明書で可、後日提出）', '졸업장 또는 졸업증명서(유학 기간이 먼저 끝나면 졸업예정증명서 가능, 추후 제출)'),
  'jp-tkj.recommendation': doc('school', 'School recommendation letter (推薦状), issued again for the renewal', '学校の推薦状（更新時も再発行）', '학교 추천서(갱신 시 재발급)'),
  'jp-tkj.job-hunting-evidence': doc('candidate', 'Evidence of ongoing job hunting (seminar bookings, rejection letters, Hello Work registration)', '就職活動の継続を示す資料（説明会の予約、不採用通知、ハローワーク登録）', '취직활동 계속 증빙(설명회 예약, 불합격 통지, 헬로워크 등록)'),
  // ---- 特定活動46号 (JP-TK46, derived from its conditions) ----
  'jp-tk46.japanese-proof': doc('candidate', 'JLPT N1 certificate or BJT score report (480+)', '日本語能力試験N1の合格証明書またはBJTスコアレポート（480点以上）', 'JLPT N1 합격증명서 또는 BJT 성적표(480점 이상)'),
  'jp-tk46.employment-terms': doc('employer', 'Employment contract or labour-conditions notice showing full-time direct employment and pay', 'フルタイムの直接雇用と報酬を示す雇用契約書または労働条件通知書', '풀타임 직접 고용과 보수를 보여 주는 고용계약서 또는 노동조건통지서'),
  'jp-tk46.duties-description': doc('employer', 'Description of duties (two-way communication in Japanese, use of university knowledge)', '業務内容の説明（日本語での双方向のコミュニケーション、大学での知識の活用）', '업무 내용 설명(일본어 쌍방향 의사소통, 대학 지식 활용)'),
  // ---- 技術・人文知識・国際業務 (JP-GJK-DOC, JP-GJK-CAT) ----
  'jp-gjk.photo': doc('candidate', 'Photo 4 × 3 cm taken within 3 months', '写真（縦4cm×横3cm、3か月以内に撮影）', '사진(세로 4cm × 가로 3cm, 3개월 이내 촬영)'),
  'jp-gjk.return-envelope': doc('employer', 'Return envelope with postage stamps (COE)', '返信用封筒（切手貼付、在留資格認定証明書の場合）', '반신용 봉투(우표 부착, COE의 경우)'),
  'jp-gjk.category-proof': doc('employer', "Document proving the employer's category (カテゴリー1〜4)", '所属機関のカテゴリーを証明する文書', '소속기관 카테고리(1~4) 증명 서류'),
  'jp-gjk.labour-conditions': doc('employer', 'Labour-conditions notice or employment contract (Labour Standards Act art. 15)', '労働条件通知書または雇用契約書（労働基準法第15条）', '노동조건통지서 또는 고용계약서(노동기준법 제15조)'),
  'jp-gjk.cv': doc('candidate', 'CV', '履歴書', '이력서'),
  'jp-gjk.degree-or-experience': doc('candidate', 'Diploma or degree certificate (and transcript, important for 専門学校 graduates) or proof of experience', '卒業証明書・学位記（専門学校卒業者は成績証明書も重要）または実務経験の証明', '졸업증명서·학위기(전문학교 졸업자는 성적증명서도 중요) 또는 실무 경력 증명'),
  'jp-gjk.company-registry': doc('employer', 'Company registry certificate (登記事項証明書)', '登記事項証明書', '등기사항증명서(일본)'),
  'jp-gjk.financial-statements': doc('employer', 'Latest financial statements', '直近年度の決算文書（財務諸表）', '최근 연도 결산 서류(재무제표)'),
  'jp-gjk.company-description': doc('employer', 'Company brochure or description (history, officers, business, main clients)', '会社案内（沿革・役員・事業内容・主要取引先）', '회사 안내서(연혁·임원·사업 내용·주요 거래처)'),
  'jp-gjk.reason-for-hiring': doc('employer', 'Reason-for-hiring letter (strongly recommended)', '雇用理由書（強く推奨）', '고용 이유서(강력 권장)'),
  'jp-gjk.business-plan': doc('employer', 'Business plan (new companies)', '事業計画書（新設会社）', '사업계획서(신설 회사)'),
  'jp-gjk.no-withholding-return-proof': doc('employer', 'Proof that no 法定調書合計表 exists, e.g. the salary-payment-office notification or a tax-exemption reason statement (details UNVERIFIED)', '法定調書合計表を提出していないことの証明（給与支払事務所等の開設届出書の写し、源泉徴収の免除理由書など。詳細は未確認）', '법정조서합계표 미제출 증명(급여지급사무소 개설신고서 사본, 원천징수 면제 사유서 등, 세부 미확인)'),
  // ---- Working holiday, Japan side (JP-WH) ----
  'jp-wh.designated-agency': step('candidate', "Apply through the Japanese embassy's designated travel agency in Korea (quarterly intake; no walk-in or mail)", '在韓国日本大使館の指定旅行会社を通じて申請（四半期ごとの受付、窓口・郵送不可）', '주한 일본대사관 지정 여행사를 통해 신청(분기별 접수, 방문·우편 불가)'),
  'jp-wh.surrender-card': step('candidate', 'For a second working holiday: return to Korea and surrender the residence card first', '2回目のワーキングホリデーは、帰国して在留カードを返納してから申請', '두 번째 워킹홀리데이는 귀국해 재류카드를 반납한 후 신청'),
  'jp-wh.no-adult-entertainment': step('candidate', 'No work in bars, cabarets or other 風俗営業 businesses', 'バー・キャバレー等の風俗営業での就労不可', '바·카바레 등 풍속영업 업소 취업 불가'),
} as const satisfies Record<string, DocumentEntry>;

export type DocumentId = keyof typeof DOCUMENTS;
