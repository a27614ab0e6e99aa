import { Anchor, Paper, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CandidateProfile } from '../api/get-my-profile';

/** How complete the saved profile is, with a link to each step that is still missing. */
export function CompletenessMeter({ completeness }: { completeness: CandidateProfile['completeness'] }) {
  const { t } = useTranslation();
  const { percent, missing } = completeness;
  return (
    <Paper withBorder radius="lg" p="md" className="surface profile-meter" component="section" aria-labelledby="profile-meter-heading">
      <div className="profile-meter__head">
        <Title order={2} id="profile-meter-heading" className="section-title section-title--small">
          {t('profile.completeness.heading')}
        </Title>
        <Text className="profile-meter__percent" fw={700} aria-hidden="true">
          {t('profile.completeness.percent', { percent })}
        </Text>
      </div>
      <Progress
        value={percent}
        size="lg"
        radius="xl"
        mt="xs"
        color={percent === 100 ? 'teal' : 'brand'}
        aria-label={t('profile.completeness.meterLabel', { percent })}
      />
      {missing.length === 0 ? (
        <Text size="sm" mt="sm">
          {t('profile.completeness.complete')}
        </Text>
      ) : (
        <div className="profile-meter__missing">
          <Text size="sm" component="span">
            {t('profile.completeness.missing')}
          </Text>
          <ul className="profile-meter__links">
            {missing.map((section) => (
              <li key={section}>
                <Anchor component={Link} to={`?step=${section}`} size="sm" fw={600}>
                  {t(`profile.steps.${section}.short`)}
                </Anchor>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Paper>
  );
}
