import { allowedTransitions, APPLICATION_STATUSES, canTransition } from './application-status';

describe('application pipeline', () => {
  it.each([
    ['submitted', 'screening', 'employer', true],
    ['screening', 'interview', 'employer', true],
    ['interview', 'offer', 'employer', true],
    ['offer', 'hired', 'employer', true],
    ['submitted', 'interview', 'employer', false],
    ['submitted', 'hired', 'employer', false],
    ['interview', 'screening', 'employer', false],
    ['interview', 'rejected', 'employer', true],
    ['offer', 'rejected', 'employer', true],
    ['hired', 'rejected', 'employer', false],
    ['rejected', 'screening', 'employer', false],
    ['submitted', 'withdrawn', 'employer', false],
    ['submitted', 'withdrawn', 'candidate', true],
    ['offer', 'withdrawn', 'candidate', true],
    ['submitted', 'screening', 'candidate', false],
    ['hired', 'withdrawn', 'candidate', false],
    ['withdrawn', 'submitted', 'candidate', false],
  ] as const)('%s -> %s by %s: %s', (from, to, actor, expected) => {
    expect(canTransition(from, to, actor)).toBe(expected);
  });

  it('lets nothing leave a final status', () => {
    for (const final of ['hired', 'rejected', 'withdrawn'] as const) {
      expect(allowedTransitions(final, 'employer')).toEqual([]);
      expect(allowedTransitions(final, 'candidate')).toEqual([]);
    }
    expect(APPLICATION_STATUSES).toHaveLength(7);
  });
});
