import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../../components/match/localized-text';
import { useTargetJob } from '../api/get-target-job';

/** The posting the new plan will aim at, with a way to leave it out. */
export function TargetJobNote({ jobId, onClear }: { jobId: string; onClear: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const job = useTargetJob(jobId);

  return (
    <div className="hd-target-job" role="group" aria-label={t('pathway.form.targetJob')}>
      <Text size="sm" fw={700}>
        {t('pathway.form.targetJob')}
      </Text>
      <Group gap="sm" justify="space-between" wrap="wrap">
        {job.data ? (
          <Anchor underline="always" component={Link} to={`/jobs/${jobId}`}>
            {localized(job.data.title)}
            {job.data.organization ? ` · ${localized(job.data.organization.names)}` : ''}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {job.isError ? t('pathway.form.targetJobUnavailable') : t('common.loading')}
          </Text>
        )}
        <Button size="xs" variant="default" onClick={onClear}>
          {t('pathway.form.targetJobRemove')}
        </Button>
      </Group>
    </div>
  );
}
