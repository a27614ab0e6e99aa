import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STEPS, type StepId } from './profile-form';

interface StepNavProps {
  active: StepId;
  /** Sections the API reports as still empty. */
  missing: readonly string[];
}

/** The wizard's steps as links (each step has its own address), the current one marked for screen readers. */
export function StepNav({ active, missing }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('profile.wizard.stepsLabel')} className="profile-steps">
      <ol className="profile-steps__list">
        {STEPS.map((step, index) => {
          const state = step === active ? 'active' : missing.includes(step) ? 'missing' : 'done';
          return (
            <li key={step}>
              <Link
                to={`?step=${step}`}
                className={`profile-steps__link profile-steps__link--${state}`}
                aria-current={step === active ? 'step' : undefined}
              >
                <span className="profile-steps__number" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                <span className="profile-steps__label">{t(`profile.steps.${step}.short`)}</span>
                {state === 'missing' ? <VisuallyHidden>{t('profile.wizard.stepMissing')}</VisuallyHidden> : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
