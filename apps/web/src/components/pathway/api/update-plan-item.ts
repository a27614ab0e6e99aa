import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { PathwayPlan } from './list-plans';
import { planQueryKey } from './get-plan';

export type PlanItemUpdate = Schemas['UpdatePlanItemDto'];
export type PlanItemStatus = NonNullable<PlanItemUpdate['status']>;

interface UpdateInput {
  planId: string;
  itemId: string;
  body: PlanItemUpdate;
}

/**
 * PATCH /pathway-plans/:id/items/:itemId: candidates tick (done / todo) and annotate; advisers verify or
 * reject with a note. The answer is the whole plan, which replaces the cached one.
 */
export function updatePlanItem({ planId, itemId, body }: UpdateInput): Promise<PathwayPlan> {
  return unwrap(api.PATCH('/api/v1/pathway-plans/{id}/items/{itemId}', { params: { path: { id: planId, itemId } }, body }));
}

/** The plan with one item's new status shown at once (undone if the API refuses). */
function withItemStatus(plan: PathwayPlan, itemId: string, status: PlanItemStatus): PathwayPlan {
  return { ...plan, items: plan.items.map((item) => (item.itemId === itemId ? { ...item, status } : item)) };
}

export function useUpdatePlanItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlanItem,
    onMutate: async ({ planId, itemId, body }) => {
      const key = planQueryKey(planId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PathwayPlan>(key);
      if (previous && body.status) queryClient.setQueryData(key, withItemStatus(previous, itemId, body.status));
      return { previous };
    },
    onError: (_error, { planId }, context) => {
      if (context?.previous) queryClient.setQueryData(planQueryKey(planId), context.previous);
    },
    onSuccess: (plan) => {
      queryClient.setQueryData(planQueryKey(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['pathway-plans', 'list'] });
    },
  });
}
