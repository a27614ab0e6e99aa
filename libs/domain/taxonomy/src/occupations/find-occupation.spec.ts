import {
  findOccupationByCode,
  findOccupationByWork24Code,
  findOccupationsByIsco08,
  getOccupation,
  occupationLabel,
} from './find-occupation';

const ids = (list: readonly { id: string }[]) => list.map((o) => o.id);

describe('findOccupationByCode KR', () => {
  it.each([
    ['2742', ['overseas-sales-representative']],
    ['2743', ['technical-sales-representative', 'it-sales-representative']],
    ['2814', ['translator', 'interpreter']],
    ['285', ['ux-ui-designer', 'web-designer', 'graphic-designer', 'product-designer', 'fashion-designer', 'interior-designer']],
    ['s2855', ['video-motion-designer']],
    // rows where the code is only a candidate (U) come last
    ['2223', ['software-developer', 'game-developer', 'qa-test-engineer']],
    ['2221', ['systems-analyst', 'cloud-infrastructure-engineer']],
    // alternative numbers of other code lists
    ['1212', ['business-administration-manager']],
    ['121', ['business-administration-manager']],
    ['271', ['management-consultant']],
    ['4321', ['tour-guide-interpreter']],
    // no row gives the code, a row names it as related
    ['2312', ['architect']],
    ['23512', ['mechanical-engineer']],
    ['2211', ['electronics-engineer']],
    // E-7 codes without a row, and non-codes
    ['2111', []],
    ['441', []],
    ['9999', []],
    ['', []],
  ])('%j -> %j', (code, expected) => {
    expect(ids(findOccupationByCode('KR', code))).toEqual(expected);
  });
});

describe('findOccupationByCode JP', () => {
  it.each([
    ['017-01', ['web-designer']],
    ['009-03', ['web-developer']],
    ['02 / 009 / 009-03', ['web-developer']],
    ['017-99', ['product-designer', 'fashion-designer', 'interior-designer', 'video-motion-designer']],
    ['048', ['overseas-sales-representative', 'technical-sales-representative', 'it-sales-representative', 'sales-representative']],
    ['040', ['overseas-sales-representative', 'trade-administrator']],
    // an unknown 小分類 falls back to its 中分類
    ['048-01', ['overseas-sales-representative', 'technical-sales-representative', 'it-sales-representative', 'sales-representative']],
    ['038', ['accounting-clerk']],
    // tentative (U) placements come last
    ['034', ['general-office-clerk', 'hotel-front-desk']],
    ['058', ['tour-guide-interpreter', 'event-planner', 'travel-product-planner', 'cabin-crew']],
    ['050', []],
    ['02', []],
    ['2742', []],
  ])('%j -> %j', (code, expected) => {
    expect(ids(findOccupationByCode('JP', code))).toEqual(expected);
  });

  it('finds every row of a 中分類, whatever its 小分類', () => {
    expect(ids(findOccupationByCode('JP', '009'))).toEqual([
      'embedded-software-engineer',
      'software-developer',
      'game-developer',
      'web-developer',
      'qa-test-engineer',
      'ux-ui-designer',
    ]);
  });
});

describe('other lookups', () => {
  it.each([
    ['612200', ['overseas-sales-representative']],
    ['612203', ['overseas-sales-representative']],
    ['612204', ['overseas-sales-representative']],
    ['133206', ['game-developer']],
    ['133205', ['software-developer']],
    ['024302', ['buyer-purchasing', 'product-planner-merchandiser']],
    ['411207', ['interpreter']],
    ['999999', []],
    ['2742', []],
  ])('Work24 %s -> %j', (code, expected) => {
    expect(ids(findOccupationByWork24Code(code))).toEqual(expected);
  });

  it.each([
    ['2643', ['translator', 'interpreter']],
    ['3322', ['overseas-sales-representative', 'sales-representative']],
    ['1212', ['business-administration-manager']],
    ['9999', []],
  ])('ISCO-08 %s -> %j', (code, expected) => {
    expect(ids(findOccupationsByIsco08(code))).toEqual(expected);
  });

  it('gets rows and labels by id', () => {
    expect(getOccupation('translator')?.label.ko).toBe('번역가');
    expect(occupationLabel('overseas-sales-representative', 'ja')).toBe('海外営業');
    expect(occupationLabel('nope', 'en')).toBeUndefined();
  });
});
