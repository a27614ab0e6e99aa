import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type RuleSetOverview = Schemas['RuleSetOverviewDto'];
export type RuleOverview = Schemas['RuleOverviewDto'];

/** GET /visa/rule-set: the rules as they stand on a day (today when none is given). */
export function useRuleSet(date: string | undefined) {
  return useQuery({
    queryKey: ['visa', 'rule-set', date ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/v1/visa/rule-set', { params: { query: date ? { date } : {} } })),
    staleTime: 60 * 60_000,
  });
}
