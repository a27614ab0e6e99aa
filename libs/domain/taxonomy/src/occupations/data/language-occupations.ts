import { defineOccupations } from '../define-occupations';

/**
 * reference/occupations.md §2.D Language (3 rows). Appendix B gives one Work24 row for
 * "translator / interpreter"; its detailed codes are split here by name (번역가 / 통역가).
 */
export const LANGUAGE_OCCUPATIONS = defineOccupations('language', [
  {
    id: 'translator',
    label: { en: 'Translator', ja: '翻訳者', ko: '번역가' },
    krE7Status: 'e7',
    krE7Codes: ['2814'],
    krVisa: 'E-7-1',
    krWork24: [
      { code: '411200', name: '번역가 및 통역가' },
      { code: '411203', name: '번역가(일본어)' },
    ],
    jpMhlw: [{ code: '03/015', note: '翻訳 is placed under 015 in [J1]' }],
    jpGijinkoku: 'yes',
    jpStatusBranches: ['kokusai-gyomu'],
    isco08: ['2643'],
    confidence: 'H/M/H',
    sources: 'S1 S2 S3 J1 J4 I2',
    notes: {
      krE7: '2814 번역가·통역가 · E-7-1 (20 % ratio; proof of language ability, e.g. TOPIK 6 / KIIP 5)',
      jpMhlw: '03 / 015 / — (翻訳 is placed under 015 in [J1])',
      jpStatus: '国際業務: university graduates need no experience and no particular major (H)',
      isco08: '2643 Translators, interpreters and other linguists',
    },
  },
  {
    id: 'interpreter',
    label: { en: 'Interpreter', ja: '通訳者', ko: '통역가' },
    krE7Status: 'e7',
    krE7Codes: ['2814'],
    krVisa: 'E-7-1',
    krWork24: [
      { code: '411200', name: '번역가 및 통역가' },
      { code: '411207', name: '통역가(일본어)' },
    ],
    jpMhlw: [{ code: '03/020', note: '通訳 is placed under 020 in [J1]' }],
    jpGijinkoku: 'yes',
    jpStatusBranches: ['kokusai-gyomu'],
    isco08: ['2643'],
    confidence: 'H/M/H',
    sources: 'S1 S2 S3 J1 J4 I2',
    notes: {
      krE7: '2814 · E-7-1',
      jpMhlw: '03 / 020 / — (通訳 is placed under 020 in [J1])',
      jpStatus: '国際業務 (H)',
      isco08: '2643 Translators, interpreters and other linguists',
    },
  },
  {
    id: 'language-instructor',
    label: {
      en: 'Language instructor (language school or company)',
      ja: '語学講師（日本語・韓国語・英語）',
      ko: '외국어 강사',
    },
    krE7Status: 'not-e7',
    krE7Codes: [],
    krVisa: null,
    krWork24: [
      { code: '214100', name: '외국어 강사' },
      { code: '214103', name: '일본어 강사' },
      { code: '214104', name: '한국어 강사' },
    ],
    jpMhlw: ['05/032'],
    jpGijinkoku: 'yes',
    jpStatusBranches: ['kokusai-gyomu'],
    jpStatusAlternatives: ['JP:kyoiku'],
    isco08: ['2353'],
    confidence: 'M/M/H',
    alsoUnverified: ['krE7'],
    sources: 'J1 J4 I2',
    notes: {
      krE7: 'not E-7: native-speaker language instructors use E-2 회화지도 (details U)',
      jpMhlw: '05 / 032 / —',
      jpStatus:
        '国際業務 (teaching a language) at companies and language schools; teaching at a school uses the 教育 status instead',
      isco08: '2353 Other language teachers (ILO index: "Teacher, English as a second language" → 2353)',
    },
  },
]);
