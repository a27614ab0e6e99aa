import { queryTokens, querySegments, searchTokens } from './search-tokens';

function matches(document: string, query: string): boolean {
  const tokens = new Set(searchTokens(document));
  return queryTokens(query).every((t) => tokens.has(t));
}

describe('search tokens', () => {
  it.each([
    ['海外営業担当', '営業', true],
    ['海外営業担当（韓国語）', '韓国語', true],
    ['해외영업원 채용', '해외영업', true],
    ['해외영업원 채용', '영업', true],
    ['Overseas Sales', 'sales', true],
    ['Overseas Sales', 'SALES', true],
    ['ＳＡＬＥＳ　担当', 'sales', true],
    ['海外営業担当', '経理', false],
    ['해외영업원 채용', '마케팅', false],
    ['Overseas Sales', 'marketing', false],
    ['ソフトウェアエンジニア', 'エンジニア', true],
    ['소프트웨어 개발자', '개발', true],
    ['営業', '営', true],
  ])('%s matches %s: %s', (document, query, expected) => {
    expect(matches(document, query)).toBe(expected);
  });

  it('keeps query segments for the exact substring re-check', () => {
    expect(querySegments('  Overseas  SALES 営業 ')).toEqual(['overseas', 'sales', '営業']);
  });

  it('yields no token for punctuation-only queries', () => {
    expect(queryTokens('!!! ...')).toEqual([]);
  });
});
