import { isFeasibleFrom, type FeasibilityJob } from './feasibility';

const krJob: FeasibilityJob = {
  country: 'KR',
  employmentType: 'full-time',
  occupationCode: '2742',
  salary: { min: 33_000_000, max: 40_000_000, currency: 'KRW', period: 'year' },
  startDate: '2026-04-01',
  sponsorship: true,
};
const jpJob: FeasibilityJob = { country: 'JP', employmentType: 'full-time', sponsorship: true };

interface Row {
  name: string;
  status: string | null;
  nationality?: string;
  job: FeasibilityJob;
  verdict: string;
  target?: string;
  pathwayId?: string;
}

const rows: Row[] = [
  // Korea, full-time
  { name: 'KR-E7-01 D-2 student to an E-7-1 job', status: 'KR:D-2-2', job: krJob, verdict: 'eligible', target: 'KR:E-7-1', pathwayId: 'kr-d2-e7' },
  { name: 'KR-E7-01 D-10-1 job seeker to an E-7-1 job', status: 'KR:D-10-1', job: krJob, verdict: 'eligible', pathwayId: 'kr-d2-d10-e7' },
  { name: 'KR-E7-01 from Japan via CCVI', status: 'JP:ryugaku', job: krJob, verdict: 'eligible', target: 'KR:E-7-1' },
  { name: 'KR-E7-01 nobody can reach a non-E-7 code', status: 'KR:D-2-2', job: { ...krJob, occupationCode: '3120' }, verdict: 'not_eligible' },
  { name: 'KR-E7-01 E-7-2 code needs review (E-7-2 is not encoded as a target)', status: 'KR:D-10-1', job: { ...krJob, occupationCode: '3922' }, verdict: 'needs_review' },
  { name: 'KR-E7-01 missing code needs review', status: 'KR:D-10-1', job: { ...krJob, occupationCode: null }, verdict: 'needs_review' },
  { name: 'KR-E7-W-04 salary band entirely below the floor at start', status: 'KR:D-10-1', job: { ...krJob, salary: { min: 28_000_000, max: 31_119_999, currency: 'KRW', period: 'year' } }, verdict: 'not_eligible' },
  { name: 'KR-E7-W-04 band straddling the floor needs review', status: 'KR:D-10-1', job: { ...krJob, salary: { min: 30_000_000, max: 32_000_000, currency: 'KRW', period: 'year' } }, verdict: 'needs_review' },
  { name: 'KR-E7-W-03 January 2026 start: floor UNVERIFIED', status: 'KR:D-10-1', job: { ...krJob, startDate: '2026-01-10' }, verdict: 'needs_review' },
  { name: 'KR-E7-DOC no sponsorship blocks a D-10 candidate', status: 'KR:D-10-1', job: { ...krJob, sponsorship: false }, verdict: 'not_eligible' },
  { name: 'KR-E7-EMP-06 an E-7-1 holder changing workplace', status: 'KR:E-7-1', job: krJob, verdict: 'eligible' },
  { name: 'KR-H1 H-1 to E-7 inside Korea is not documented', status: 'KR:H-1', job: krJob, verdict: 'needs_review', pathwayId: 'kr-h1-e7' },
  { name: 'KR-H1 H-1 to a job without sponsorship: no CCVI, so no route', status: 'KR:H-1', job: { ...krJob, sponsorship: false }, verdict: 'not_eligible' },
  { name: 'KR-H1 H-1 to a job whose sponsorship is not stated needs review', status: 'KR:H-1', job: { ...krJob, sponsorship: null }, verdict: 'needs_review' },
  // Korea, internships and part-time
  { name: 'KR-D2-INT-01 D-2 student to an internship', status: 'KR:D-2-2', job: { ...krJob, employmentType: 'internship' }, verdict: 'eligible', target: 'KR:D-2:internship' },
  { name: 'KR-D10-01 D-10-1 internship in an E-7 field', status: 'KR:D-10-1', job: { ...krJob, employmentType: 'internship' }, verdict: 'eligible', target: 'KR:D-10-1:internship' },
  { name: 'KR-D10-01 D-10-1 internship outside E-7 codes needs review', status: 'KR:D-10-1', job: { ...krJob, employmentType: 'internship', occupationCode: '3120' }, verdict: 'needs_review' },
  { name: 'KR-D10-INT D-10-2 may not intern', status: 'KR:D-10-2', job: { ...krJob, employmentType: 'internship' }, verdict: 'not_eligible' },
  { name: 'KR-D2-PT-05 D-2 student to part-time work', status: 'KR:D-2-2', job: { ...krJob, employmentType: 'part-time' }, verdict: 'eligible', target: 'KR:D-2:part-time' },
  { name: 'KR-H1 Japanese national abroad to part-time work via H-1', status: null, nationality: 'JP', job: { ...krJob, employmentType: 'part-time', weeklyHours: 20 }, verdict: 'eligible', target: 'KR:H-1' },
  { name: 'KR-H1 26 h a week on H-1 needs review (UNVERIFIED cap)', status: 'KR:H-1', nationality: 'JP', job: { ...krJob, employmentType: 'part-time', weeklyHours: 26 }, verdict: 'needs_review' },
  { name: 'KR-H1 other nationalities are not encoded', status: null, nationality: 'US', job: { ...krJob, employmentType: 'part-time' }, verdict: 'needs_review' },
  // Japan
  { name: 'JP-GJK-Q-01 Student to 技人国', status: 'JP:ryugaku', job: jpJob, verdict: 'eligible', target: 'JP:gijinkoku', pathwayId: 'jp-ryugaku-gijinkoku' },
  { name: 'JP-GJK-Q-01 job-hunting 特定活動 to 技人国', status: 'JP:tokutei-katsudo', job: jpJob, verdict: 'eligible', pathwayId: 'jp-ryugaku-job-hunting-gijinkoku' },
  { name: 'JP-GJK-DOC from Korea via COE', status: 'KR:D-10-1', job: jpJob, verdict: 'eligible', target: 'JP:gijinkoku' },
  { name: 'JP-GJK-DOC no sponsorship blocks a student', status: 'JP:ryugaku', job: { ...jpJob, sponsorship: false }, verdict: 'not_eligible' },
  { name: 'JP-GJK-DOC a 技人国 holder changing jobs without sponsorship needs review', status: 'JP:gijinkoku', job: { ...jpJob, sponsorship: false }, verdict: 'needs_review' },
  { name: 'JP-WH working holiday to 技人国 inside Japan is not documented', status: 'JP:working-holiday', job: jpJob, verdict: 'needs_review', pathwayId: 'jp-wh-gijinkoku' },
  { name: 'JP-WH working holiday to a job without sponsorship: no COE, so no route', status: 'JP:working-holiday', job: { ...jpJob, sponsorship: false }, verdict: 'not_eligible' },
  { name: 'JP-GJK-Q-01 Korean D-2 student to a full-time job in Japan via COE', status: 'KR:D-2-2', job: jpJob, verdict: 'eligible', target: 'JP:gijinkoku' },
  { name: 'JP-GJK-DOC Korean D-2 student, Japanese job without sponsorship', status: 'KR:D-2-2', job: { ...jpJob, sponsorship: false }, verdict: 'not_eligible' },
  { name: 'JP-TK46.employment 46号 holder changing employer needs a new permission', status: 'JP:tokutei-katsudo:46', job: jpJob, verdict: 'needs_review' },
  { name: 'JP-RYU-PT-01 Student to part-time within 28 h', status: 'JP:ryugaku', job: { ...jpJob, employmentType: 'part-time', weeklyHours: 28 }, verdict: 'eligible', target: 'JP:ryugaku:part-time' },
  { name: 'JP-RYU-PT-01 Student to part-time of 29 h', status: 'JP:ryugaku', job: { ...jpJob, employmentType: 'part-time', weeklyHours: 29 }, verdict: 'not_eligible' },
  { name: 'JP-TKJ.work job hunter to part-time of 29 h', status: 'JP:tokutei-katsudo', job: { ...jpJob, employmentType: 'part-time', weeklyHours: 29 }, verdict: 'not_eligible' },
  { name: 'JP-TK9 Korean university student to a Japanese internship', status: 'KR:D-2-2', job: { ...jpJob, employmentType: 'internship' }, verdict: 'eligible', target: 'JP:tokutei-katsudo:9' },
  { name: 'JP-RYU-INT Student to an internship', status: 'JP:ryugaku', job: { ...jpJob, employmentType: 'internship' }, verdict: 'eligible' },
  { name: 'JP-WH Korean national abroad to part-time via working holiday', status: null, nationality: 'KR', job: { ...jpJob, employmentType: 'part-time' }, verdict: 'eligible', target: 'JP:working-holiday' },
  { name: 'JP-WH Japanese nationals cannot use the Japan side', status: null, nationality: 'JP', job: { ...jpJob, employmentType: 'part-time' }, verdict: 'needs_review' },
];

describe('isFeasibleFrom', () => {
  it.each(rows)('$name', ({ status, nationality, job, verdict, target, pathwayId }) => {
    const answer = isFeasibleFrom(status, nationality ?? 'JP', job, '2026-01-20');
    expect(answer.verdict).toBe(verdict);
    if (target) expect(answer.target).toBe(target);
    if (pathwayId) expect(answer.pathwayId).toBe(pathwayId);
    expect(answer.note.en && answer.note.ja && answer.note.ko).toBeTruthy();
  });

  it('is cheap enough for search: 100,000 checks well under a second', () => {
    const started = Date.now();
    for (let i = 0; i < 100_000; i++) isFeasibleFrom('KR:D-10-1', 'JP', krJob, '2026-03-01');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
