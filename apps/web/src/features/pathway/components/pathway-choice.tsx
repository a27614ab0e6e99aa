import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PathwayTemplate } from '../../../components/pathway/api/get-visa-catalog';
import { StageDiagram } from '../../../components/pathway/stage-diagram';
import { useLocalized } from '../../../components/match/localized-text';

interface PathwayChoiceProps {
  pathways: readonly PathwayTemplate[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}

/** The plan templates, grouped by the country one works in, each drawn as its stages. */
export function PathwayChoice({ pathways, value, onChange, error }: PathwayChoiceProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const groups = (['KR', 'JP'] as const).map((country) => ({ country, items: pathways.filter((p) => p.country === country) }));

  return (
    <Radio.Group value={value} onChange={onChange} name="pathwayId" label={t('pathway.form.pathway')} description={t('pathway.form.pathwayHint')} required error={error}>
      <Stack gap="lg" mt="sm">
        {groups.map(({ country, items }) => (
          <div key={country} className="hd-pathway-group" role="group" aria-labelledby={`pathway-group-${country}`}>
            <p id={`pathway-group-${country}`} className="hd-pathway-group__title">
              {t(`pathway.form.country.${country}`)}
            </p>
            <div className="hd-pathway-group__options">
              {items.map((pathway) => (
                <div key={pathway.id} className={`hd-pathway-option${value === pathway.id ? ' hd-pathway-option--selected' : ''}`}>
                  <Radio value={pathway.id} label={localized(pathway.label)} classNames={{ label: 'hd-pathway-option__label' }} />
                  {/* The label says the same in words; the drawing is for the eye (and a larger click target). */}
                  <div className="hd-pathway-option__diagram" aria-hidden="true" onClick={() => onChange(pathway.id)}>
                    <StageDiagram stages={pathway.stages} />
                  </div>
                </div>
              ))}
            </div>
          </div>
        ))}
      </Stack>
    </Radio.Group>
  );
}
