import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { applyServerFieldErrors } from '../../../lib/forms';
import { currentLocale } from '../../../lib/i18n';
import { useRegister } from '../api/register';
import { registerSchema, SELF_REGISTRABLE_ROLES, type RegisterFormValues } from './auth-schemas';
import { fieldMessage } from './field-message';

export function RegisterForm() {
  const { t } = useTranslation();
  const registration = useRegister();
  const [formError, setFormError] = useState<unknown>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegisterFormValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await registration.mutateAsync({ ...values, locale: currentLocale() });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') {
        setError('email', { type: 'server', message: 'errors.EMAIL_TAKEN' }, { shouldFocus: true });
        return;
      }
      if (applyServerFieldErrors(error, setError, ['email', 'password', 'role'])) return;
      setFormError(error);
    }
  });

  const language = t(`language.names.${currentLocale()}`);

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="register-locale-note">
      <Stack gap="lg">
        <ErrorAlert error={formError} />
        <TextInput
          {...register('email')}
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          inputMode="email"
          required
          error={fieldMessage(t, errors.email)}
        />
        <PasswordInput
          {...register('password')}
          label={t('auth.password')}
          description={t('auth.register.passwordHint')}
          autoComplete="new-password"
          required
          error={fieldMessage(t, errors.password)}
          // Mantine marks only the wrapper of a password input as invalid; the input itself must say so.
          aria-invalid={errors.password ? true : undefined}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Radio.Group
              name={field.name}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(value)}
              label={t('auth.register.roleLegend')}
              required
              error={fieldMessage(t, errors.role)}
            >
              <Stack gap="sm" mt="xs">
                {SELF_REGISTRABLE_ROLES.map((role) => (
                  <Radio
                    key={role}
                    value={role}
                    onBlur={field.onBlur}
                    label={t(`auth.register.roles.${role}.label`)}
                    description={t(`auth.register.roles.${role}.description`)}
                    classNames={{ root: 'role-option', label: 'role-option__label' }}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Text id="register-locale-note" size="sm" c="dimmed">
          {t('auth.register.localeNote', { language })}
        </Text>
        <Button type="submit" size="md" loading={registration.isPending}>
          {t('auth.register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
