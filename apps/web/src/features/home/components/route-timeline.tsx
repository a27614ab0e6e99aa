import { useTranslation } from 'react-i18next';

type Direction = 'toKorea' | 'toJapan';

const STEPS = ['study', 'search', 'work'] as const;

/** One direction's typical route drawn as a three-step timeline (an ordered list, read in order). */
export function RouteTimeline({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  return (
    <section className={`route route--${direction}`} aria-labelledby={`route-${direction}`}>
      <h3 id={`route-${direction}`} className="route__title">
        {t(`landing.directions.${direction}.title`)}
      </h3>
      <ol className="route__steps">
        {STEPS.map((step, index) => (
          <li key={step} className="route__step">
            <span className="route__dot" aria-hidden="true">
              {index + 1}
            </span>
            <span className="route__label">{t(`landing.directions.${direction}.${step}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
