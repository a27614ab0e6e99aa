import type { Schemas } from '@hashidari/contracts';
import { useTranslation } from 'react-i18next';
import { ChecklistItemMeta } from '../../../components/pathway/checklist-item-meta';
import { useLocalized } from '../../../components/match/localized-text';

type ChecklistItem = Schemas['ChecklistItemDto'];

const PROVIDERS: ChecklistItem['provider'][] = ['candidate', 'employer', 'school', 'adviser'];

/** The documents and steps of the application, grouped by who provides them. */
export function DocumentChecklist({ items }: { items: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  if (items.length === 0) return null;
  return (
    <section className="hd-docs" aria-labelledby="documents-heading">
      <h3 id="documents-heading" className="hd-result__subhead">
        {t('visa.result.documentsHeading')}
      </h3>
      <p className="hd-docs__lead">{t('visa.result.documentsLead')}</p>
      {PROVIDERS.map((provider) => {
        const group = items.filter((item) => item.provider === provider);
        if (group.length === 0) return null;
        return (
          <div key={provider} className="hd-docs__group">
            <h4 className="hd-docs__group-title">{t(`visa.result.providers.${provider}`, { count: group.length })}</h4>
            <ul className="hd-docs__list">
              {group.map((item) => (
                <li key={item.id} className="hd-docs__item">
                  <p className="hd-docs__label">{localized(item.label)}</p>
                  <ChecklistItemMeta item={item} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
