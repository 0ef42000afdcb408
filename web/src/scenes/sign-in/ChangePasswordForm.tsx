import { Alert, Button, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../../common/enums.ts';
import { ApiError, api } from '../../api/client.ts';

/**
 * The signed-in user sets their own password (POST /api/auth/password). The server checks
 * the current one under the sign-in limits and ends the user's other sessions.
 */
export function ChangePasswordForm({ initialCurrentPassword = '', onDone, onLater }: { initialCurrentPassword?: string; onDone: () => void; onLater?: () => void }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState(initialCurrentPassword);
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({
    mutationFn: () => api.changePassword(currentPassword, newPassword),
    onSuccess: onDone,
  });
  const tooShort = newPassword.length < PASSWORD_MIN_LENGTH;
  const differ = newPassword !== confirmation;
  const serverError = change.error instanceof ApiError ? change.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (tooShort || differ) return;
    change.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="change-password-title">
      <Stack>
        <Title order={2} size="h4" id="change-password-title">
          {t('signIn.changePasswordTitle')}
        </Title>
        {change.isError && !serverError?.fieldError('currentPassword') && !serverError?.fieldError('newPassword') && (
          <Alert color="red" title={t('signIn.changeFailed')} role="alert">
            {change.error.message}
          </Alert>
        )}
        <PasswordInput
          label={t('signIn.currentPassword')}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={serverError?.fieldError('currentPassword')}
        />
        <PasswordInput
          label={t('signIn.newPassword')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={(checked && tooShort ? t('signIn.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) : undefined) ?? serverError?.fieldError('newPassword')}
        />
        <PasswordInput
          label={t('signIn.confirmPassword')}
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(e) => setConfirmation(e.currentTarget.value)}
          error={checked && differ ? t('signIn.passwordsDiffer') : undefined}
        />
        <Group justify="flex-end">
          {onLater && (
            <Button variant="default" onClick={onLater}>
              {t('signIn.later')}
            </Button>
          )}
          <Button type="submit" loading={change.isPending}>
            {t('signIn.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
