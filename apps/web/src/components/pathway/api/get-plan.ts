import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { PathwayPlan } from './list-plans';

export const planQueryKey = (id: string) => ['pathway-plans', 'one', id] as const;

/** GET /pathway-plans/:id: the plan with today's timeline, deadlines at risk, checklist and audit trail. */
export function getPlan(id: string): Promise<PathwayPlan> {
  return unwrap(api.GET('/api/v1/pathway-plans/{id}', { params: { path: { id } } }));
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planQueryKey(id), queryFn: () => getPlan(id), staleTime: 15_000 });
}
