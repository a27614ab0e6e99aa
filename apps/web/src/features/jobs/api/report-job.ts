import type { Schemas } from '@hashidari/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type ReportReason = Schemas['CreateReportDto']['reason'];

export const REPORT_REASONS: ReportReason[] = ['fraud', 'misleading-visa', 'unlawful-terms', 'discrimination', 'other'];

/** POST /jobs/:id/reports: tells the moderators what is wrong with a posting; 409 when already reported. */
export function useReportJob(jobId: string) {
  return useMutation({
    mutationFn: (body: { reason: ReportReason; note?: string }) => unwrap(api.POST('/api/v1/jobs/{id}/reports', { params: { path: { id: jobId } }, body })),
  });
}
