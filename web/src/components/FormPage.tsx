// The frame of every create/edit page: a way back, a title, and a form that forgives (issue 9).
//   - A refusal names each field where it is, in plain words in the user's language
//     (ApiError.fieldError), and focus moves to the first field refused (or to the message
//     when no field is named), so it is never above the fold, out of sight.
//   - With changes not saved (FormGuard), leaving by a link or closing the tab asks first.
//   - A draft restored after an interrupted session is said, with a way to discard it.
//   - A 401 on save means the session ended: the app asks to sign in again; the draft waits.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import type { FormGuard } from '../hooks/useFormGuard.ts';
import { useLeaveGuard } from '../hooks/useLeaveGuard.ts';

export function FormPage({
  backTo,
  backLabel,
  title,
  onSubmit,
  error,
  guard,
  children,
}: {
  backTo: string;
  backLabel: string;
  title: string;
  onSubmit: () => void;
  error: Error | null;
  guard?: FormGuard;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  // After a refusal, the first field it names gets the focus (Mantine marks it aria-invalid).
  useEffect(() => {
    if (!error) return;
    if (error instanceof ApiError && error.status === 401) {
      void queryClient.invalidateQueries({ queryKey: ['session'] });
      return;
    }
    const frame = requestAnimationFrame(() => {
      const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target = field ?? alertRef.current;
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [error, queryClient]);

  // Unsaved changes: ask before the tab closes, and before a link inside the app leaves the page.
  useLeaveGuard(guard?.dirty ?? false);

  // A refused form (400) is summed up, its words by the fields; any other refusal (a conflict, a limit) says its own reason.
  const fieldErrors = error instanceof ApiError && error.status === 400 ? error.errors.length : 0;
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={backTo}>
        {backLabel}
      </Anchor>
      <Title order={2}>{title}</Title>
      {guard?.restored && (
        <Alert color="blue" role="status">
          <Text size="sm">{t('forms.draftRestored')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={guard.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert ref={alertRef} tabIndex={-1} color="red" title={t('app.error')} role="alert">
              {fieldErrors > 0 ? t('forms.invalid', { count: fieldErrors }) : error.message}
            </Alert>
          )}
          {children}
        </Stack>
      </form>
    </Stack>
  );
}
