import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../lib/format';
import { HistoryIcon } from '../match/match-icons';
import { useLocalized } from '../match/localized-text';
import type { PathwayPlan } from './api/list-plans';

/** The audit trail of the checklist, newest first: who did what to which item, with their note. */
export function PlanHistory({ plan }: { plan: PathwayPlan }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const locale = i18n.resolvedLanguage ?? 'en';
  const labels = new Map(plan.items.map((item) => [item.itemId, localized(item.label)]));
  const events = [...plan.events].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section className="hd-history" aria-labelledby="plan-history-heading">
      <h2 id="plan-history-heading" className="section-title section-title--small">
        <HistoryIcon /> {t('match.pathway.history.heading')}
      </h2>
      {events.length === 0 ? (
        <p className="hd-history__empty">{t('match.pathway.history.empty')}</p>
      ) : (
        <ol className="hd-history__list">
          {events.map((event, index) => (
            <li key={`${event.at}-${event.itemId}-${index}`} className={`hd-history__event hd-history__event--${event.action}`}>
              <time dateTime={event.at} className="hd-history__time">
                {formatMoment(event.at, locale)}
              </time>
              <p className="hd-history__text">
                {t(`match.pathway.history.action.${event.action}`, {
                  actor: t(`match.pathway.history.actor.${event.actorRole}`),
                  item: labels.get(event.itemId) ?? t('match.pathway.history.unknownItem'),
                })}
              </p>
              {event.note ? <p className="hd-history__note">{event.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
