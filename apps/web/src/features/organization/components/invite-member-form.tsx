import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { placeServerFieldErrors, translatedFieldError } from '../../../lib/employer-field-errors';
import { useAddMember } from '../api/add-member';
import type { Member } from '../api/get-members';
import classes from './organization.module.css';

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'organization.members.emailRequired' })
    .pipe(z.email({ error: 'organization.members.emailInvalid' })),
});

type InviteValues = z.infer<typeof inviteSchema>;

/** Owners add a colleague by the e-mail address of the colleague's employer account. */
export function InviteMemberForm({ organizationId, members }: { organizationId: string; members: readonly Member[] }) {
  const { t } = useTranslation();
  const addition = useAddMember(organizationId);
  const [formError, setFormError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<InviteValues>({ resolver: zodResolver(inviteSchema), defaultValues: { email: '' } });

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    setAdded(null);
    if (members.some((member) => member.email.toLowerCase() === email.toLowerCase())) {
      form.setError('email', { type: 'validate', message: 'organization.members.alreadyMember' }, { shouldFocus: true });
      return;
    }
    try {
      await addition.mutateAsync(email);
      setAdded(email);
      form.reset({ email: '' });
    } catch (error) {
      const placement = placeServerFieldErrors(error, form.setError, (path) =>
        path === 'email' ? { field: 'email', message: 'organization.members.noEmployerAccount' } : null,
      );
      if (placement && placement.unplaced.length === 0) return;
      setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className={classes.invite}>
      <ErrorAlert error={formError} />
      <Group align="flex-start" gap="sm" mt={formError ? 'sm' : 0}>
        <TextInput
          {...form.register('email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          label={t('organization.members.emailLabel')}
          description={t('organization.members.emailHint')}
          error={translatedFieldError(t, form.formState.errors.email)}
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" loading={addition.isPending} mt={{ base: 0, sm: 'xl' }} style={{ flex: 'none', alignSelf: 'flex-end' }}>
          {t('organization.members.add')}
        </Button>
      </Group>
      <Text role="status" size="sm" mt="xs" c="teal.9" fw={600}>
        {added ? t('organization.members.added', { email: added }) : ''}
      </Text>
    </form>
  );
}
