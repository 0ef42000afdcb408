// A meeting's minutes (ADR 0023): a textarea bound to the Yjs text the server keeps. Each
// local change becomes a Yjs operation (the common prefix and suffix of the old and new text
// bound it) and is sent shortly after typing stops; the others' changes are polled for and
// merged, the caret kept where it was in the text. Once the minutes are approved a change is a
// correction: it waits for its reason. The lifecycle buttons (circulate with a comment deadline,
// approve, lock) are shown when the API says the reader may, each confirmed first.
import './i18n/index.ts';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { ApiError, type Minutes, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { QueryState } from '../../components/QueryState.tsx';

const TEXT = 'markdown';
const REMOTE = 'remote';
const SEND_AFTER_MS = 800;
const POLL_MS = 2500;

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Replaces `before` by `after` in `text` with one delete and one insert: what changed between their common prefix and suffix. */
function applyDiff(text: Y.Text, before: string, after: string) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removed = before.length - start - end;
  const inserted = after.slice(start, after.length - end);
  text.doc?.transact(() => {
    if (removed) text.delete(start, removed);
    if (inserted) text.insert(start, inserted);
  });
}

/** `meetingState`: the minutes' life follows it, so they are read again when it changes on the page. */
export function MinutesPanel({ meetingId, meetingState }: { meetingId: string; meetingState?: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['minutes', meetingId], queryFn: () => api.minutes(meetingId) });
  const { refetch } = query;
  const lastState = useRef(meetingState);
  useEffect(() => {
    if (lastState.current === meetingState) return;
    lastState.current = meetingState;
    void refetch();
  }, [meetingState, refetch]);
  return (
    <section aria-labelledby="minutes-title" data-testid="minutes">
      <Title order={3} id="minutes-title">
        {t('meetings.minutesPanel.title')}
      </Title>
      <QueryState query={query}>{(m) => <MinutesEditor minutes={m} />}</QueryState>
    </section>
  );
}

function MinutesEditor({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  // The document lives as long as the panel: the server's state, then every change merged in.
  const doc = useRef<Y.Doc | null>(null);
  if (!doc.current) {
    doc.current = new Y.Doc();
    Y.applyUpdate(doc.current, fromBase64(m.update), REMOTE);
  }
  const ydoc = doc.current;
  const seen = useRef(m.seq);
  const pending = useRef<Uint8Array[]>([]);
  // What the textarea shows, always equal to the Y.Text: both change in the same task (typing,
  // or a remote update written straight into the uncontrolled textarea), so no keystroke can
  // be diffed against a text it was not typed into.
  const shown = useRef(ydoc.getText(TEXT).toString());
  const [unsent, setUnsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const correcting = m.status === 'approved';

  const send = async (withReason?: string) => {
    if (!pending.current.length) return;
    const batch = pending.current;
    pending.current = [];
    try {
      await api.writeMinutes(m.meetingId, { update: toBase64(Y.mergeUpdates(batch)), ...(withReason ? { reason: withReason } : {}) });
      setUnsent(pending.current.length > 0);
      setError(null);
    } catch (e) {
      pending.current = [...batch, ...pending.current];
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const sendLater = useRef(send);
  sendLater.current = send;

  // Local changes are collected; away from corrections they go out shortly after typing stops.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      pending.current.push(update);
      setUnsent(true);
      if (correcting) return;
      clearTimeout(timer);
      timer = setTimeout(() => void sendLater.current(), SEND_AFTER_MS);
    };
    ydoc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      ydoc.off('update', onUpdate);
    };
  }, [ydoc, correcting]);

  // The others' changes: polled, merged, the caret kept at the same place in the text.
  useEffect(() => {
    const ytext = ydoc.getText(TEXT);
    const poll = async () => {
      if (document.hidden) return;
      const news = await api.minutesUpdates(m.meetingId, seen.current).catch(() => null);
      if (!news?.update) return;
      const el = area.current;
      const caret = el ? [el.selectionStart, el.selectionEnd].map((i) => Y.createRelativePositionFromTypeIndex(ytext, i)) : null;
      Y.applyUpdate(ydoc, fromBase64(news.update), REMOTE);
      seen.current = news.seq;
      const now = ytext.toString();
      shown.current = now;
      if (!el) return;
      const focused = document.activeElement === el;
      el.value = now;
      if (caret && focused) {
        const [start, end] = caret.map((c) => Y.createAbsolutePositionFromRelativePosition(c, ydoc)?.index ?? now.length);
        el.setSelectionRange(start!, end!);
      }
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => clearInterval(timer);
  }, [ydoc, m.meetingId]);

  const onChange = (value: string) => {
    applyDiff(ydoc.getText(TEXT), shown.current, value);
    shown.current = value;
  };

  return (
    <Stack gap="sm">
      <MinutesStatusLine minutes={m} />
      <Textarea
        ref={area}
        label={t('meetings.minutesPanel.text')}
        description={t('meetings.minutesPanel.markdown')}
        defaultValue={shown.current}
        onChange={(e) => onChange(e.currentTarget.value)}
        readOnly={!m.abilities.edit}
        rows={16}
        data-testid="minutes-text"
      />
      {m.abilities.edit && !correcting && (
        <Text size="sm" c="dimmed" role="status">
          {unsent ? t('meetings.minutesPanel.saving') : t('meetings.minutesPanel.saved')}
        </Text>
      )}
      {m.abilities.edit && correcting && (
        <Group align="flex-end">
          <TextInput label={t('meetings.minutesPanel.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button disabled={!unsent || !reason.trim()} onClick={() => void send(reason.trim()).then(() => setReason(''))}>
            {t('meetings.minutesPanel.saveCorrection')}
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" title={t('meetings.minutesPanel.notSaved')} role="alert">
          {error}
        </Alert>
      )}
      <Lifecycle minutes={m} />
      <Corrections minutes={m} />
    </Stack>
  );
}

function MinutesStatusLine({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <Text data-testid="minutes-status">
      {m.status ? t(`meetings.minutesPanel.statuses.${m.status}`) : t('meetings.minutesPanel.none')}
      {m.commentDeadline && ` · ${t(m.pastDeadline ? 'meetings.minutesPanel.deadlinePassed' : 'meetings.minutesPanel.deadline', { date: m.commentDeadline })}`}
    </Text>
  );
}

type Step = 'circulate' | 'approve' | 'lock';

function Lifecycle({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Step | null>(null);
  const [deadline, setDeadline] = useState('');
  const step = useMutation({
    mutationFn: (s: Step) => (s === 'circulate' ? api.circulateMinutes(m.meetingId, deadline) : s === 'approve' ? api.approveMinutes(m.meetingId) : api.lockMinutes(m.meetingId)),
    onSuccess: async (updated) => {
      setAsking(null);
      // The meeting's state follows the minutes' (approved minutes close it): fetch it first, so
      // the header and the panel change together instead of contradicting each other a moment.
      // A failed refetch does not throw here; the answer is shown all the same.
      await queryClient.invalidateQueries({ queryKey: ['meeting', m.meetingId] });
      queryClient.setQueryData(['minutes', m.meetingId], updated);
    },
  });
  const error = step.error instanceof ApiError ? step.error : null;
  const steps = (['circulate', 'approve', 'lock'] as const).filter((s) => m.abilities[s]);
  if (!steps.length) return null;
  return (
    <Stack gap="xs" data-testid="minutes-lifecycle">
      <Group align="flex-end">
        {m.abilities.circulate && (
          <TextInput
            type="date"
            label={t('meetings.minutesPanel.commentDeadline')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={error?.fieldError('commentDeadline')}
          />
        )}
        {steps.map((s) => (
          <Button key={s} variant="light" disabled={s === 'circulate' && !deadline} onClick={() => setAsking(s)}>
            {t(`meetings.minutesPanel.${s}`)}
          </Button>
        ))}
      </Group>
      {asking && (
        <ConfirmAction
          title={t(`meetings.minutesPanel.${asking}`)}
          message={t(`meetings.minutesPanel.confirm.${asking}`, { date: deadline })}
          confirmLabel={t('meetings.minutesPanel.yes')}
          cancelLabel={t('meetings.minutesPanel.no')}
          onConfirm={() => step.mutate(asking)}
          onCancel={() => setAsking(null)}
          loading={step.isPending}
        />
      )}
      {step.error && !error?.fieldError('commentDeadline') && (
        <Alert color="red" title={t('meetings.refused')} role="alert">
          {step.error.message}
        </Alert>
      )}
    </Stack>
  );
}

function Corrections({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  if (!m.corrections.length) return null;
  return (
    <>
      <Title order={4}>{t('meetings.minutesPanel.corrections')}</Title>
      <Table.ScrollContainer minWidth={600}>
        <Table data-testid="minutes-corrections">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetings.minutesPanel.when')}</Table.Th>
              <Table.Th scope="col">{t('meetings.minutesPanel.who')}</Table.Th>
              <Table.Th scope="col">{t('meetings.minutesPanel.why')}</Table.Th>
              <Table.Th scope="col">{t('meetings.minutesPanel.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.corrections.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{new Date(c.at).toLocaleString()}</Table.Td>
                <Table.Td>{c.author.name}</Table.Td>
                <Table.Td>{c.reason}</Table.Td>
                <Table.Td>
                  <details>
                    <summary>{t('meetings.minutesPanel.beforeAfter')}</summary>
                    <Text size="sm" fw={600}>
                      {t('meetings.minutesPanel.before')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {c.before}
                    </Text>
                    <Text size="sm" fw={600}>
                      {t('meetings.minutesPanel.after')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {c.after}
                    </Text>
                  </details>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
