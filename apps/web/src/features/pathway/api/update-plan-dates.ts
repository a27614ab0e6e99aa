import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { planQueryKey } from '../../../components/pathway/api/get-plan';

export type PlanDatesInput = Schemas['UpdatePathwayPlanDto'];

/** PATCH /pathway-plans/:id: moves the plan's dates; the answer is the plan with its new timeline. */
export function useUpdatePlanDates(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanDatesInput) => unwrap(api.PATCH('/api/v1/pathway-plans/{id}', { params: { path: { id: planId } }, body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(planQueryKey(planId), plan);
      void queryClient.invalidateQueries({ queryKey: ['pathway-plans', 'list'] });
    },
  });
}
