import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './organization.module.css';

/**
 * The E-7 staff tests drawn as two bars: at least 5 Korean insured employees, and for the occupations with
 * the 20 % foreign-staff cap, the Korean insured staff one more foreign professional needs (5 per foreign
 * professional, this hire included).
 */
export function RatioGauge({ korean, foreign }: { korean: number; foreign: number }) {
  const { t } = useTranslation();
  const needed = 5 * (foreign + 1);
  const sizeMet = korean >= 5;
  const ratioMet = korean >= needed;
  return (
    <div className={classes.gauge}>
      <Text size="sm" fw={600}>
        {t('organization.gauge.heading')}
      </Text>
      <Text size="sm" mt={6}>
        {t(sizeMet ? 'organization.gauge.sizeMet' : 'organization.gauge.sizeNotMet', { korean })}
      </Text>
      <Progress
        value={Math.min(100, (korean / 5) * 100)}
        color={sizeMet ? 'teal' : 'orange'}
        mt={4}
        aria-label={t('organization.gauge.sizeBar', { korean })}
      />
      <Text size="sm" mt="sm">
        {t(ratioMet ? 'organization.gauge.ratioMet' : 'organization.gauge.ratioNotMet', { needed, korean, foreign })}
      </Text>
      <Progress
        value={Math.min(100, (korean / needed) * 100)}
        color={ratioMet ? 'teal' : 'orange'}
        mt={4}
        aria-label={t('organization.gauge.ratioBar', { needed, korean })}
      />
      <Text size="xs" c="dimmed" mt="xs">
        {t('organization.gauge.note')}
      </Text>
    </div>
  );
}
