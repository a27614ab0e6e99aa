import { marketFigures, marketPlacementOf, MIN_SALARY_SAMPLE, type MarketCounts } from './market-insights';

const counts = (overrides: Partial<MarketCounts>): MarketCounts => ({ postings: 10, sponsored: 0, internships: 0, salaried: 0, quartiles: null, ...overrides });

describe('placing a posting code in the market view', () => {
  it.each([
    ['KR', '2742', 'sales-trade', ['overseas-sales-representative']],
    ['KR', '２７４２', 'sales-trade', ['overseas-sales-representative']],
    ['KR', '2223', 'it', ['software-developer', 'game-developer', 'qa-test-engineer']],
    ['JP', '009', 'it', ['embedded-software-engineer', 'software-developer', 'game-developer', 'qa-test-engineer']],
    ['JP', '048', 'sales-trade', ['overseas-sales-representative', 'technical-sales-representative', 'it-sales-representative', 'sales-representative']],
  ] as const)('%s %s is counted in %s, standing for %j (first reading first)', (country, code, group, occupations) => {
    const placement = marketPlacementOf(country, code);
    expect(placement?.group).toBe(group);
    expect(placement?.occupationIds[0]).toBe(occupations[0]);
    expect(placement?.occupationIds).toEqual(expect.arrayContaining([...occupations]));
  });

  it.each([
    ['KR', '9999'],
    ['JP', '999-99'],
    ['KR', ''],
    ['JP', null],
  ] as const)('%s %j is not placed', (country, code) => {
    expect(marketPlacementOf(country, code)).toBeNull();
  });
});

describe('the published figures of a group', () => {
  it.each([
    [counts({ postings: 8, sponsored: 6, internships: 2 }), 0.75, 0.25],
    [counts({ postings: 3, sponsored: 1, internships: 0 }), 0.333, 0],
    [counts({ postings: 3, sponsored: 2, internships: 3 }), 0.667, 1],
    [counts({ postings: 0 }), 0, 0],
  ])('%j: sponsorship %d, internships %d', (row, sponsorshipShare, internshipShare) => {
    expect(marketFigures('KR', row)).toMatchObject({ postings: row.postings, sponsorshipShare, internshipShare });
  });

  it(`gives a salary band from ${MIN_SALARY_SAMPLE} salaried postings, in the market's currency, rounded to units`, () => {
    const quartiles = [32_500_000.4, 36_000_000.5, 41_249_999.6] as const;
    expect(marketFigures('KR', counts({ salaried: MIN_SALARY_SAMPLE, quartiles })).salary).toEqual({
      currency: 'KRW',
      period: 'year',
      p25: 32_500_000,
      median: 36_000_001,
      p75: 41_250_000,
      postings: MIN_SALARY_SAMPLE,
    });
    expect(marketFigures('JP', counts({ salaried: 4, quartiles: [4_000_000, 4_500_000, 5_000_000] })).salary).toMatchObject({ currency: 'JPY', median: 4_500_000 });
  });

  it.each([
    [MIN_SALARY_SAMPLE - 1, [30_000_000, 31_000_000, 32_000_000] as const],
    [0, null],
  ])('gives no salary band from %i salaried postings', (salaried, quartiles) => {
    expect(marketFigures('KR', counts({ salaried, quartiles })).salary).toBeNull();
  });
});
