import type { IsoDate } from '@hashidari/domain-core';

export { LABELLED_CANDIDATES } from './labelled-candidates';
export { LABELLED_JOBS } from './labelled-jobs';

/** 3 excellent, 2 good, 1 marginal, 0 not suitable or not legally possible (an adviser's judgement). */
export type Relevance = 0 | 1 | 2 | 3;

export interface LabelledPair {
  candidateId: string;
  jobId: string;
  relevance: Relevance;
  /** One line: the visa, language, skills and wishes points the label rests on */
  why: string;
}

/** The date the labels were given for (E-7-1 floor 31,120,000 KRW; 2027 floor unpublished). */
export const LABELLED_EVAL_DATE: IsoDate = '2026-05-15';

const pairsOf = (candidateId: string, rows: readonly (readonly [string, Relevance, string])[]): LabelledPair[] =>
  rows.map(([jobId, relevance, why]) => ({ candidateId, jobId, relevance, why }));

/**
 * Candidate–posting pairs with the relevance a careful career adviser gives them. The labels were written
 * from the profiles and postings alone, before the scores were looked at.
 */
export const LABELLED_PAIRS: readonly LabelledPair[] = [
  ...pairsOf('c01-aoi-jp-d2-sales', [
    ['kr-sales-seoul-2742', 3, 'wished 2742; TOPIK 5 over 4; sales and native Japanese; D-2 to E-7-1 with sponsorship; pay above her floor and the E-7 floor; starts after graduation'],
    ['jp-korea-sales-048', 3, 'Japanese citizen, no visa needed; Korea-desk overseas sales (crosswalk of 2742); TOPIK 5 covers Korean; pay above her floor'],
    ['kr-sales-2027', 2, 'same fit, but starts March 2027 (half a year idle) and the 2027 E-7 floor is unpublished: needs review'],
    ['kr-trade-sales-incheon-2742', 2, 'wished code, visa fine, pay above both floors; trade practice missing'],
    ['kr-translator-2814', 1, 'meets the language bar (native Japanese, TOPIK 5) but no translation skill and not her wish'],
    ['kr-sales-busan-lowpay', 0, 'pay band entirely below the 2026 E-7-1 floor: no visa'],
    ['kr-marketing-nosponsor-2733', 0, 'no sponsorship, so no E-7; not her field either'],
    ['kr-marketing-intern-2733', 0, 'internship; she wants full-time work'],
  ]),
  ...pairsOf('c02-haruto-jp-d10-backend', [
    ['kr-backend-2223', 3, 'all required skills, wished code, D-10 to E-7-1, TOPIK 4 over 3, pay above floor, starts now'],
    ['kr-backend-fintech-2223', 3, 'java, spring and aws all held; TOPIK 4 meets; pay well above floor'],
    ['kr-fullstack-2224', 2, 'wished code; java and sql held, javascript missing'],
    ['kr-backend-2027-2223', 2, 'skills fit, but starts January 2027, after his D-10 ends; 2027 E-7 floor unpublished'],
    ['kr-data-analyst-2231', 1, 'only sql of python, sql and data analysis; not a wished code'],
    ['kr-frontend-2224', 1, 'wished code but none of javascript, typescript, react'],
    ['kr-backend-lowpay-2223', 0, 'pay below the E-7-1 floor: no visa'],
    ['jp-backend-osaka-009-2027', 0, 'he wants Korea only'],
    ['kr-frontend-intern-2224', 0, 'internship; he wants full-time'],
  ]),
  ...pairsOf('c03-minji-kr-ryugaku-marketing', [
    ['jp-marketing-033-2027', 3, 'starts April 2027 right after her master; digital marketing and native Korean; 留学 to 技人国'],
    ['jp-pr-specialist-035', 2, 'April 2027 start, social media fits, PR experience missing'],
    ['jp-marketing-intern-033', 2, 'the internship she asked for, allowed on 留学 within 28 h; builds the track'],
    ['jp-marketing-now-033', 1, 'ideal skills, but full-time from August 2026, before she graduates'],
    ['jp-market-research-lowpay-033', 1, 'skills and timing fit, but 3.3M JPY is well under her 4.0M floor'],
    ['jp-korea-sales-048', 0, 'not her field and starts before she graduates'],
    ['kr-marketing-nosponsor-2733', 0, 'she wants Japan only'],
    ['jp-domestic-sales-nosponsor-048', 0, 'no sponsorship and not her field'],
  ]),
  ...pairsOf('c04-jisoo-kr-translator', [
    ['kr-translator-2814', 3, 'citizen; wished 2814; JLPT N1 and native Korean; translation; pay above floor'],
    ['kr-interpreter-busan-2814', 3, 'citizen, so no sponsorship needed; interpretation and JLPT N1; wished code'],
    ['jp-translator-015', 3, 'Korean-Japanese translation in Tokyo; COE from Korea fits the September start; pay above her floor'],
    ['jp-contract-translator-015', 1, 'contract is fine, but a COE cannot be ready for a 1 July start'],
    ['jp-korean-cs-036', 1, 'languages fit, but customer service is not her field and pay sits at her floor'],
    ['kr-travel-planner-2732', 1, 'Japanese fits, customer service missing, not her field'],
    ['kr-sales-seoul-2742', 1, 'has Japanese, no sales background'],
    ['kr-hotel-front-3922', 0, 'not her field, no front-desk skills, pay barely at her floor'],
    ['jp-marketing-intern-033', 0, 'internship; she wants full-time or contract work'],
  ]),
  ...pairsOf('c05-yuki-jp-h1-hotel', [
    ['kr-hotel-front-3922', 2, 'wished 3922, skills and hotel experience fit; 3922 is E-7-2 and H-1 has no in-country change: needs review'],
    ['kr-hotel-front-busan-3922', 2, 'same fit (contract accepted), same visa caveat'],
    ['kr-duty-free-31215', 1, 'guest-facing work her skills fit, but not a wished occupation; E-7-2 from H-1 needs review'],
    ['kr-travel-planner-2732', 1, 'wished 2732 and native Japanese, but a bachelor is required and she holds an associate degree'],
    ['kr-hotel-front-jeju-nosponsor', 0, 'no sponsorship: on H-1 she cannot take full-time work without a work visa'],
    ['jp-hotel-front-056', 0, 'Japan not wished'],
    ['kr-sales-seoul-2742', 0, 'TOPIK 3 below the TOPIK 4 minimum; no sales'],
    ['kr-marketing-intern-2733', 0, 'internship not wished; TOPIK 4 required'],
  ]),
  ...pairsOf('c06-seojun-kr-dev-to-jp', [
    ['jp-frontend-tokyo-009', 3, 'javascript, typescript and react held; JLPT N2; COE from Korea in time for October; pay above floor'],
    ['jp-web-dev-fukuoka-009-03', 2, 'wished field, pay at or above floor, php missing'],
    ['jp-data-analyst-010', 2, 'python and sql held, data analysis missing; IT work, pay high'],
    ['jp-backend-osaka-009-2027', 1, 'only sql of java, spring, sql; starts April 2027'],
    ['jp-frontend-nosponsor-009', 0, 'no sponsorship, so no 技人国'],
    ['jp-it-intern-009', 0, 'internship; he wants full-time'],
    ['kr-frontend-2224', 0, 'Korea not wished'],
    ['jp-korea-sales-048', 0, 'not his field'],
  ]),
  ...pairsOf('c07-ren-jp-korean-sales', [
    ['jp-korea-sales-048', 3, 'citizen; Korea-desk sales with TOPIK 6 and a year of sales; wished 048'],
    ['jp-translator-015', 3, 'citizen; Korean-Japanese translation, a wished field, pay above floor'],
    ['jp-domestic-sales-nosponsor-048', 2, 'citizen, so sponsorship does not matter; sales fits, but his Korean goes unused'],
    ['kr-sales-seoul-2742', 2, 'E-7-1 through a CCVI from Japan; sales and TOPIK 6; pay around his floor'],
    ['kr-translator-2814', 2, 'E-7-1 through a CCVI; TOPIK 6 and native Japanese; pay around his floor'],
    ['jp-korean-cs-036', 1, 'languages fit, but not a wished occupation and pay under his floor'],
    ['kr-marketing-nosponsor-2733', 0, 'no sponsorship, and he would need E-7'],
    ['jp-mech-engineer-006', 0, 'unrelated field'],
  ]),
  ...pairsOf('c08-sakura-jp-d2-intern', [
    ['kr-marketing-intern-2733', 3, 'the marketing internship she wants; D-2 internship route; social media, native Japanese, excel'],
    ['kr-trade-intern-2742', 2, 'wished code; excel and Japanese held; trade practice to learn'],
    ['kr-event-intern-2735', 2, 'related marketing internship; powerpoint and Japanese held, event planning missing'],
    ['kr-pr-intern-2733', 0, 'TOPIK 5 minimum; she holds TOPIK 4'],
    ['kr-frontend-intern-2224', 0, 'no IT skills'],
    ['kr-sales-seoul-2742', 0, 'full-time; she is still studying and wants an internship'],
    ['kr-marketing-nosponsor-2733', 0, 'full-time without sponsorship; she wants an internship'],
    ['jp-marketing-intern-033', 0, 'Japan not wished'],
  ]),
  ...pairsOf('c09-linh-vn-d10-mech', [
    ['kr-mech-design-2351', 3, 'wished 2351; mechanical design and autocad held; D-10 to E-7-1; pay above floor'],
    ['kr-plant-design-english-2351', 3, 'master required and held; mechanical design and English; pay high'],
    ['kr-mech-2027-2351', 2, 'skills fit; starts January 2027 (2027 E-7 floor unpublished: needs review)'],
    ['kr-cad-drafter-2395', 1, 'autocad fits, but pay under her floor and straddling the E-7-1 floor; under-uses her master'],
    ['kr-semiconductor-2342', 1, 'engineering, but none of the required process skills'],
    ['kr-mech-lowpay-2351', 0, 'pay below the E-7-1 floor: no visa'],
    ['jp-mech-engineer-006', 0, 'JLPT N2 required; she has no Japanese'],
    ['kr-backend-2223', 0, 'unrelated field'],
  ]),
  ...pairsOf('c10-doyun-kr-sales', [
    ['kr-tech-sales-2743', 3, 'citizen (native Korean meets TOPIK 6); B2B sales and CRM; wished 2743; pay above floor'],
    ['kr-b2b-sales-busan-2743', 2, 'citizen; B2B sales and CRM; presentation missing; Busan'],
    ['kr-account-manager-2742', 2, 'TOEIC 780 over 750, CRM and sales; account management missing'],
    ['kr-sales-seoul-2742', 1, 'needs working Japanese; he has JLPT N3'],
    ['kr-sales-2027', 1, 'needs Japanese and starts March 2027 while he is available now'],
    ['kr-sales-busan-lowpay', 1, 'sales fits, but pay under his 32M floor'],
    ['jp-korea-sales-048', 0, 'Japan not wished; JLPT N2 required'],
    ['kr-data-analyst-2231', 0, 'unrelated field'],
  ]),
  ...pairsOf('c11-hyunwoo-kr-jobhunting-trade', [
    ['jp-trade-admin-040', 3, 'trade practice and excel; JLPT N1; wished 040; 特定活動 to 技人国; pay above floor'],
    ['jp-korea-sales-048', 3, 'sales and native Korean; wished 048; pay above floor; change status before 特定活動 ends in September'],
    ['jp-korea-sales-kobe-2027', 2, 'fits, but starts April 2027, long after his job-hunting status ends'],
    ['jp-translator-015', 1, 'languages fit, no translation skill, not wished'],
    ['jp-korean-cs-036', 1, 'Korean fits, customer service missing, not wished'],
    ['jp-domestic-sales-nosponsor-048', 0, 'no sponsorship: no 技人国'],
    ['jp-hotel-front-056', 0, 'not his field; pay under floor'],
    ['kr-sales-seoul-2742', 0, 'Korea not wished'],
  ]),
];
