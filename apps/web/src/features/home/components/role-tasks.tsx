import { Anchor, Paper, SimpleGrid, ThemeIcon, Title, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  BookIcon,
  BriefcaseIcon,
  BuildingIcon,
  ChecklistIcon,
  ClockIcon,
  CompassIcon,
  ShieldIcon,
  UserIcon,
} from '../../../components/ui/icons';
import type { Role } from '../../../lib/auth/get-me';
import type { TranslationKey } from '../../../lib/i18n';
import { ApplicationStages, ReviewStates } from './stage-steps';

interface Task {
  icon: ReactNode;
  title: TranslationKey;
  body: TranslationKey;
  /** The page where the task is done (some admin tasks are described only) */
  to?: string;
}

const TASKS: Record<Role, Task[]> = {
  candidate: [
    { icon: <UserIcon />, title: 'home.tasks.candidate.profile.title', to: '/profile', body: 'home.tasks.candidate.profile.body' },
    { icon: <CompassIcon />, title: 'home.tasks.candidate.pathway.title', to: '/pathway', body: 'home.tasks.candidate.pathway.body' },
    { icon: <BriefcaseIcon />, title: 'home.tasks.candidate.applications.title', to: '/applications', body: 'home.tasks.candidate.applications.body' },
  ],
  employer: [
    { icon: <BuildingIcon />, title: 'home.tasks.employer.organisation.title', to: '/organization', body: 'home.tasks.employer.organisation.body' },
    { icon: <BookIcon />, title: 'home.tasks.employer.postings.title', to: '/postings', body: 'home.tasks.employer.postings.body' },
    { icon: <BriefcaseIcon />, title: 'home.tasks.employer.pipeline.title', to: '/postings', body: 'home.tasks.employer.pipeline.body' },
  ],
  adviser: [
    { icon: <UserIcon />, title: 'home.tasks.adviser.caseload.title', to: '/caseload', body: 'home.tasks.adviser.caseload.body' },
    { icon: <ChecklistIcon />, title: 'home.tasks.adviser.checklist.title', to: '/caseload', body: 'home.tasks.adviser.checklist.body' },
    { icon: <ClockIcon />, title: 'home.tasks.adviser.deadlines.title', to: '/caseload', body: 'home.tasks.adviser.deadlines.body' },
  ],
  admin: [
    { icon: <ShieldIcon />, title: 'home.tasks.admin.verification.title', to: '/admin/organizations', body: 'home.tasks.admin.verification.body' },
    { icon: <BookIcon />, title: 'home.tasks.admin.moderation.title', to: '/admin/postings', body: 'home.tasks.admin.moderation.body' },
    { icon: <ChecklistIcon />, title: 'home.tasks.admin.ruleSets.title', to: '/visa/rules', body: 'home.tasks.admin.ruleSets.body' },
  ],
};

/** What this role does in hashidari, as three described tasks and, where it helps, the stages involved. */
export function RoleTasks({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tasks-heading" className="role-tasks">
      <Title order={2} id="tasks-heading" className="section-title">
        {t('home.tasksHeading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mt="md">
        {TASKS[role].map((task) => (
          <Paper key={task.title} withBorder radius="lg" p="lg" className="surface task-card" component="article">
            <ThemeIcon size={44} radius="md" variant="light" color="brand" aria-hidden="true">
              {task.icon}
            </ThemeIcon>
            <Title order={3} className="task-card__title">
              {t(task.title)}
            </Title>
            <Text size="sm" className="task-card__body">
              {t(task.body)}
            </Text>
            {task.to ? (
              <Anchor component={Link} to={task.to} className="task-card__link" fw={600} size="sm">
                {t('home.openTask', { task: t(task.title) })}
              </Anchor>
            ) : null}
          </Paper>
        ))}
      </SimpleGrid>
      {role === 'candidate' || role === 'employer' ? <ApplicationStages headingKey={role} /> : null}
      {role === 'adviser' ? <ReviewStates /> : null}
    </section>
  );
}
