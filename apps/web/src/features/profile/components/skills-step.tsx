import { Alert, Group, Pill, Stack, Text, Title } from '@mantine/core';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import { useAllSkills } from '../api/search-skills';
import type { ProfileFormValues } from './profile-form';
import { SkillPicker } from './skill-picker';

/** Skills from the shared list (used for matching) and, apart, the ones the list does not know. */
export function SkillsStep() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { setValue } = useFormContext<ProfileFormValues>();
  const { errors } = useFormState<ProfileFormValues>({ name: ['skills', 'otherSkills'] });
  const skills = useWatch<ProfileFormValues, 'skills'>({ name: 'skills' });
  const otherSkills = useWatch<ProfileFormValues, 'otherSkills'>({ name: 'otherSkills' });
  const allSkills = useAllSkills();
  const labelOf = (id: string) => pickLocalized(allSkills.data?.find((skill) => skill.id === id)?.label, locale)?.text ?? id;

  const update = (name: 'skills' | 'otherSkills', next: string[]) => setValue(name, next, { shouldDirty: true });

  return (
    <Stack gap="lg">
      <SkillPicker
        chosen={skills}
        onPick={(id) => update('skills', skills.includes(id) ? skills : [...skills, id])}
        onFreeText={(text) => update('otherSkills', otherSkills.includes(text) ? otherSkills : [...otherSkills, text])}
      />
      {errors.skills || errors.otherSkills ? (
        <Alert color="red" variant="light" role="alert">
          {t('profile.skills.invalid')}
        </Alert>
      ) : null}
      <section aria-labelledby="profile-skills-known">
        <Title order={3} id="profile-skills-known" className="profile-subheading">
          {t('profile.skills.known', { n: skills.length })}
        </Title>
        {skills.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('profile.skills.none')}
          </Text>
        ) : (
          <Group gap="xs" mt="xs" component="ul" className="profile-pill-list">
            {skills.map((id) => (
              <li key={id}>
                <Pill
                  size="lg"
                  withRemoveButton
                  onRemove={() => update('skills', skills.filter((skill) => skill !== id))}
                  removeButtonProps={{ 'aria-label': t('profile.skills.remove', { skill: labelOf(id) }) }}
                >
                  {labelOf(id)}
                </Pill>
              </li>
            ))}
          </Group>
        )}
      </section>
      <section aria-labelledby="profile-skills-other">
        <Title order={3} id="profile-skills-other" className="profile-subheading">
          {t('profile.skills.other', { n: otherSkills.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('profile.skills.otherHint')}
        </Text>
        {otherSkills.length > 0 ? (
          <Group gap="xs" mt="xs" component="ul" className="profile-pill-list">
            {otherSkills.map((text) => (
              <li key={text}>
                <Pill
                  size="lg"
                  className="profile-pill--other"
                  withRemoveButton
                  onRemove={() => update('otherSkills', otherSkills.filter((skill) => skill !== text))}
                  removeButtonProps={{ 'aria-label': t('profile.skills.remove', { skill: text }) }}
                >
                  {text}
                </Pill>
              </li>
            ))}
          </Group>
        ) : null}
      </section>
    </Stack>
  );
}
