// The frame of every create/edit page: a way back, a title, and a form whose failure
// shows as one alert above the fields (field errors show on the fields themselves).
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function FormPage({
  backTo,
  backLabel,
  title,
  onSubmit,
  error,
  children,
}: {
  backTo: string;
  backLabel: string;
  title: string;
  onSubmit: () => void;
  error: Error | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={backTo}>
        {backLabel}
      </Anchor>
      <Title order={2}>{title}</Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" title={t('app.error')} role="alert">
              {error.message}
            </Alert>
          )}
          {children}
        </Stack>
      </form>
    </Stack>
  );
}
