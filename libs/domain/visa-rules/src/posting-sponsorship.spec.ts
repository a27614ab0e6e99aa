import { assessPostingSponsorship, type PostingSponsorshipFacts, type WarningSeverity } from './posting-sponsorship';

const krPosting: PostingSponsorshipFacts = {
  country: 'KR',
  occupationCode: '2742',
  employmentType: 'full-time',
  salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
  startDate: '2026-04-01',
  sponsorship: true,
  employer: { koreanInsuredStaff: 110, foreignProfessionalStaff: 3, domesticFocused: false },
};
const band = (min: number, max: number) => ({ salary: { min, max, currency: 'KRW' as const, period: 'year' as const } });

interface Row {
  name: string;
  patch: Partial<PostingSponsorshipFacts>;
  evalDate?: string;
  ruleId: string;
  severity: WarningSeverity | 'none';
}

const rows: Row[] = [
  { name: 'KR-E7-W-04 band above the 2026 floor gives no wage warning', patch: {}, ruleId: 'KR-E7-W-04', severity: 'none' },
  { name: 'KR-E7-W-04 max below 31,120,000 at a 2026-04-01 start is an error', patch: band(28_000_000, 31_119_999), ruleId: 'KR-E7-W-04', severity: 'error' },
  { name: 'KR-E7-W-04 min below the floor, max above: warning', patch: band(30_000_000, 35_000_000), ruleId: 'KR-E7-W-04', severity: 'warning' },
  { name: 'KR-E7-W-04 min exactly at the floor: no warning', patch: band(31_120_000, 35_000_000), ruleId: 'KR-E7-W-04', severity: 'none' },
  { name: 'KR-E7-W-02 start on 2025-12-31 uses the 2025 floor (28,670,000 passes)', patch: { ...band(28_670_000, 30_000_000), startDate: '2025-12-31' }, ruleId: 'KR-E7-W-02', severity: 'none' },
  { name: 'KR-E7-W-02 start on 2025-12-31: 28,669,999 is an error', patch: { ...band(20_000_000, 28_669_999), startDate: '2025-12-31' }, ruleId: 'KR-E7-W-02', severity: 'error' },
  { name: 'KR-E7-W-03 start in January 2026: floor UNVERIFIED, warning', patch: { startDate: '2026-01-15' }, ruleId: 'KR-E7-W-03', severity: 'warning' },
  { name: 'KR-E7-W-04 start on 2026-02-01: 30,000,000 max is an error', patch: { ...band(28_670_000, 30_000_000), startDate: '2026-02-01' }, ruleId: 'KR-E7-W-04', severity: 'error' },
  { name: 'KR-E7-W-01 start before 2025-04-01: GNI-based, warning', patch: { startDate: '2025-03-31' }, ruleId: 'KR-E7-W-01', severity: 'warning' },
  { name: 'KR-E7-W no floor after 2026: warning', patch: { startDate: '2027-01-01' }, ruleId: 'KR-E7-W', severity: 'warning' },
  { name: 'KR-E7-W-04 monthly pay is annualised (2,593,334 a month passes)', patch: { salary: { min: 2_593_334, max: 2_800_000, currency: 'KRW', period: 'month' } }, ruleId: 'KR-E7-W-04', severity: 'none' },
  { name: 'KR-E7-W-04 salary in JPY is an error', patch: { salary: { min: 4_000_000, max: 5_000_000, currency: 'JPY', period: 'year' } }, ruleId: 'KR-E7-W-04', severity: 'error' },
  { name: 'KR-E7-W-04 E-7-2 code uses the E-7-2 floor (25,890,000)', patch: { occupationCode: '3922', ...band(25_890_000, 27_000_000) }, ruleId: 'KR-E7-W-04', severity: 'none' },
  { name: 'KR-E7-01 not an E-7 code is an error', patch: { occupationCode: '3120' }, ruleId: 'KR-E7-01', severity: 'error' },
  { name: 'KR-E7-01 E-7-2 code is information', patch: { occupationCode: '3922', ...band(26_000_000, 27_000_000) }, ruleId: 'KR-E7-01', severity: 'info' },
  { name: 'KR-E7-01 missing code is a warning', patch: { occupationCode: null }, ruleId: 'KR-E7-01', severity: 'warning' },
  { name: 'KR-E7-01 alternate spelling is a warning', patch: { occupationCode: '271' }, ruleId: 'KR-E7-01', severity: 'warning' },
  { name: 'KR-E7-EMP-03 4 Korean insured staff, domestic: error', patch: { employer: { koreanInsuredStaff: 4, foreignProfessionalStaff: 0, domesticFocused: true } }, ruleId: 'KR-E7-EMP-03', severity: 'error' },
  { name: 'KR-E7-EMP-03 5 Korean insured staff, domestic: fine', patch: { occupationCode: '2221', employer: { koreanInsuredStaff: 5, foreignProfessionalStaff: 0, domesticFocused: true } }, ruleId: 'KR-E7-EMP-03', severity: 'none' },
  { name: 'KR-E7-EMP-03 missing staff count: warning', patch: { employer: {} }, ruleId: 'KR-E7-EMP-03', severity: 'warning' },
  { name: 'KR-E7-EMP-04 2742 with 3 foreigners needs 20 Koreans: 19 is an error', patch: { employer: { koreanInsuredStaff: 19, foreignProfessionalStaff: 3, domesticFocused: false } }, ruleId: 'KR-E7-EMP-04', severity: 'error' },
  { name: 'KR-E7-EMP-04 2742 with 3 foreigners and 20 Koreans: fine', patch: { employer: { koreanInsuredStaff: 20, foreignProfessionalStaff: 3, domesticFocused: false } }, ruleId: 'KR-E7-EMP-04', severity: 'none' },
  { name: 'KR-E7-EMP-04 285 (reported ratio code) over the ratio: warning', patch: { occupationCode: '285', employer: { koreanInsuredStaff: 9, foreignProfessionalStaff: 1, domesticFocused: false } }, ruleId: 'KR-E7-EMP-04', severity: 'warning' },
  { name: 'KR-D2-03 part-time roles cannot be sponsored', patch: { employmentType: 'part-time' }, ruleId: 'KR-D2-03', severity: 'warning' },
  { name: 'KR-D10-INT internships run on D-2 or D-10-1', patch: { employmentType: 'internship' }, ruleId: 'KR-D10-INT', severity: 'info' },
  { name: 'KR-D10-01 internship with a non-E-7 code: warning', patch: { employmentType: 'internship', occupationCode: '3120' }, ruleId: 'KR-D10-01', severity: 'warning' },
];

describe('assessPostingSponsorship (Korea)', () => {
  it.each(rows)('$name', ({ patch, evalDate, ruleId, severity }) => {
    const out = assessPostingSponsorship({ ...krPosting, ...patch }, evalDate ?? '2026-01-10');
    const found = out.warnings.filter((w) => w.ruleId === ruleId).map((w) => w.severity);
    if (severity === 'none') expect(found).toEqual([]);
    else expect(found).toContain(severity);
  });

  it('KR-E7-W-04 the floor is taken at the start date, not the evaluation date', () => {
    const out = assessPostingSponsorship({ ...krPosting, ...band(29_000_000, 30_000_000) }, '2025-11-01');
    expect(out.floorDate).toBe('2026-04-01');
    expect(out.requirements.find((r) => r.id === 'e7-wage-floor')).toMatchObject({ ruleId: 'KR-E7-W-04', value: 31_120_000, met: false });
  });

  it('KR-E7-EMP-04 requirements state the Korean insured staff needed for the next hire', () => {
    const out = assessPostingSponsorship(krPosting, '2026-01-10');
    expect(out.requirements.find((r) => r.id === 'foreign-staff-ratio')).toMatchObject({ value: 20, met: true });
    expect(out.requirements.find((r) => r.id === 'min-korean-insured-staff')).toMatchObject({ value: 5, met: true });
    expect(out.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(['e7-occupation-code', 'statement-of-reasons', 'employer-standing']));
    expect(out.employerDocuments.map((d) => d.id)).toEqual(expect.arrayContaining(['kr-e7.insured-list', 'kr-e7.statement-of-reasons', 'kr-e7.tax-certificates']));
    expect(out.employerDocuments.every((d) => d.provider === 'employer')).toBe(true);
  });

  it('KR-E7-01 no sponsorship: no E-7 checks, one information note', () => {
    const out = assessPostingSponsorship({ ...krPosting, occupationCode: '3120', sponsorship: false }, '2026-01-10');
    expect(out.warnings.map((w) => w.severity)).toEqual(['info']);
    expect(out.requirements).toEqual([]);
  });
});

describe('assessPostingSponsorship (Japan)', () => {
  const jpPosting: PostingSponsorshipFacts = {
    country: 'JP',
    occupationCode: '009-01',
    employmentType: 'full-time',
    salary: { min: 4_000_000, max: 5_000_000, currency: 'JPY', period: 'year' },
    startDate: '2026-04-01',
    sponsorship: true,
    employer: { jpCategory: 3 },
  };

  it('JP-GJK-CAT category 3 lists the category 3–4 documents', () => {
    const out = assessPostingSponsorship(jpPosting, '2026-01-10');
    expect(out.requirements.find((r) => r.id === 'jp-employer-category')).toMatchObject({ value: 3, met: true });
    expect(out.employerDocuments.map((d) => d.id)).toEqual(expect.arrayContaining(['jp-gjk.category-proof', 'jp-gjk.company-registry', 'jp-gjk.financial-statements']));
    expect(out.employerDocuments.map((d) => d.id)).not.toContain('jp-gjk.business-plan');
  });

  it('JP-GJK-CAT missing category is a warning', () => {
    const out = assessPostingSponsorship({ ...jpPosting, employer: {} }, '2026-01-10');
    expect(out.warnings.find((w) => w.ruleId === 'JP-GJK-CAT')?.severity).toBe('warning');
  });

  it('JP-GJK-DOC category 4 adds an information note and the business plan', () => {
    const out = assessPostingSponsorship({ ...jpPosting, employer: { jpCategory: 4 } }, '2026-01-10');
    expect(out.warnings.find((w) => w.ruleId === 'JP-GJK-DOC')?.severity).toBe('info');
    expect(out.employerDocuments.map((d) => d.id)).toContain('jp-gjk.business-plan');
  });

  it('JP-GJK-Q-03 has no fixed yen floor; KRW pay is an error', () => {
    expect(assessPostingSponsorship(jpPosting, '2026-01-10').warnings.filter((w) => w.severity === 'error')).toEqual([]);
    const out = assessPostingSponsorship({ ...jpPosting, salary: { min: 30_000_000, max: 40_000_000, currency: 'KRW', period: 'year' } }, '2026-01-10');
    expect(out.warnings.find((w) => w.ruleId === 'JP-GJK-Q-03' && w.severity === 'error')).toBeDefined();
  });

  it('JP-TK9 internships and JP-RYU-PT-01 part-time roles explain the student routes', () => {
    expect(assessPostingSponsorship({ ...jpPosting, employmentType: 'internship' }, '2026-01-10').warnings[0]).toMatchObject({ ruleId: 'JP-TK9', severity: 'info' });
    expect(assessPostingSponsorship({ ...jpPosting, employmentType: 'part-time' }, '2026-01-10').warnings[0]).toMatchObject({ ruleId: 'JP-RYU-PT-01', severity: 'warning' });
  });
});
