import { findE7Code } from '../e7/e7-lookup';
import { MHLW_MIDDLE_GROUPS, MHLW_MINOR_GROUPS_SEEN } from '../mhlw/mhlw-groups';
import { OCCUPATION_GROUPS } from './occupation';
import { OCCUPATIONS } from './occupations';

const rows = OCCUPATIONS.map((o) => [o.id, o] as const);

describe('occupation data', () => {
  it('holds the 59 rows of the crosswalk tables', () => {
    expect(OCCUPATIONS).toHaveLength(59);
  });

  it.each([
    ['management', 4],
    ['it', 12],
    ['design-media', 7],
    ['language', 3],
    ['sales-trade', 8],
    ['marketing-planning', 6],
    ['business-office', 6],
    ['engineering', 7],
    ['hospitality', 6],
  ] as const)('group %s has %i rows (§2.A–2.I)', (group, count) => {
    expect(OCCUPATIONS.filter((o) => o.group === group)).toHaveLength(count);
  });

  it('has unique kebab-case ids', () => {
    const ids = OCCUPATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rows)('%s has labels, notes and sources', (_id, o) => {
    for (const locale of ['en', 'ja', 'ko'] as const) expect(o.label[locale].trim()).not.toBe('');
    for (const note of Object.values(o.notes)) expect(note.trim()).not.toBe('');
    expect(o.sources.length).toBeGreaterThan(0);
    expect(OCCUPATION_GROUPS).toContain(o.group);
  });

  it.each(rows)('%s: its KR codes exist in E7_CODES with the sub-type the row gives', (_id, o) => {
    if (o.krE7Status === 'not-e7') {
      expect(o.krE7Codes).toEqual([]);
      expect(o.krVisa).toBeNull();
    } else {
      for (const code of o.krE7Codes) {
        expect(findE7Code(code)?.code).toBe(code);
        expect(findE7Code(code)?.tier).toBe(o.krVisa);
      }
    }
    if (o.krE7Status === 'e7') expect(o.krE7Codes.length).toBeGreaterThan(0);
    for (const code of o.krE7RelatedCodes) expect(findE7Code(code)?.code).toBe(code);
    for (const alt of o.krE7AltCodes) expect(o.krE7Codes).toContain(findE7Code(alt)?.code);
  });

  it.each(rows)('%s: its MHLW placements are 中分類 of §1.1 and 小分類 seen in sources', (_id, o) => {
    expect(o.jpMhlw.length).toBeGreaterThan(0);
    for (const p of o.jpMhlw) {
      expect(MHLW_MIDDLE_GROUPS[p.middle]?.major).toBe(p.major);
      if (p.minor !== null) expect(MHLW_MINOR_GROUPS_SEEN).toHaveProperty([p.minor]);
    }
    expect(o.jpMhlwCodes).toEqual([...new Set(o.jpMhlw.map((p) => p.minor ?? p.middle))]);
  });

  it.each(rows)('%s: ISCO-08 codes are 4-digit unit groups', (_id, o) => {
    expect(o.isco08.length).toBeGreaterThan(0);
    for (const code of [...o.isco08, ...o.isco08Related]) expect(code).toMatch(/^\d{4}$/);
  });

  it.each(rows)('%s: is unverified exactly when a field is', (_id, o) => {
    const { kr, jp, isco } = o.confidence;
    if (kr === 'U') expect(o.unverifiedFields).toContain('krE7');
    if (jp === 'U') expect(o.unverifiedFields).toContain('jpMhlw');
    if (isco === 'U') expect(o.unverifiedFields).toContain('isco08');
    expect(o.unverified).toBe(o.unverifiedFields.length > 0);
  });

  it.each([
    ['business-administration-manager', 'e7', ['1202'], 'E-7-1', ['002'], 'yes'],
    ['overseas-sales-representative', 'e7', ['2742'], 'E-7-1', ['048', '040'], 'yes'],
    ['web-developer', 'e7', ['2224'], 'E-7-1', ['009-03'], 'yes'],
    ['video-motion-designer', 'e7', ['S2855'], 'E-7-1', ['017-99', '020-99'], 'yes'],
    ['cloud-infrastructure-engineer', 'unverified', ['2232', '2221'], 'E-7-1', ['010'], 'yes'],
    ['qa-test-engineer', 'unverified', ['2223'], 'E-7-1', ['009'], 'depends'],
    ['buyer-purchasing', 'unverified', [], null, ['046'], 'yes'],
    ['sales-representative', 'not-e7', [], null, ['048'], 'yes'],
    ['language-instructor', 'not-e7', [], null, ['032'], 'yes'],
    ['retail-sales-associate', 'not-e7', [], null, ['045'], 'no'],
    ['duty-free-sales-clerk', 'e7', ['31215'], 'E-7-2', ['045'], 'depends'],
    ['mechanical-engineer', 'e7', ['2351'], 'E-7-1', ['006', '007'], 'yes'],
    ['hotel-front-desk', 'e7', ['3922'], 'E-7-2', ['034', '056'], 'depends'],
    ['cabin-crew', 'e7', ['431'], 'E-7-2', ['058'], 'unverified'],
  ] as const)('%s: KR %s %j (%s), JP %j, 技人国 %s', (id, status, codes, visa, jp, gijinkoku) => {
    const o = OCCUPATIONS.find((x) => x.id === id);
    expect(o?.krE7Status).toBe(status);
    expect(o?.krE7Codes).toEqual(codes);
    expect(o?.krVisa).toBe(visa);
    expect(o?.jpMhlwCodes).toEqual(jp);
    expect(o?.jpGijinkoku).toBe(gijinkoku);
  });

  it.each([
    ['data-analyst', true, ['jpMhlw']],
    ['cloud-infrastructure-engineer', true, ['krE7']],
    ['medical-coordinator', true, ['jpMhlw', 'jpStatus']],
    ['hotel-front-desk', true, ['jpMhlw']],
    ['cad-drafter', true, ['krE7']],
    ['overseas-sales-representative', false, []],
    ['translator', false, []],
  ] as const)('%s unverified: %s %j', (id, unverified, fields) => {
    const o = OCCUPATIONS.find((x) => x.id === id);
    expect(o?.unverified).toBe(unverified);
    expect(o?.unverifiedFields).toEqual(fields);
  });

  it('keeps 2742 as the only overseas-sales code and names the 20 % ratio in its note', () => {
    const o = OCCUPATIONS.find((x) => x.id === 'overseas-sales-representative');
    expect(o?.notes.krE7).toContain('20 % ratio');
    expect(o?.jpStatusBranches).toEqual(['kokusai-gyomu', 'jinbun-chishiki']);
  });
});
