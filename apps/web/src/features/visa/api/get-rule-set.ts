import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type RuleSetOverview = Schemas['RuleSetOverviewDto'];
export type RuleOverview = Schemas['RuleOverviewDto'];

/** GET /visa/rule-set: the rules as they stand today. */
export function useRuleSet() {
  return useQuery({
    queryKey: ['visa', 'rule-set'],
    queryFn: () => unwrap(api.GET('/api/v1/visa/rule-set')),
    staleTime: 60 * 60_000,
  });
}
