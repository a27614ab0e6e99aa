import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { CandidateProfile } from '../api/get-my-profile';
import { useSaveMyProfile } from '../api/save-my-profile';
import { AdvisersPanel } from './advisers-panel';
import { CompletenessMeter } from './completeness-meter';
import { EducationStep } from './education-step';
import { ExperienceStep } from './experience-step';
import { IdentityStep } from './identity-step';
import { LanguagesStep } from './languages-step';
import { isStepId, profileSchema, stepOfPath, STEPS, toFormValues, toProfileBody, type ProfileFormValues, type StepId } from './profile-form';
import { applyProfileServerErrors, firstErrorPath } from './server-errors';
import { SkillsStep } from './skills-step';
import { StatusStep } from './status-step';
import { StepNav } from './step-nav';
import { VisibilityStep } from './visibility-step';
import { WishesStep } from './wishes-step';
import './profile.css';

const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  identity: IdentityStep,
  status: StatusStep,
  education: EducationStep,
  languages: LanguagesStep,
  skills: SkillsStep,
  experience: ExperienceStep,
  wishes: WishesStep,
  visibility: VisibilityStep,
};

/** Focuses the step's heading when the step changes (not on the first render), or a field to fix. */
function useStepFocus(step: StepId, focusField: (path: string) => boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const pendingField = useRef<string | null>(null);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const path = pendingField.current;
    pendingField.current = null;
    if (path && focusField(path)) return;
    heading.current?.focus();
  }, [step, focusField]);
  return { heading, focusAfterStepChange: (path: string) => (pendingField.current = path) };
}

/**
 * The profile, one step at a time. Each step saves the WHOLE profile (PUT /candidates/me), so the candidate
 * can stop after any step; API field errors are shown beside their fields, in their step.
 */
export function ProfileWizard({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const step: StepId = isStepId(requested) ? requested : 'identity';
  const index = STEPS.indexOf(step);
  const save = useSaveMyProfile();
  const [formError, setFormError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const methods = useForm<ProfileFormValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: toFormValues(profile),
    // Checked when saving, then again as each field changes: no message jumps in while the user moves on.
    mode: 'onSubmit',
  });

  const { setFocus } = methods;
  const focusField = useCallback(
    (path: string) => {
      const before = document.activeElement;
      setFocus(path as Path<ProfileFormValues>);
      return document.activeElement !== before;
    },
    [setFocus],
  );
  const { heading, focusAfterStepChange } = useStepFocus(step, focusField);

  const goTo = (next: StepId, fieldToFocus?: string) => {
    if (fieldToFocus) focusAfterStepChange(fieldToFocus);
    if (next === step) {
      if (fieldToFocus) focusField(fieldToFocus);
      return;
    }
    setParams({ step: next });
  };

  const showFirstError = (path: string | undefined) => {
    if (!path) return;
    goTo(stepOfPath(path) ?? step, path);
  };

  const submit = (advance: boolean) =>
    methods.handleSubmit(
      async (values) => {
        setFormError(null);
        setStatus('');
        try {
          const saved = await save.mutateAsync(toProfileBody(profile, values));
          methods.reset(toFormValues(saved));
          setStatus(t('profile.wizard.saved', { percent: saved.completeness.percent }));
          const next = STEPS[index + 1];
          if (advance && next) goTo(next);
        } catch (error) {
          const path = applyProfileServerErrors(error, methods.setError);
          if (path) {
            setFormError(error);
            showFirstError(path);
          } else setFormError(error);
        }
      },
      (errors) => {
        setStatus('');
        showFirstError(firstErrorPath(errors));
      },
    );

  const Step = STEP_COMPONENTS[step];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  return (
    <div className="profile-layout">
      <div className="profile-layout__aside">
        <CompletenessMeter completeness={profile.completeness} />
        <StepNav active={step} missing={profile.completeness.missing} />
      </div>
      <div className="profile-layout__main">
        <FormProvider {...methods}>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface">
            <form onSubmit={(event) => void submit(true)(event)} noValidate aria-labelledby="profile-step-heading">
              <Text size="sm" c="dimmed" fw={600}>
                {t('profile.wizard.stepOf', { number: index + 1, total: STEPS.length })}
              </Text>
              <Title order={2} id="profile-step-heading" ref={heading} tabIndex={-1} className="section-title">
                {t(`profile.steps.${step}.title`)}
              </Title>
              <Text size="sm" mt="xs" mb="lg" className="section-lead">
                {t(`profile.steps.${step}.lead`)}
              </Text>
              {formError ? (
                <div className="profile-form-error">
                  <ErrorAlert error={formError} />
                </div>
              ) : null}
              <Step />
              <Group justify="space-between" mt="xl" gap="sm" className="profile-actions">
                {previous ? (
                  <Button component={Link} to={`?step=${previous}`} variant="default">
                    {t('profile.wizard.back')}
                  </Button>
                ) : (
                  <span />
                )}
                <Group gap="sm">
                  <Button variant={next ? 'default' : 'filled'} loading={save.isPending && !next} onClick={() => void submit(false)()}>
                    {t('profile.wizard.save')}
                  </Button>
                  {next ? (
                    <Button type="submit" loading={save.isPending}>
                      {t('profile.wizard.saveAndNext')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              <Text role="status" size="sm" mt="md" className="profile-status">
                {status}
              </Text>
            </form>
          </Paper>
        </FormProvider>
        {step === 'visibility' ? <AdvisersPanel /> : null}
      </div>
    </div>
  );
}

