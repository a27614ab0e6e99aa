import { Fieldset, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import type { PostingFormProps } from './posting-form-props';
import { TEXT_LANGUAGES, type TextLanguage } from './posting-schema';
import classes from './postings.module.css';

/** The title and description in Japanese, Korean and/or English, one tab per language. */
export function TextsFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TextLanguage>(currentLocale());
  const { errors } = form.formState;
  const titles = form.watch('title');
  const groupError = translatedFieldError(t, errors.title);
  const descriptionError = translatedFieldError(t, errors.description);

  return (
    <Fieldset legend={t('postings.editor.texts.legend')} radius="md">
      <Text size="sm" c="dimmed" id="posting-texts-hint">
        {t('postings.editor.texts.hint')}
      </Text>
      <Tabs value={tab} onChange={(value) => value && setTab(value as TextLanguage)} mt="sm" keepMounted>
        <Tabs.List>
          {TEXT_LANGUAGES.map((language) => (
            <Tabs.Tab key={language} value={language} lang={language}>
              {t(`language.names.${language}`)}
              {titles[language].trim() ? (
                <span className={classes.filledDot} aria-label={t('postings.editor.texts.filled')} role="img" />
              ) : null}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TEXT_LANGUAGES.map((language) => (
          <Tabs.Panel key={language} value={language} pt="md">
            <TextInput
              {...form.register(`title.${language}`)}
              label={t('postings.editor.texts.title', { language: t(`language.names.${language}`) })}
              lang={language}
              maxLength={200}
              error={translatedFieldError(t, errors.title?.[language]) ?? (groupError ? true : undefined)}
              aria-describedby={groupError ? 'posting-texts-hint posting-title-error' : 'posting-texts-hint'}
            />
            <Textarea
              {...form.register(`description.${language}`)}
              label={t('postings.editor.texts.description', { language: t(`language.names.${language}`) })}
              description={t('postings.editor.texts.descriptionHint')}
              lang={language}
              autosize
              minRows={5}
              maxRows={16}
              mt="md"
              error={translatedFieldError(t, errors.description?.[language]) ?? descriptionError}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      {groupError ? (
        <Text id="posting-title-error" size="sm" c="red.8" mt="xs" fw={600}>
          {groupError}
        </Text>
      ) : null}
    </Fieldset>
  );
}
