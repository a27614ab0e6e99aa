import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application } from '../api/list-applications';

/** The applicant's name, or what stands for it once the account is erased. */
export function candidateName(application: Application, t: TFunction): string {
  if (!application.candidate) return t('pipeline.card.erased');
  return application.candidate.displayName ?? t('pipeline.card.unnamed');
}

/** The applicant's name: a link to the profile when the candidate lets this employer see it. */
export function CandidateName({ application, id }: { application: Application; id?: string }) {
  const { t } = useTranslation();
  const name = candidateName(application, t);
  const candidate = application.candidate;
  if (candidate?.profileVisible) {
    return (
      <Anchor component={Link} to={`/candidates/${candidate.id}`} fw={700} id={id}>
        {name}
      </Anchor>
    );
  }
  return (
    <Text component="span" fw={700} fs={candidate ? undefined : 'italic'} id={id}>
      {name}
    </Text>
  );
}
