import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useDeletePlan } from '../api/delete-plan';

/** Deleting a plan (one started by mistake, or a path given up), after saying what goes with it. */
export function DeletePlanSection({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const deletion = useDeletePlan();
  const confirm = () => deletion.mutate(planId, { onSuccess: () => void navigate('/pathway', { state: { deletedPlan: title } }) });

  return (
    <section className="hd-plan-delete" aria-labelledby="plan-delete-heading">
      <Text id="plan-delete-heading" fw={600}>
        {t('pathway.plan.delete.heading')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('pathway.plan.delete.lead')}
      </Text>
      <Button variant="default" color="red.9" onClick={() => setAsking(true)}>
        {t('pathway.plan.delete.button')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('pathway.plan.delete.title')} closeButtonProps={{ 'aria-label': t('pathway.plan.delete.close') }} centered>
        <Stack gap="md">
          <Text>{t('pathway.plan.delete.body', { title })}</Text>
          {deletion.isError ? <ErrorAlert error={deletion.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('pathway.plan.delete.cancel')}
            </Button>
            <Button color="red.9" loading={deletion.isPending} onClick={confirm}>
              {t('pathway.plan.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
