import { compactTerm, normalizeTerm } from './normalize-term';

describe('normalizeTerm', () => {
  it.each([
    ['Sales', 'sales'],
    ['  Sales  ', 'sales'],
    ['ＳＡＬＥＳ', 'sales'],
    ['Ｅｘｃｅｌ', 'excel'],
    ['Power   BI', 'power bi'],
    ['Power\u3000BI', 'power bi'],
    ['\tReact\n', 'react'],
    ['ｴｸｾﾙ', 'エクセル'],
    ['Python（パイソン）', 'python(パイソン)'],
    ['인사ㆍ채용', '인사・채용'],
    ['인사·채용', '인사・채용'],
    ['Git･GitHub', 'git・github'],
    ['ISO\u20129001', 'iso-9001'],
    ['２７４２', '2742'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeTerm(' Ｃ＃・．ＮＥＴ ');
    expect(normalizeTerm(once)).toBe(once);
  });
});

describe('compactTerm', () => {
  it.each([
    ['해외 영업', '해외영업'],
    ['node.js', 'nodejs'],
    ['ci/cd', 'cicd'],
    ['social-media marketing', 'socialmediamarketing'],
    ['git・github', 'gitgithub'],
    ['c++', 'c++'],
    ['c#', 'c#'],
  ])('%j -> %j', (input, expected) => {
    expect(compactTerm(input)).toBe(expected);
  });
});
