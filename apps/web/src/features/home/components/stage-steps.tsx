import { useTranslation } from 'react-i18next';

const APPLICATION_STAGES = ['submitted', 'screening', 'interview', 'offer', 'hired'] as const;
const REVIEW_STATES = ['pending', 'verified', 'rejected'] as const;

/** The stages an application goes through, drawn as a row of steps. */
export function ApplicationStages({ headingKey }: { headingKey: 'candidate' | 'employer' }) {
  const { t } = useTranslation();
  return (
    <section className="stages" aria-labelledby="application-stages">
      <h3 id="application-stages" className="stages__title">
        {t(`home.stagesHeading.${headingKey}`)}
      </h3>
      <ol className="stages__list">
        {APPLICATION_STAGES.map((stage) => (
          <li key={stage} className="stages__item">
            {t(`home.applicationStages.${stage}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The states a checklist item can be in during an adviser's review. */
export function ReviewStates() {
  const { t } = useTranslation();
  return (
    <section className="stages" aria-labelledby="review-states">
      <h3 id="review-states" className="stages__title">
        {t('home.reviewStates.heading')}
      </h3>
      <ul className="stages__list stages__list--states">
        {REVIEW_STATES.map((state) => (
          <li key={state} className={`stages__item stages__item--${state}`}>
            {t(`home.reviewStates.${state}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
