import { crosswalk, crosswalkDetailed } from './crosswalk';

describe('crosswalk KR -> JP', () => {
  it.each([
    // 海外営業 sits in 048 営業の職業, 貿易事務 in 040 (reference §2.E)
    ['2742', ['048', '040']],
    ['2743', ['048']],
    // 翻訳 → 015, 通訳 → 020 ([J1] placements)
    ['2814', ['015', '020']],
    ['2224', ['009-03', '009']],
    ['285', ['009-99', '017-01', '017-02', '017-99', '020-99']],
    ['1350', ['010', '002']],
    ['1202', ['002']],
    ['1212', ['002']],
    ['2715', ['013']],
    ['3922', ['034', '056']],
    ['31215', ['045']],
    ['2351', ['006', '007']],
    // through the E-7 code's own ISCO bridge: 2312 architectural engineer → 2142 civil engineers → 008
    ['2312', ['008-01', '008']],
    // E-7 codes whose ISCO group no row shares, and non-codes
    ['2111', []],
    ['42111', []],
    ['0000', []],
  ])('KR %s -> JP %j', (code, expected) => {
    expect(crosswalk('KR', code)).toEqual(expected);
  });
});

describe('crosswalk JP -> KR', () => {
  it.each([
    ['048', ['2742', '2743']],
    ['048-01', ['2742', '2743']],
    ['07 / 048 / —', ['2742', '2743']],
    ['040', ['2742']],
    ['015', ['2814']],
    ['020-99', ['S2855', '285']],
    ['017-01', ['285', 'S2855']],
    ['009-03', ['2224', '2223']],
    ['013', ['2715', '272', 'S2743']],
    ['045', ['31215']],
    ['034', ['3922']],
    // Korea has no E-7 code for accounting or general office work (mapping note 3)
    ['038', []],
    ['050', []],
    ['xyz', []],
  ])('JP %s -> KR %j', (code, expected) => {
    expect(crosswalk('JP', code)).toEqual(expected);
  });

  it('round-trips the reference example: KR 2742 and JP 048 reach each other', () => {
    expect(crosswalk('KR', '2742')).toContain('048');
    expect(crosswalk('JP', '048')).toContain('2742');
  });
});

describe('crosswalkDetailed', () => {
  it('tells codes of the same rows from codes reached through ISCO-08', () => {
    expect(crosswalkDetailed('KR', '2224')).toEqual([
      { code: '009-03', via: 'occupation', occupationIds: ['web-developer'], isco08: [], tentative: false },
      { code: '009', via: 'isco08', occupationIds: ['game-developer'], isco08: ['2513'], tentative: false },
    ]);
  });

  it('marks codes whose only sources are tentative placements', () => {
    expect(crosswalkDetailed('KR', '3922')).toEqual([
      { code: '034', via: 'occupation', occupationIds: ['hotel-front-desk'], isco08: [], tentative: true },
      { code: '056', via: 'occupation', occupationIds: ['hotel-front-desk'], isco08: [], tentative: true },
    ]);
  });

  it('reaches E-7 codes through their ISCO bridge when no row gives them', () => {
    const match = crosswalkDetailed('JP', '013').find((m) => m.code === 'S2743');
    expect(match).toEqual({ code: 'S2743', via: 'isco08', occupationIds: [], isco08: ['2421'], tentative: false });
  });

  it('answers the same frozen result for equivalent spellings of a code', () => {
    const first = crosswalk('KR', '1202');
    expect(crosswalk('KR', '1212')).toBe(first);
    expect(crosswalk('JP', '０４８')).toBe(crosswalk('JP', '048'));
    expect(Object.isFrozen(first)).toBe(true);
  });
});
