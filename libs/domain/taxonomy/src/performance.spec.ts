import { crosswalk, findOccupationByCode, isE7Code, resolveSkills } from './index';

// The matching engine calls these for every posting; 100,000 postings must stay well under a second or two.
describe('performance', () => {
  it('resolves skills and codes of 100,000 postings quickly', () => {
    const skills = [['営業', 'Excel', 'TOPIK'], ['Java', 'spring boot', 'AWS'], ['해외 영업', '엑셀', 'unknown-skill']];
    const codes = [['KR', '2742'], ['JP', '048'], ['KR', '2223'], ['JP', '017-01']] as const;
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 100_000; i += 1) {
      found += resolveSkills(skills[i % skills.length] ?? []).ids.length;
      const [country, code] = codes[i % codes.length] ?? ['KR', '2742'];
      found += findOccupationByCode(country, code).length + crosswalk(country, code).length + (isE7Code(code) ? 1 : 0);
    }
    const elapsed = performance.now() - started;
    expect(found).toBeGreaterThan(100_000);
    expect(elapsed).toBeLessThan(3000);
  });
});
