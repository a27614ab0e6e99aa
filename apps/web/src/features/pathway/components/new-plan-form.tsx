import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { PathwayTemplate } from '../../../components/pathway/api/get-visa-catalog';
import { useLocalized } from '../../../components/match/localized-text';
import { stagePhase } from '../../../components/pathway/timeline-geometry';
import { ApiError } from '../../../lib/api/errors';
import { isTranslationKey } from '../../../lib/i18n';
import { useCreatePlan, type CreatePlanInput } from '../api/create-plan';
import type { ProfileDates } from '../api/get-profile-dates';
import { PathwayChoice } from './pathway-choice';
import { TargetJobNote } from './target-job-note';

interface PlanFormValues {
  pathwayId: string;
  startDate: string;
  statusExpiresAt: string;
  graduationDate: string;
  jobStartDate: string;
  stageStarts: Record<string, string>;
}

const DATE_FIELDS = ['startDate', 'statusExpiresAt', 'graduationDate', 'jobStartDate'] as const;

interface NewPlanFormProps {
  pathways: readonly PathwayTemplate[];
  defaults: ProfileDates;
  initialPathwayId: string | null;
  targetJobId: string | null;
  onClearTargetJob: () => void;
}

function toBody(values: PlanFormValues, pathway: PathwayTemplate, targetJobId: string | null): CreatePlanInput {
  const body: CreatePlanInput = { pathwayId: values.pathwayId, startDate: values.startDate };
  if (values.statusExpiresAt) body.statusExpiresAt = values.statusExpiresAt;
  if (values.graduationDate && usesGraduation(pathway)) body.graduationDate = values.graduationDate;
  if (values.jobStartDate) body.jobStartDate = values.jobStartDate;
  const starts = Object.fromEntries(
    pathway.stages.filter((stage) => stage.optional && values.stageStarts[stage.id]).map((stage) => [stage.id, values.stageStarts[stage.id]]),
  );
  if (Object.keys(starts).length > 0) body.stageStarts = starts;
  if (targetJobId) body.targetJobId = targetJobId;
  return body;
}

/** Whether the route has a study or job-seeking stage, whose end the graduation date places. */
export function usesGraduation(pathway: { stages: readonly Pick<PathwayTemplate['stages'][number], 'id' | 'target'>[] }): boolean {
  return pathway.stages.some((stage) => stagePhase(stage) === 'study' || stagePhase(stage) === 'job-seeking');
}

/** Starts a plan: a template, then the dates that place its stages (prefilled from the profile). */
export function NewPlanForm({ pathways, defaults, initialPathwayId, targetJobId, onClearTargetJob }: NewPlanFormProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [formError, setFormError] = useState<unknown>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    reset,
    formState: { errors },
  } = useForm<PlanFormValues>({
    defaultValues: {
      pathwayId: initialPathwayId ?? '',
      startDate: '',
      statusExpiresAt: defaults.statusExpiresAt ?? '',
      graduationDate: defaults.graduationDate ?? '',
      jobStartDate: defaults.jobStartDate ?? '',
      stageStarts: {},
    },
  });

  useEffect(() => {
    reset((values) => ({
      ...values,
      statusExpiresAt: values.statusExpiresAt || (defaults.statusExpiresAt ?? ''),
      graduationDate: values.graduationDate || (defaults.graduationDate ?? ''),
      jobStartDate: values.jobStartDate || (defaults.jobStartDate ?? ''),
    }));
  }, [defaults, reset]);

  const pathway = pathways.find((p) => p.id === watch('pathwayId'));

  const onSubmit = handleSubmit(async (values) => {
    if (!pathway) return;
    setFormError(null);
    try {
      const plan = await create.mutateAsync(toBody(values, pathway, targetJobId));
      await navigate(`/pathway/${plan.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        let placed = false;
        for (const detail of error.details) {
          const field = [...DATE_FIELDS, 'pathwayId'].find((name) => name === detail.path);
          if (field) {
            setError(field as keyof PlanFormValues, { type: 'server', message: 'pathway.form.serverInvalid' }, { shouldFocus: !placed });
            placed = true;
          }
        }
        if (placed) return;
      }
      setFormError(error);
    }
  });

  const message = (key: Exclude<keyof PlanFormValues, 'stageStarts'>) => {
    const text = errors[key]?.message;
    if (!text) return undefined;
    return isTranslationKey(text) ? t(text) : t('validation.invalid');
  };

  return (
    <form onSubmit={onSubmit} noValidate className="hd-plan-form">
      <Stack gap="lg">
        <ErrorAlert error={formError} />
        <Controller
          control={control}
          name="pathwayId"
          rules={{ required: 'pathway.form.pathwayRequired' }}
          render={({ field }) => <PathwayChoice pathways={pathways} value={field.value} onChange={field.onChange} error={message('pathwayId')} />}
        />
        {targetJobId ? <TargetJobNote jobId={targetJobId} onClear={onClearTargetJob} /> : null}
        {pathway ? (
          <fieldset className="hd-fieldset">
            <legend className="hd-fieldset__legend">{t('pathway.form.datesLegend')}</legend>
            <Text size="sm" c="dimmed" mb="sm">
              {t('pathway.form.datesHint')}
            </Text>
            <div className="hd-plan-form__dates">
              <TextInput
                type="date"
                label={t('pathway.form.startDate', { stage: localized(pathway.stages[0]?.label) })}
                required
                {...register('startDate', { required: 'pathway.form.startDateRequired' })}
                error={message('startDate')}
              />
              <TextInput type="date" label={t('pathway.form.statusExpiresAt')} description={t('pathway.form.statusExpiresAtHint')} {...register('statusExpiresAt')} error={message('statusExpiresAt')} />
              {usesGraduation(pathway) ? (
                <TextInput type="date" label={t('pathway.form.graduationDate')} {...register('graduationDate')} error={message('graduationDate')} />
              ) : null}
              <TextInput type="date" label={t('pathway.form.jobStartDate')} {...register('jobStartDate')} error={message('jobStartDate')} />
              {pathway.stages
                .filter((stage) => stage.optional)
                .map((stage) => (
                  <TextInput
                    key={stage.id}
                    type="date"
                    label={t('pathway.form.stageStart', { stage: localized(stage.label) })}
                    description={t('pathway.form.stageStartHint')}
                    {...register(`stageStarts.${stage.id}`)}
                  />
                ))}
            </div>
          </fieldset>
        ) : null}
        <Group>
          <Button type="submit" size="md" loading={create.isPending} disabled={!pathway}>
            {t('pathway.form.submit')}
          </Button>
          {!pathway ? (
            <Text size="sm" c="dimmed">
              {t('pathway.form.chooseFirst')}
            </Text>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('pathway.form.visaCheckHint')}{' '}
          <Anchor underline="always" component={Link} to="/visa/check" size="sm">
            {t('pathway.form.visaCheckLink')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
