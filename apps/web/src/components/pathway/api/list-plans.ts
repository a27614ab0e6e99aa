import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type PathwayPlan = Schemas['PathwayPlanDto'];

/** The key of every plan list; a candidate's own list has no candidate id. */
export const plansQueryKey = (candidateId?: string) => ['pathway-plans', 'list', candidateId ?? 'mine'] as const;

/** GET /pathway-plans: a candidate's own plans, or (advisers, with candidateId) a consenting candidate's. */
export function listPlans(candidateId?: string): Promise<PathwayPlan[]> {
  return unwrap(api.GET('/api/v1/pathway-plans', { params: { query: candidateId ? { candidateId } : {} } }));
}

export function usePlans(candidateId?: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: plansQueryKey(candidateId), queryFn: () => listPlans(candidateId), enabled: options.enabled ?? true });
}
