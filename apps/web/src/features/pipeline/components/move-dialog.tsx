import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { placeServerFieldErrors, translatedFieldError } from '../../../lib/employer-field-errors';
import type { Application, ApplicationStatus } from '../api/list-applications';
import { useMoveApplication } from '../api/update-application';
import { candidateName } from './candidate-name';
import { ALL_STAGES } from './stages';

const moveSchema = z.object({
  status: z.enum(ALL_STAGES as [ApplicationStatus, ...ApplicationStatus[]], { error: 'pipeline.move.statusRequired' }),
  note: z.string().trim().max(2000, { error: 'pipeline.move.noteTooLong' }),
});

type MoveValues = z.infer<typeof moveSchema>;

export interface MoveRequest {
  application: Application;
  status: ApplicationStatus;
}

interface MoveDialogProps {
  jobId: string;
  request: MoveRequest | null;
  onClose: () => void;
  onMoved: (application: Application) => void;
  /** After a move, once the dialog has closed: the board focuses the card in its new column. */
  onClosedAfterMove: (application: Application) => void;
}

const FINAL: readonly ApplicationStatus[] = ['hired', 'rejected', 'withdrawn'];

/** Confirms a move with an optional note, which the candidate sees in the application's history. */
export function MoveDialog({ jobId, request, onClose, onMoved, onClosedAfterMove }: MoveDialogProps) {
  const { t } = useTranslation();
  const move = useMoveApplication(jobId);
  const [formError, setFormError] = useState<unknown>(null);
  const [moved, setMoved] = useState<Application | null>(null);
  const form = useForm<MoveValues>({ resolver: zodResolver(moveSchema), defaultValues: { status: 'screening', note: '' } });
  const application = request?.application;
  const target = form.watch('status');

  useEffect(() => {
    if (request) {
      form.reset({ status: request.status, note: '' });
      setFormError(null);
      setMoved(null);
    }
  }, [request, form]);

  const onSubmit = form.handleSubmit(async ({ status, note }) => {
    if (!application) return;
    setFormError(null);
    try {
      const done = await move.mutateAsync({ id: application.id, status, note: note || undefined });
      setMoved(done);
      onMoved(done);
    } catch (error) {
      const placement = placeServerFieldErrors(error, form.setError, (path) =>
        path === 'note' ? { field: 'note', message: 'pipeline.move.noteRejected' } : path === 'status' ? { field: 'status', message: 'pipeline.move.statusRejected' } : null,
      );
      if (placement && placement.unplaced.length === 0) return;
      setFormError(error);
    }
  });

  const name = application ? candidateName(application, t) : '';
  const illegal = formError instanceof ApiError && formError.code === 'ILLEGAL_TRANSITION';

  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={t('pipeline.move.title', { name })}
      closeButtonProps={{ 'aria-label': t('pipeline.move.close') }}
      // The button that opened the dialog left with the card: after a move the board places the focus.
      returnFocus={moved === null}
      onExitTransitionEnd={() => moved && onClosedAfterMove(moved)}
      centered
      size="lg"
    >
      {application ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={formError} messageKey={illegal ? 'pipeline.move.illegal' : undefined} />
            <Text size="sm">{t('pipeline.move.current', { stage: t(`pipeline.stages.${application.status}`) })}</Text>
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Radio.Group
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  label={t('pipeline.move.to')}
                  error={translatedFieldError(t, form.formState.errors.status)}
                >
                  <Stack gap="xs" mt="xs">
                    {application.allowedTransitions.map((status) => (
                      <Radio key={status} value={status} label={t(`pipeline.stages.${status}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
            {FINAL.includes(target) ? (
              <Text size="sm" c="dimmed">
                {t('pipeline.move.final')}
              </Text>
            ) : null}
            <Alert color="brand" variant="light" title={t('pipeline.move.visibleTitle')}>
              {t('pipeline.move.visibleBody')}
            </Alert>
            <Textarea
              {...form.register('note')}
              label={t('pipeline.move.note')}
              description={t('pipeline.move.noteHint')}
              autosize
              minRows={3}
              maxRows={8}
              maxLength={2000}
              error={translatedFieldError(t, form.formState.errors.note)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('pipeline.move.cancel')}
              </Button>
              <Button type="submit" loading={move.isPending} color={target === 'rejected' ? 'red.9' : undefined}>
                {t('pipeline.move.submit', { stage: t(`pipeline.stages.${target}`) })}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
