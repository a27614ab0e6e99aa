import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PathwayPlan } from '../../../components/pathway/api/list-plans';
import { useLocalized } from '../../../components/match/localized-text';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { applyServerFieldErrors } from '../../../lib/forms';
import { isTranslationKey } from '../../../lib/i18n';
import { type PlanDatesInput, useUpdatePlanDates } from '../api/update-plan-dates';
import { usesGraduation } from './new-plan-form';

const DATE_FIELDS = ['startDate', 'statusExpiresAt', 'graduationDate', 'jobStartDate'] as const;
type DateField = (typeof DATE_FIELDS)[number];
type DatesForm = Record<DateField, string> & { stageStarts: Record<string, string> };

/** The dates sent: those that changed and are not empty (a date is moved, not removed). */
function changedDates(values: DatesForm, plan: PathwayPlan): PlanDatesInput {
  const body: PlanDatesInput = {};
  for (const field of DATE_FIELDS) {
    if (values[field] && values[field] !== (plan.dates[field] ?? '')) body[field] = values[field];
  }
  const starts = Object.fromEntries(Object.entries(values.stageStarts).filter(([stageId, date]) => date && date !== plan.dates.stageStarts?.[stageId]));
  if (Object.keys(starts).length > 0) body.stageStarts = starts;
  return body;
}

/** "Change dates": a later graduation or a new job start moves the timeline; the checklist stays as it is. */
export function PlanDatesSection({ plan }: { plan: PathwayPlan }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="hd-plan-dates" aria-labelledby="plan-dates-heading">
      <Text id="plan-dates-heading" fw={600}>
        {t('pathway.plan.dates.heading')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('pathway.plan.dates.lead')}
      </Text>
      <Button variant="default" onClick={() => { setSaved(false); setOpen(true); }}>
        {t('pathway.plan.dates.button')}
      </Button>
      <p role="status" className="hd-plan-dates__status">
        {saved ? t('pathway.plan.dates.saved') : null}
      </p>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('pathway.plan.dates.title')} closeButtonProps={{ 'aria-label': t('pathway.plan.dates.close') }} centered>
        {open ? <PlanDatesForm plan={plan} onSaved={() => { setOpen(false); setSaved(true); }} onCancel={() => setOpen(false)} /> : null}
      </Modal>
    </section>
  );
}

function PlanDatesForm({ plan, onSaved, onCancel }: { plan: PathwayPlan; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useUpdatePlanDates(plan.id);
  const [formError, setFormError] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);
  const optionalStages = plan.stages.filter((stage) => stage.optional);
  const { register, handleSubmit, setError, formState: { errors } } = useForm<DatesForm>({
    defaultValues: {
      startDate: plan.dates.startDate,
      statusExpiresAt: plan.dates.statusExpiresAt ?? '',
      graduationDate: plan.dates.graduationDate ?? '',
      jobStartDate: plan.dates.jobStartDate ?? '',
      stageStarts: Object.fromEntries(optionalStages.map((stage) => [stage.id, plan.dates.stageStarts?.[stage.id] ?? ''])),
    },
  });
  const message = (text: string | undefined) => {
    if (!text) return undefined;
    return isTranslationKey(text) ? t(text) : t('validation.invalid');
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const body = changedDates(values, plan);
    setUnchanged(Object.keys(body).length === 0);
    if (Object.keys(body).length === 0) return;
    try {
      await update.mutateAsync(body);
      onSaved();
    } catch (error) {
      const fields = [...DATE_FIELDS, ...optionalStages.map((stage) => `stageStarts.${stage.id}` as const)];
      if (!applyServerFieldErrors(error, setError, fields)) setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('pathway.plan.dates.formLead')}</Text>
        <TextInput
          type="date"
          label={t('pathway.form.startDate', { stage: localized(plan.stages[0]?.label) })}
          required
          {...register('startDate', { required: 'pathway.form.startDateRequired' })}
          error={message(errors.startDate?.message)}
        />
        <TextInput type="date" label={t('pathway.form.statusExpiresAt')} description={t('pathway.form.statusExpiresAtHint')} {...register('statusExpiresAt')} error={message(errors.statusExpiresAt?.message)} />
        {usesGraduation(plan) ? <TextInput type="date" label={t('pathway.form.graduationDate')} {...register('graduationDate')} error={message(errors.graduationDate?.message)} /> : null}
        <TextInput type="date" label={t('pathway.form.jobStartDate')} {...register('jobStartDate')} error={message(errors.jobStartDate?.message)} />
        {optionalStages.map((stage) => (
          <TextInput
            key={stage.id}
            type="date"
            label={t('pathway.form.stageStart', { stage: localized(stage.label) })}
            {...register(`stageStarts.${stage.id}`)}
            error={message(errors.stageStarts?.[stage.id]?.message)}
          />
        ))}
        {unchanged ? (
          <Text size="sm" role="status">
            {t('pathway.plan.dates.unchanged')}
          </Text>
        ) : null}
        <ErrorAlert error={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('pathway.plan.dates.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('pathway.plan.dates.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
