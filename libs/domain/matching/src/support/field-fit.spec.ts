import type { OccupationGroup } from '@hashidari/taxonomy';
import { fieldFit, type FieldFit } from './field-fit';

const rows: [string, string[], OccupationGroup[], FieldFit][] = [
  ['business for sales and trade', ['business administration'], ['sales-trade'], 'related'],
  ['computer science for IT', ['Computer Science'], ['it'], 'related'],
  ['Japanese literature for language work', ['Japanese language and literature'], ['language'], 'related'],
  ['a language major for overseas sales', ['Korean studies'], ['sales-trade'], 'related'],
  ['mechanical engineering for sales', ['mechanical engineering'], ['sales-trade'], 'unrelated'],
  ['a field the table does not know', ['philosophy'], ['sales-trade'], 'unknown'],
  ['no field', [], ['it'], 'unknown'],
  ['no occupation group', ['business'], [], 'unknown'],
  ['Korean: 컴퓨터공학 for IT', ['컴퓨터공학'], ['it'], 'related'],
  ['Japanese: 観光学 for hospitality', ['観光学'], ['hospitality'], 'related'],
  ['"department" is not "art"', ['department of philosophy'], ['design-media'], 'unknown'],
];

describe('fieldFit', () => {
  it.each(rows)('%s', (_name, fields, groups, expected) => {
    expect(fieldFit(fields, groups)).toBe(expected);
  });
});
