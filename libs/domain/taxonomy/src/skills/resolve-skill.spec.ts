import { relatedSkills, resolveSkill, resolveSkills, searchSkills, skillLabel } from './resolve-skill';

describe('resolveSkill', () => {
  it.each([
    // it
    ['Java', 'java'],
    ['자바', 'java'],
    ['パイソン', 'python'],
    ['Python3', 'python'],
    ['ｊａｖａｓｃｒｉｐｔ', 'javascript'],
    ['node js', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['스프링부트', 'spring'],
    ['k8s', 'kubernetes'],
    ['ＡＷＳ', 'aws'],
    ['ci / cd', 'ci-cd'],
    ['Git･GitHub', 'git'],
    ['깃 허브', 'git'],
    ['組込み開発', 'embedded'],
    ['딥러닝', 'machine-learning'],
    ['powerbi', 'bi-tools'],
    ['C#', 'csharp-dotnet'],
    ['c++', 'c-cpp'],
    // design-media
    ['イラレ', 'illustrator'],
    ['포토샵', 'photoshop'],
    ['ﾌｫﾄｼｮｯﾌﾟ', 'photoshop'],
    ['3次元CAD', '3d-cad'],
    ['3D modeling', '3d-modeling'],
    ['영상편집', 'video-editing'],
    // language
    ['日本語', 'japanese'],
    ['일본어', 'japanese'],
    ['jlpt', 'japanese'],
    ['TOPIK', 'korean'],
    ['한국어', 'korean'],
    ['토익', 'english'],
    ['通訳', 'interpretation'],
    ['敬語', 'business-japanese'],
    // sales-marketing
    ['sales', 'sales'],
    ['Sales', 'sales'],
    ['営業', 'sales'],
    ['영업', 'sales'],
    ['ＳＡＬＥＳ', 'sales'],
    ['海外営業', 'overseas-sales'],
    ['해외 영업', 'overseas-sales'],
    ['法人営業', 'b2b-sales'],
    ['b2b 영업', 'b2b-sales'],
    ['インコタームズ', 'trade-practice'],
    ['L/C', 'trade-practice'],
    ['고객관리', 'crm'],
    // business-office
    ['excel', 'excel'],
    ['엑셀', 'excel'],
    ['Ｅｘｃｅｌ（関数・ピボット）', 'excel'],
    ['経理', 'accounting'],
    ['회계ㆍ경리', 'accounting'],
    ['4대 보험', 'payroll-labor'],
    ['人事・採用', 'hr-recruiting'],
    // engineering
    ['品質管理', 'quality-control'],
    ['ISO9001', 'quality-control'],
    ['施工管理', 'construction-management'],
    ['반도체 공정', 'semiconductor-process'],
    // hospitality
    ['接客', 'customer-service'],
    ['고객응대', 'customer-service'],
    ['Front desk', 'front-desk'],
    ['通訳案内', 'tour-guiding'],
    ['医療通訳', 'medical-interpretation'],
  ])('%j resolves to %s', (input, id) => {
    expect(resolveSkill(input)?.id).toBe(id);
  });

  // Terms the reference lists under two skills, resolved deliberately (README "Collisions resolved").
  it.each([
    ['品質保証', 'quality-control'],
    ['AI', 'machine-learning'],
    ['BJT', 'business-japanese'],
    ['iOS', 'mobile-dev'],
    ['C#', 'csharp-dotnet'],
    ['경어', 'business-korean'],
    ['QA', 'testing-qa'],
    ['QA(製造)', 'quality-control'],
  ])('the shared term %j resolves to %s', (input, id) => {
    expect(resolveSkill(input)?.id).toBe(id);
  });

  it.each([
    ['Ruby on Rails'],
    ['cooking'],
    ['料理'],
    ['요리'],
    ['sale'],
    ['営'],
    ['상담'],
    [''],
    ['   '],
    ['・'],
  ])('%j stays unknown', (input) => {
    expect(resolveSkill(input)).toBeUndefined();
  });
});

describe('resolveSkills', () => {
  it('keeps the order of first mention, drops duplicates and reports unknown terms once', () => {
    expect(resolveSkills(['営業', 'Excel', 'sales', '영업', ' cooking ', 'Cooking', '', 'エクセル?', 'python'])).toEqual({
      ids: ['sales', 'excel', 'python'],
      unknown: ['cooking', 'エクセル?'],
    });
  });

  it('answers empty lists for no input', () => {
    expect(resolveSkills([])).toEqual({ ids: [], unknown: [] });
  });
});

describe('skillLabel', () => {
  it.each([
    ['sales', 'ja', '営業'],
    ['sales', 'ko', '영업'],
    ['sales', 'en', 'Sales'],
    ['excel', 'ja', 'Excel（関数・ピボット）'],
    ['c-cpp', 'ko', 'C언어·C++'],
    ['영업', 'en', 'Sales'],
  ] as const)('%s in %s is %j', (id, locale, label) => {
    expect(skillLabel(id, locale)).toBe(label);
  });

  it('is undefined for an unknown id', () => {
    expect(skillLabel('cooking', 'en')).toBeUndefined();
  });
});

describe('relatedSkills', () => {
  it.each([
    ['java', 'kotlin', true],
    ['sales', 'overseas-sales', true],
    ['営業', 'marketing-does-not-exist', false],
    ['営業', '해외영업', true],
    ['excel', 'accounting', true],
    ['excel', 'sales', false],
    ['figma', 'react', false],
    ['japanese', 'japanese', true],
    ['cooking', 'cooking', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(relatedSkills(a, b)).toBe(expected);
  });
});

describe('searchSkills', () => {
  it('ranks an exact label first, then prefix matches', () => {
    const ids = searchSkills('java').map((s) => s.id);
    expect(ids[0]).toBe('java');
    expect(ids).toContain('javascript');
  });

  it.each([
    ['営業', 'sales'],
    ['영업', 'sales'],
    ['デザ', 'ui-design'],
    ['마케팅', 'digital-marketing'],
    ['js', 'javascript'],
  ])('%j finds %s', (query, id) => {
    expect(searchSkills(query).map((s) => s.id)).toContain(id);
  });

  it('finds substrings inside CJK labels', () => {
    const ids = searchSkills('営業').map((s) => s.id);
    expect(ids.slice(0, 1)).toEqual(['sales']);
    expect(ids).toEqual(expect.arrayContaining(['overseas-sales', 'b2b-sales', 'account-management']));
  });

  it('answers nothing for a blank query', () => {
    expect(searchSkills('  ')).toEqual([]);
  });
});
