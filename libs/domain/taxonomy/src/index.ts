export * from './text/normalize-term';

export * from './skills/skill';
export * from './skills/skills';
export * from './skills/skill-term-index';
export * from './skills/resolve-skill';

export * from './e7/e7-code';
export * from './e7/e7-codes';
export * from './e7/e7-lookup';

export * from './mhlw/mhlw-code';
export * from './mhlw/mhlw-groups';

export * from './occupations/occupation';
export * from './occupations/occupations';
export { getOccupation, occupationLabel, findOccupationByCode, findOccupationByWork24Code, findOccupationsByIsco08, findPlacementsByMhlwCode } from './occupations/find-occupation';
export type { PlacedOccupation } from './occupations/occupation-index';
export * from './occupations/crosswalk';
export * from './occupations/canonical-code';
export * from './occupations/search-occupations';
