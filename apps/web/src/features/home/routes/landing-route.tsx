import { Badge, Button, Container, Group, Paper, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ArrowIcon,
  BookIcon,
  BriefcaseIcon,
  BuildingIcon,
  ChecklistIcon,
  CompassIcon,
  UserIcon,
} from '../../../components/ui/icons';
import { PageHeading } from '../../../components/ui/page-heading';
import { useIsSignedIn } from '../../../lib/auth/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RouteTimeline } from '../components/route-timeline';

const STAGES: { key: 'study' | 'internship' | 'work'; icon: ReactNode }[] = [
  { key: 'study', icon: <BookIcon /> },
  { key: 'internship', icon: <CompassIcon /> },
  { key: 'work', icon: <BriefcaseIcon /> },
];

const AUDIENCES: { key: 'candidate' | 'employer' | 'adviser'; icon: ReactNode }[] = [
  { key: 'candidate', icon: <UserIcon /> },
  { key: 'employer', icon: <BuildingIcon /> },
  { key: 'adviser', icon: <ChecklistIcon /> },
];

function CallsToAction({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  if (signedIn) {
    return (
      <Group gap="sm" className="cta-group">
        <Button component={Link} to="/home" size="md" rightSection={<ArrowIcon />}>
          {t('landing.signedInCta')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="sm" className="cta-group">
      <Button component={Link} to="/register" size="md" rightSection={<ArrowIcon />}>
        {t('landing.ctaRegister')}
      </Button>
      <Button component={Link} to="/login" size="md" variant="default">
        {t('landing.ctaLogin')}
      </Button>
    </Group>
  );
}

export function LandingRoute() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  useDocumentTitle(t('landing.title'));

  return (
    <>
      <section className="hero" aria-labelledby="landing-heading">
        <Container size="lg" className="hero__inner">
          <div className="hero__text">
            <Badge variant="light" color="brand" size="lg" radius="sm" className="hero__eyebrow">
              {t('landing.eyebrow')}
            </Badge>
            <PageHeading id="landing-heading" className="hero__title">
              {t('landing.heading')}
            </PageHeading>
            <Text className="hero__lead">{t('landing.lead')}</Text>
            <CallsToAction signedIn={signedIn} />
          </div>
          <Paper radius="xl" p={{ base: 'md', sm: 'lg' }} className="hero__routes surface" shadow="sm">
            <RouteTimeline direction="toKorea" />
            <RouteTimeline direction="toJapan" />
          </Paper>
        </Container>
      </section>

      <section className="band" aria-labelledby="stages-heading">
        <Container size="lg">
          <Title order={2} id="stages-heading" className="section-title">
            {t('landing.stagesHeading')}
          </Title>
          <Text className="section-lead">{t('landing.stagesLead')}</Text>
          <ol className="stage-cards">
            {STAGES.map(({ key, icon }, index) => (
              <li key={key} className="stage-card surface">
                <div className="stage-card__head">
                  <ThemeIcon size={44} radius="md" variant="light" color="brand" aria-hidden="true">
                    {icon}
                  </ThemeIcon>
                  <span className="stage-card__number" aria-hidden="true">
                    {String(index + 1).padStart(2, '0')}
                  </span>
                </div>
                <Title order={3} className="stage-card__title">
                  {t(`landing.stages.${key}.title`)}
                </Title>
                <Text size="sm" className="stage-card__body">
                  {t(`landing.stages.${key}.body`)}
                </Text>
              </li>
            ))}
          </ol>
          <Text size="sm" c="dimmed" className="section-note">
            {t('landing.directionsNote')}
          </Text>
        </Container>
      </section>

      <section className="band band--tinted" aria-labelledby="audiences-heading">
        <Container size="lg">
          <Title order={2} id="audiences-heading" className="section-title">
            {t('landing.audiencesHeading')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mt="lg">
            {AUDIENCES.map(({ key, icon }) => (
              <Paper key={key} withBorder radius="lg" p="lg" className="surface audience-card" component="article">
                <ThemeIcon size={44} radius="xl" variant="filled" color="brand" aria-hidden="true">
                  {icon}
                </ThemeIcon>
                <Title order={3} className="audience-card__title">
                  {t(`landing.audiences.${key}.title`)}
                </Title>
                <Text size="sm" className="audience-card__body">
                  {t(`landing.audiences.${key}.body`)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </Container>
      </section>

      <section className="band" aria-labelledby="closing-heading">
        <Container size="md" className="closing">
          <Title order={2} id="closing-heading" className="section-title">
            {t('landing.closingHeading')}
          </Title>
          <Text className="section-lead">{t('landing.closingBody')}</Text>
          <CallsToAction signedIn={signedIn} />
        </Container>
      </section>
    </>
  );
}
