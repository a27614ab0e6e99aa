import { searchE7Codes, searchOccupations } from './search-occupations';

const firstIds = (query: string, locale?: 'ja' | 'ko' | 'en', n = 1) =>
  searchOccupations(query, locale)
    .slice(0, n)
    .map((o) => o.id);

describe('searchOccupations', () => {
  it.each([
    ['海外営業', 'overseas-sales-representative'],
    ['해외영업원', 'overseas-sales-representative'],
    ['해외', 'overseas-sales-representative'],
    ['Overseas', 'overseas-sales-representative'],
    ['translator', 'translator'],
    ['通訳者', 'interpreter'],
    ['ホテル', 'hotel-manager'],
    ['2742', 'overseas-sales-representative'],
    ['S2855', 'video-motion-designer'],
    ['017-01', 'web-designer'],
    ['웹 디자이너', 'web-designer'],
    ['웹디자이너', 'web-designer'],
    ['ＷＥＢデザイナー', 'web-designer'],
  ])('%j finds %s first', (query, id) => {
    expect(firstIds(query)).toEqual([id]);
  });

  it.each([
    ['営業', ['overseas-sales-representative', 'sales-representative', 'it-sales-representative']],
    ['영업', ['overseas-sales-representative', 'sales-representative', 'technical-sales-representative']],
    ['designer', ['ux-ui-designer', 'web-designer', 'graphic-designer', 'fashion-designer']],
    ['エンジニア', ['web-developer', 'network-engineer', 'qa-test-engineer']],
  ])('%j matches substrings too: %j', (query, expected) => {
    expect(searchOccupations(query).map((o) => o.id)).toEqual(expect.arrayContaining(expected));
  });

  it('ranks exact, then prefix, then substring matches', () => {
    const ids = searchOccupations('web').map((o) => o.id);
    expect(ids.slice(0, 2)).toEqual(['web-developer', 'web-designer']);
    expect(ids).toContain('marketing-specialist');
  });

  it('prefers a match in the wanted locale', () => {
    // 'IT' starts all labels of it-manager and it-sales-representative, but not the ja label of it-support-specialist
    expect(firstIds('IT', undefined, 3)).toEqual(['it-manager', 'it-support-specialist', 'it-sales-representative']);
    expect(firstIds('IT', 'ja', 3)).toEqual(['it-manager', 'it-sales-representative', 'it-support-specialist']);
  });

  it('ignores spacing when matching', () => {
    expect(searchOccupations('it 営業', 'ja').map((o) => o.id)).toEqual(['it-sales-representative']);
  });

  it.each([[''], ['   '], ['zzzz'], ['料理人']])('%j finds nothing', (query) => {
    expect(searchOccupations(query)).toEqual([]);
  });
});

describe('searchE7Codes', () => {
  it.each([
    ['디자이너', ['285', 'S2855']],
    ['1212', ['1202']],
    ['Web developer', ['2224']],
    ['海外営業', ['2742']],
  ])('%j -> %j', (query, expected) => {
    expect(searchE7Codes(query).map((e) => e.code)).toEqual(expected);
  });
});
