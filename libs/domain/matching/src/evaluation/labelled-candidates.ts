import type { MatchCandidate } from '../model/match-input';

/** Candidates of the labelled set: the platform's typical users in mid-2026. */
export const LABELLED_CANDIDATES: readonly MatchCandidate[] = [
  {
    // Japanese business student on D-2 in Seoul, graduating this summer, wants overseas sales
    id: 'c01-aoi-jp-d2-sales',
    nationality: 'JP', currentStatus: 'KR:D-2-2', currentCountry: 'KR', statusExpiresAt: '2026-09-30', birthDate: '2003-04-12',
    education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2026-08-20' }],
    languageTests: [{ test: 'TOPIK', level: 5, date: '2025-10-19' }],
    skills: ['sales', 'excel', 'presentation'],
    experience: [],
    wishes: { countries: ['KR', 'JP'], occupationCodes: ['2742'], employmentTypes: ['full-time'], salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-09-01' },
  },
  {
    // Japanese CS graduate on D-10-1 in Seoul looking for a back-end job in Korea
    id: 'c02-haruto-jp-d10-backend',
    nationality: 'JP', currentStatus: 'KR:D-10-1', currentCountry: 'KR', statusExpiresAt: '2026-11-30', birthDate: '2002-09-03',
    education: [{ level: 'bachelor', country: 'KR', field: 'computer science', graduationDate: '2026-02-20' }],
    languageTests: [{ test: 'TOPIK', level: 4, date: '2025-04-20' }],
    skills: ['java', 'spring', 'sql', 'git', 'aws'],
    experience: [{ title: 'Back-end intern', occupationCode: '2223', months: 6, country: 'KR' }],
    wishes: { countries: ['KR'], occupationCodes: ['2223', '2224'], employmentTypes: ['full-time'], salaryFloor: { amount: 33_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-06-01' },
  },
  {
    // Korean master's student (留学) in Tokyo, marketing, graduating March 2027
    id: 'c03-minji-kr-ryugaku-marketing',
    nationality: 'KR', currentStatus: 'JP:ryugaku', currentCountry: 'JP', statusExpiresAt: '2027-04-30', birthDate: '2000-11-21',
    education: [
      { level: 'bachelor', country: 'KR', field: 'media and communication', graduationDate: '2024-02-20' },
      { level: 'master', country: 'JP', field: 'marketing', graduationDate: '2027-03-20' },
    ],
    languageTests: [{ test: 'JLPT', level: 'N1', date: '2024-12-01' }, { test: 'TOEIC', score: 850 }],
    skills: ['digital-marketing', 'social-media', 'market-research', 'web-analytics'],
    experience: [],
    wishes: { countries: ['JP'], occupationCodes: ['2733', '033'], employmentTypes: ['full-time', 'internship'], salaryFloor: { amount: 4_000_000, currency: 'JPY', period: 'year' }, startFrom: '2026-07-01' },
  },
  {
    // Korean Japanese-literature graduate in Seoul, freelance translator, open to Korea or Japan
    id: 'c04-jisoo-kr-translator',
    nationality: 'KR', currentCountry: 'KR', birthDate: '2001-06-30',
    education: [{ level: 'bachelor', country: 'KR', field: 'Japanese language and literature', graduationDate: '2025-02-20' }],
    languageTests: [{ test: 'JLPT', level: 'N1', date: '2024-07-07' }, { test: 'BJT', score: 520, date: '2025-06-01' }],
    skills: ['translation', 'interpretation'],
    experience: [{ title: 'Freelance translator', occupationCode: '2814', months: 10, country: 'KR' }],
    wishes: { countries: ['KR', 'JP'], occupationCodes: ['2814'], employmentTypes: ['full-time', 'contract'], salaryFloor: { amount: 28_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-06-01' },
  },
  {
    // Japanese working-holiday maker (H-1) in Seoul with a hospitality diploma
    id: 'c05-yuki-jp-h1-hotel',
    nationality: 'JP', currentStatus: 'KR:H-1', currentCountry: 'KR', statusExpiresAt: '2026-10-31', birthDate: '2001-02-14',
    education: [{ level: 'associate', country: 'JP', field: 'hospitality and tourism', graduationDate: '2024-03-15' }],
    languageTests: [{ test: 'TOPIK', level: 3, date: '2025-08-10' }, { test: 'TOEIC', score: 700 }],
    skills: ['front-desk', 'customer-service', 'reservation-systems', 'english'],
    experience: [{ title: 'Hotel front desk', occupationCode: '056', months: 18, country: 'JP' }],
    wishes: { countries: ['KR'], occupationCodes: ['3922', '2732'], employmentTypes: ['full-time', 'contract'], salaryFloor: { amount: 26_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-07-01' },
  },
  {
    // Korean computer-engineering senior in Korea aiming at a developer job in Japan
    id: 'c06-seojun-kr-dev-to-jp',
    nationality: 'KR', currentCountry: 'KR', birthDate: '2001-01-09',
    education: [{ level: 'bachelor', country: 'KR', field: 'computer engineering', graduationDate: '2026-08-20' }],
    languageTests: [{ test: 'JLPT', level: 'N2', date: '2025-12-07' }],
    skills: ['python', 'javascript', 'typescript', 'react', 'sql', 'git'],
    experience: [],
    wishes: { countries: ['JP'], occupationCodes: ['009', '2224'], employmentTypes: ['full-time'], salaryFloor: { amount: 3_600_000, currency: 'JPY', period: 'year' }, startFrom: '2026-10-01' },
  },
  {
    // Japanese graduate of Korean studies back in Japan, a year of sales experience, open to both countries
    id: 'c07-ren-jp-korean-sales',
    nationality: 'JP', currentCountry: 'JP', birthDate: '2002-07-19',
    education: [{ level: 'bachelor', country: 'JP', field: 'Korean studies', graduationDate: '2025-03-20' }],
    languageTests: [{ test: 'TOPIK', level: 6, date: '2025-10-19' }],
    skills: ['translation', 'sales', 'customer-service'],
    experience: [{ title: 'Sales associate', occupationCode: '048', months: 12, country: 'JP' }],
    wishes: { countries: ['JP', 'KR'], occupationCodes: ['2742', '2814', '048'], employmentTypes: ['full-time'], salaryFloor: { amount: 3_500_000, currency: 'JPY', period: 'year' }, startFrom: '2026-07-01' },
  },
  {
    // Japanese third-year undergraduate (D-2) in Seoul who wants a summer internship
    id: 'c08-sakura-jp-d2-intern',
    nationality: 'JP', currentStatus: 'KR:D-2-2', currentCountry: 'KR', statusExpiresAt: '2027-08-31', birthDate: '2005-03-02',
    education: [{ level: 'bachelor', country: 'KR', field: 'media and communication', graduationDate: '2027-08-20' }],
    languageTests: [{ test: 'TOPIK', level: 4, date: '2025-10-19' }],
    skills: ['excel', 'powerpoint', 'social-media'],
    experience: [],
    wishes: { countries: ['KR'], occupationCodes: ['2733', '2742'], employmentTypes: ['internship'], startFrom: '2026-06-20' },
  },
  {
    // Vietnamese mechanical-engineering master's graduate on D-10-1 in Korea
    id: 'c09-linh-vn-d10-mech',
    nationality: 'VN', currentStatus: 'KR:D-10-1', currentCountry: 'KR', statusExpiresAt: '2026-12-31', birthDate: '1999-08-25',
    education: [{ level: 'master', country: 'KR', field: 'mechanical engineering', graduationDate: '2026-02-20' }],
    languageTests: [{ test: 'TOPIK', level: 4, date: '2025-05-11' }, { test: 'IELTS', score: 6.5 }],
    skills: ['mechanical-design', 'autocad', '3d-cad', 'english'],
    experience: [{ title: 'Research assistant, machine design lab', occupationCode: '2351', months: 12, country: 'KR' }],
    wishes: { countries: ['KR', 'JP'], occupationCodes: ['2351'], employmentTypes: ['full-time'], salaryFloor: { amount: 34_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-06-01' },
  },
  {
    // Korean business graduate staying in Korea, B2B sales
    id: 'c10-doyun-kr-sales',
    nationality: 'KR', currentCountry: 'KR', birthDate: '2000-12-12',
    education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2025-08-20' }],
    languageTests: [{ test: 'TOEIC', score: 780 }, { test: 'JLPT', level: 'N3', date: '2024-12-01' }],
    skills: ['sales', 'b2b-sales', 'crm', 'excel', 'english'],
    experience: [{ title: 'Sales intern', occupationCode: '2743', months: 8, country: 'KR' }],
    wishes: { countries: ['KR'], occupationCodes: ['2742', '2743'], employmentTypes: ['full-time'], salaryFloor: { amount: 32_000_000, currency: 'KRW', period: 'year' }, startFrom: '2026-06-01' },
  },
  {
    // Korean graduate of a Japanese university, on job-hunting 特定活動 in Japan, trade and sales
    id: 'c11-hyunwoo-kr-jobhunting-trade',
    nationality: 'KR', currentStatus: 'JP:tokutei-katsudo', currentCountry: 'JP', statusExpiresAt: '2026-09-15', birthDate: '2002-05-05',
    education: [{ level: 'bachelor', country: 'JP', field: 'international business', graduationDate: '2026-03-20' }],
    languageTests: [{ test: 'JLPT', level: 'N1', date: '2025-07-06' }],
    skills: ['sales', 'trade-practice', 'excel'],
    experience: [],
    wishes: { countries: ['JP'], occupationCodes: ['048', '040'], employmentTypes: ['full-time'], salaryFloor: { amount: 3_200_000, currency: 'JPY', period: 'year' }, startFrom: '2026-06-01' },
  },
];
