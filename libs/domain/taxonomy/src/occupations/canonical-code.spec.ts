import { canonicalOccupationCode } from './canonical-code';

describe('one spelling per occupation code', () => {
  it.each([
    ['KR', '2742', '2742'],
    ['KR', '２７４２', '2742'],
    ['KR', ' 2742 ', '2742'],
    ['KR', '1212', '1202'],
    ['KR', 's2855', 'S2855'],
    ['KR', '9999', '9999'],
    ['JP', '048', '048'],
    ['JP', '07/048', '048'],
    ['JP', '02 / 009 / 009-03', '009-03'],
    ['JP', '００９－０３', '009-03'],
    ['JP', ' not a code ', 'not a code'],
  ] as const)('%s %j is stored as %j', (country, written, stored) => {
    expect(canonicalOccupationCode(country, written)).toBe(stored);
  });
});
