import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError, fieldErrorKey } from '../../../lib/api/errors';
import { useMe } from '../../../lib/auth/get-me';
import { useMyOrganizations } from '../../../lib/organizations/my-organizations';
import { REPORT_REASONS, type ReportReason, useReportJob } from '../api/report-job';
import type { Job } from '../api/search-jobs';

const MAX_NOTE = 1000;

type Outcome = 'sent' | 'already' | 'closed';

/**
 * "Report this posting" for signed-in readers of a published posting: not its own organisation's
 * members (shown only once the employer's organisations are known), not admins, who moderate.
 */
export function ReportPosting({ job }: { job: Job }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.data?.role;
  const organizations = useMyOrganizations(role === 'employer');
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = useRef<HTMLDivElement>(null);

  const ownPostingUnknown = role === 'employer' && !organizations.isSuccess;
  const ownPosting = role === 'employer' && (organizations.data ?? []).some((o) => o.id === job.organization.id);
  const offered = job.status === 'published' && role !== undefined && role !== 'admin' && !ownPostingUnknown && !ownPosting;

  const done = (result: Outcome) => {
    setOutcome(result);
    setOpen(false);
    // the button is gone: the message takes the focus, and is announced
    requestAnimationFrame(() => status.current?.focus());
  };

  return (
    <>
      <div role="status" ref={status} tabIndex={-1} className="jobs-report__status">
        {outcome ? (
          <Alert color={outcome === 'closed' ? 'gray' : 'teal'} variant="light">
            {t(`jobs.report.${outcome}`)}
          </Alert>
        ) : null}
      </div>
      {offered && !outcome ? (
        <>
          <Button variant="subtle" color="gray" size="xs" className="jobs-report__open" onClick={() => setOpen(true)}>
            {t('jobs.report.open')}
          </Button>
          <Modal opened={open} onClose={() => setOpen(false)} title={t('jobs.report.title')} size="md" closeButtonProps={{ 'aria-label': t('jobs.report.close') }} returnFocus={false}>
            <ReportForm jobId={job.id} onDone={done} onCancel={() => setOpen(false)} />
          </Modal>
        </>
      ) : null}
    </>
  );
}

function ReportForm({ jobId, onDone, onCancel }: { jobId: string; onDone: (outcome: Outcome) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const report = useReportJob(jobId);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      return;
    }
    report.mutate(
      { reason, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => onDone('sent'),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.code === 'ALREADY_REPORTED') onDone('already');
          if (error.status === 409 && error.code === 'CONFLICT') {
            // closed meanwhile (perhaps taken down): show the posting as it is now
            onDone('closed');
            void queryClient.invalidateQueries({ queryKey: ['jobs', 'detail', jobId] });
          }
        },
      },
    );
  };

  const fieldError = (path: 'reason' | 'note') =>
    report.error instanceof ApiError && report.error.status === 422 && report.error.details.some((d) => d.path === path) ? t(fieldErrorKey(path)) : undefined;
  const placed = Boolean(fieldError('reason') || fieldError('note'));
  const handled = report.error instanceof ApiError && report.error.status === 409;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('jobs.report.lead')}</Text>
        <Radio.Group
          label={t('jobs.report.reason')}
          value={reason}
          onChange={(value) => {
            setReason(value as ReportReason);
            setMissingReason(false);
          }}
          error={missingReason ? t('jobs.report.reasonRequired') : fieldError('reason')}
          required
        >
          <Stack gap="xs" mt="xs">
            {REPORT_REASONS.map((value) => (
              <Radio key={value} value={value} label={t(`reports.reasons.${value}.label`)} description={t(`reports.reasons.${value}.hint`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('jobs.report.note')}
          description={t('jobs.report.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError('note')}
          maxLength={MAX_NOTE}
          autosize
          minRows={3}
        />
        {report.isError && !placed && !handled ? <ErrorAlert error={report.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('jobs.report.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={report.isPending}>
            {t('jobs.report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
