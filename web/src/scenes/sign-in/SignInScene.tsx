import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../../api/client.ts';
import { LanguageSelect } from '../../components/Layout.tsx';

export function SignInScene() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.signIn(email, password),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(['session'], session);
    },
  });
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
