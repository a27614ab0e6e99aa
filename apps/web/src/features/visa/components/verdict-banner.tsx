import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../components/match/format';
import { VERDICT_LOOK } from '../../../components/match/verdict-badge';
import type { EligibilityResult } from '../api/check-eligibility';

/** The verdict, large: colour, icon and words together, with the status checked and the date of the rules. */
export function VerdictBanner({ result, targetName }: { result: EligibilityResult; targetName: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { Icon } = VERDICT_LOOK[result.verdict];

  return (
    <div className={`hd-verdict hd-verdict--${result.verdict}`}>
      <Icon className="hd-verdict__icon" />
      <div className="hd-verdict__body">
        <p className="hd-verdict__target">{targetName}</p>
        <p className="hd-verdict__word">{t(`match.verdict.${result.verdict}`)}</p>
        <p className="hd-verdict__explain">{t(`visa.result.explain.${result.verdict}`)}</p>
        <p className="hd-verdict__meta">
          {t('visa.result.meta', { date: formatDay(result.evalDate, locale), version: result.ruleSetVersion })}{' '}
          <Anchor component={Link} to={`/visa/rules?date=${result.evalDate}`} inherit underline="always">
            {t('visa.rules.link')}
          </Anchor>
        </p>
      </div>
    </div>
  );
}
