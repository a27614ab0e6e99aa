import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { useMe } from '../../../lib/auth/get-me';
import { useMyOrganizations } from '../../../lib/organizations/my-organizations';
import { REPORT_REASONS, type ReportReason, useReportJob } from '../api/report-job';
import type { Job } from '../api/search-jobs';

const MAX_NOTE = 1000;

/**
 * "Report this posting" for signed-in readers of a published posting (not its own organisation's
 * members, not admins, who moderate): a reason and a note for the moderators.
 */
export function ReportPosting({ job }: { job: Job }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.data?.role;
  const organizations = useMyOrganizations();
  const ownPosting = role === 'employer' && (organizations.data ?? []).some((o) => o.id === job.organization.id);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<'sent' | 'already' | null>(null);

  if (job.status !== 'published' || !role || role === 'admin' || ownPosting) return null;
  if (sent) {
    return (
      <Alert role="status" color="teal" variant="light" className="jobs-report__done">
        {t(sent === 'sent' ? 'jobs.report.sent' : 'jobs.report.already')}
      </Alert>
    );
  }
  return (
    <>
      <Button variant="subtle" color="gray" size="xs" className="jobs-report__open" onClick={() => setOpen(true)}>
        {t('jobs.report.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('jobs.report.title')} size="md" closeButtonProps={{ 'aria-label': t('jobs.report.close') }}>
        <ReportForm jobId={job.id} onDone={(result) => { setSent(result); setOpen(false); }} onCancel={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ReportForm({ jobId, onDone, onCancel }: { jobId: string; onDone: (result: 'sent' | 'already') => void; onCancel: () => void }) {
  const { t } = useTranslation();
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
          if (error instanceof ApiError && error.status === 409) onDone('already');
        },
      },
    );
  };

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
          error={missingReason ? t('jobs.report.reasonRequired') : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {REPORT_REASONS.map((value) => (
              <Radio key={value} value={value} label={t(`jobs.report.reasons.${value}.label`)} description={t(`jobs.report.reasons.${value}.hint`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('jobs.report.note')}
          description={t('jobs.report.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={MAX_NOTE}
          autosize
          minRows={3}
        />
        {report.isError && !(report.error instanceof ApiError && report.error.status === 409) ? <ErrorAlert error={report.error} /> : null}
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
