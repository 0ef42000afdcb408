// The question asked before a change that cannot be taken back (a status moving forward, a
// delete): said in place, under the control that asked for it, as an alert dialog whose
// "yes" takes the focus, so a keyboard user answers it where they are and Escape says no.
import { Alert, Button, Group } from '@mantine/core';
import { useEffect, useRef } from 'react';

export function ConfirmAction({
  title,
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  loading = false,
  danger = false,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  loading?: boolean;
  danger?: boolean;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <Alert
      color={danger ? 'red' : 'indigo'}
      role="alertdialog"
      aria-modal={false}
      title={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {message}
      <Group mt="sm">
        <Button ref={yes} color={danger ? 'red' : undefined} onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Group>
    </Alert>
  );
}
