import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { applyServerFieldErrors } from '../../../lib/forms';
import { useLogin } from '../api/login';
import { loginSchema, type LoginFormValues } from './auth-schemas';
import { fieldMessage } from './field-message';

export function LoginForm() {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const [formError, setFormError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginFormValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await loginMutation.mutateAsync(values);
    } catch (error) {
      if (applyServerFieldErrors(error, setError, ['email', 'password'])) return;
      setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={formError} />
        <TextInput
          {...register('email')}
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          inputMode="email"
          required
          error={fieldMessage(t, errors.email)}
        />
        <PasswordInput
          {...register('password')}
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={fieldMessage(t, errors.password)}
          // Mantine marks only the wrapper of a password input as invalid; the input itself must say so.
          aria-invalid={errors.password ? true : undefined}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" size="md" loading={loginMutation.isPending}>
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
