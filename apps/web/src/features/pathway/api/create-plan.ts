import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { PathwayPlan } from '../../../components/pathway/api/list-plans';
import { planQueryKey } from '../../../components/pathway/api/get-plan';

export type CreatePlanInput = Schemas['CreatePathwayPlanDto'];

/** POST /pathway-plans: starts a plan from a template with the candidate's dates. */
export function createPlan(body: CreatePlanInput): Promise<PathwayPlan> {
  return unwrap(api.POST('/api/v1/pathway-plans', { body }));
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planQueryKey(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['pathway-plans', 'list'] });
    },
  });
}
