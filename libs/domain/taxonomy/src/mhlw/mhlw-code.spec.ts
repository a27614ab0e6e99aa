import { MHLW_MAJOR_GROUPS, MHLW_MIDDLE_GROUPS, MHLW_MINOR_GROUPS_SEEN } from './mhlw-groups';
import { parseMhlwCode } from './mhlw-code';

describe('parseMhlwCode', () => {
  it.each([
    ['009', { middle: '009', minor: null }],
    ['009-03', { middle: '009', minor: '009-03' }],
    ['０４８', { middle: '048', minor: null }],
    ['017−01', { middle: '017', minor: '017-01' }],
    ['02 / 009 / 009-03', { major: '02', middle: '009', minor: '009-03' }],
    ['02/009/009-03', { major: '02', middle: '009', minor: '009-03' }],
    ['01 / 002 / —', { major: '01', middle: '002', minor: null }],
    ['07 / 048', { major: '07', middle: '048', minor: null }],
    ['099', { middle: '099', minor: null }],
    ['001', { middle: '001', minor: null }],
  ])('%j -> %j', (input, expected) => {
    expect(parseMhlwCode(input)).toEqual(expected);
  });

  it.each([['000'], ['100'], ['02'], ['9'], ['0090'], ['009-3'], ['009-00'], ['02 / 009 / 010-03'], ['2742'], ['abc'], ['']])(
    '%j is not an MHLW code',
    (input) => {
      expect(parseMhlwCode(input)).toBeUndefined();
    },
  );
});

describe('MHLW groups', () => {
  it('has the 15 大分類', () => {
    expect(Object.keys(MHLW_MAJOR_GROUPS)).toHaveLength(15);
  });

  it('places every listed 中分類 under a known 大分類', () => {
    for (const { major } of Object.values(MHLW_MIDDLE_GROUPS)) expect(MHLW_MAJOR_GROUPS[major]).toBeDefined();
  });

  it('lists the 8 小分類 seen in sources, each under a listed 中分類', () => {
    expect(Object.keys(MHLW_MINOR_GROUPS_SEEN)).toHaveLength(8);
    for (const minor of Object.keys(MHLW_MINOR_GROUPS_SEEN)) expect(MHLW_MIDDLE_GROUPS[minor.slice(0, 3)]).toBeDefined();
  });
});
