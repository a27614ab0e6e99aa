import { decideChecklistChange } from './checklist-review';

describe('checklist review', () => {
  it.each([
    ['todo', 'done', 'candidate', false, { allowed: true, action: 'ticked' }],
    ['rejected', 'done', 'candidate', false, { allowed: true, action: 'ticked' }],
    ['done', 'todo', 'candidate', false, { allowed: true, action: 'unticked' }],
    ['verified', 'todo', 'candidate', false, { allowed: true, action: 'unticked' }],
    ['done', 'verified', 'candidate', false, { allowed: false, reason: 'not-yours-to-set' }],
    ['done', 'rejected', 'candidate', false, { allowed: false, reason: 'not-yours-to-set' }],
    ['done', 'verified', 'adviser', true, { allowed: true, action: 'verified' }],
    ['done', 'rejected', 'adviser', true, { allowed: true, action: 'rejected' }],
    ['verified', 'rejected', 'adviser', true, { allowed: true, action: 'rejected' }],
    ['todo', 'done', 'adviser', false, { allowed: false, reason: 'not-yours-to-set' }],
    ['done', 'todo', 'adviser', false, { allowed: false, reason: 'not-yours-to-set' }],
    ['done', undefined, 'adviser', true, { allowed: true, action: 'annotated' }],
    ['todo', undefined, 'candidate', true, { allowed: true, action: 'annotated' }],
    ['todo', 'todo', 'candidate', false, { allowed: false, reason: 'no-change' }],
    ['todo', undefined, 'candidate', false, { allowed: false, reason: 'no-change' }],
  ] as const)('%s -> %s by %s (note %s)', (from, to, actor, hasNote, expected) => {
    expect(decideChecklistChange(from, to, actor, hasNote)).toEqual(expected);
  });
});
