import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Session, api, setCsrfToken } from '../../api/client.ts';
import { LanguageSelect } from '../../components/Layout.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

export function SignInScene() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // A session whose user must first read that an admin reset their password: the server
  // says so at every sign-in until the user sets their own password, which this notice offers.
  const [resetNotice, setResetNotice] = useState<Session | null>(null);
  const [passwordChanged, setPasswordChanged] = useState(false);
  useEffect(() => {
    document.title = t('signIn.title');
  }, [t]);
  const enter = (session: Session) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(['session'], session);
  };
  const signIn = useMutation({
    mutationFn: () => api.signIn(email, password),
    onSuccess: (session) => {
      if (session.passwordResetByAdminAt) {
        // The change-password form needs the session's CSRF token before the app is entered.
        setCsrfToken(session.csrfToken);
        setResetNotice(session);
      } else enter(session);
    },
  });
  if (resetNotice?.passwordResetByAdminAt) {
    const date = new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar-u-nu-latn' : i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(resetNotice.passwordResetByAdminAt),
    );
    return (
      <Center mih="100vh" p="md" component="main">
        <Paper withBorder p="xl" radius="md" w={420} maw="100%">
          <Stack>
            {passwordChanged ? (
              <>
                <Alert color="green" role="status">
                  {t('signIn.passwordChanged')}
                </Alert>
                <Button onClick={() => enter({ ...resetNotice, passwordResetByAdminAt: null })} autoFocus>
                  {t('signIn.continue')}
                </Button>
              </>
            ) : (
              <>
                <Alert color="orange" title={t('signIn.resetNoticeTitle')} role="alert">
                  {t('signIn.resetNotice', { date })} {t('signIn.resetChangeNow')}
                </Alert>
                <ChangePasswordForm initialCurrentPassword={password} onDone={() => setPasswordChanged(true)} onLater={() => enter(resetNotice)} />
              </>
            )}
          </Stack>
        </Paper>
      </Center>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" radius="md" w={420} maw="100%">
        <form onSubmit={submit}>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <LanguageSelect />
            </Group>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
            {signIn.isError && (
              <Alert color="red" title={t('signIn.failed')} role="alert">
                {signIn.error.message}
              </Alert>
            )}
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('signIn.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
