import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { planQueryKey } from '../../../components/pathway/api/get-plan';

/** DELETE /pathway-plans/:id: the plan goes, with its checklist and history. */
export function deletePlan(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/pathway-plans/{id}', { params: { path: { id } } }));
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePlan,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: planQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['pathway-plans', 'list'] });
    },
  });
}
